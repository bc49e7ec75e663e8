# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_complaints_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ComplaintsDialog(object):
    def setupUi(self, ComplaintsDialog):
        if not ComplaintsDialog.objectName():
            ComplaintsDialog.setObjectName(u"ComplaintsDialog")
        ComplaintsDialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(ComplaintsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.intro_label = QLabel(ComplaintsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.top_row.addWidget(self.intro_label)

        self.top_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.register_button = QPushButton(ComplaintsDialog)
        self.register_button.setObjectName(u"register_button")
        self.register_button.setAutoDefault(False)

        self.top_row.addWidget(self.register_button)


        self.dialog_layout.addLayout(self.top_row)

        self.complaints_table = QTableWidget(ComplaintsDialog)
        self.complaints_table.setObjectName(u"complaints_table")
        self.complaints_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaints_table.setAlternatingRowColors(True)
        self.complaints_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaints_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaints_table.setWordWrap(False)
        self.complaints_table.horizontalHeader().setStretchLastSection(True)
        self.complaints_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.complaints_table)

        self.verify_group = QGroupBox(ComplaintsDialog)
        self.verify_group.setObjectName(u"verify_group")
        self.verify_layout = QVBoxLayout(self.verify_group)
        self.verify_layout.setObjectName(u"verify_layout")
        self.selected_label = QLabel(self.verify_group)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_label.setText(u"")
        self.selected_label.setWordWrap(True)

        self.verify_layout.addWidget(self.selected_label)

        self.verify_form = QFormLayout()
        self.verify_form.setObjectName(u"verify_form")
        self.verify_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.findings_label = QLabel(self.verify_group)
        self.findings_label.setObjectName(u"findings_label")

        self.verify_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings_edit = QPlainTextEdit(self.verify_group)
        self.findings_edit.setObjectName(u"findings_edit")
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setMaximumSize(QSize(16777215, 70))

        self.verify_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findings_edit)

        self.findings_error = QLabel(self.verify_group)
        self.findings_error.setObjectName(u"findings_error")
        self.findings_error.setText(u"")
        self.findings_error.setWordWrap(True)
        self.findings_error.setStyleSheet(u"color: #b00020;")
        self.findings_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verify_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.findings_error)


        self.verify_layout.addLayout(self.verify_form)

        self.verify_buttons = QHBoxLayout()
        self.verify_buttons.setObjectName(u"verify_buttons")
        self.outcome_label = QLabel(self.verify_group)
        self.outcome_label.setObjectName(u"outcome_label")
        self.outcome_label.setText(u"")
        self.outcome_label.setWordWrap(True)

        self.verify_buttons.addWidget(self.outcome_label)

        self.verify_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verify_buttons.addItem(self.verify_spacer)

        self.uphold_button = QPushButton(self.verify_group)
        self.uphold_button.setObjectName(u"uphold_button")
        self.uphold_button.setAutoDefault(False)

        self.verify_buttons.addWidget(self.uphold_button)

        self.dismiss_button = QPushButton(self.verify_group)
        self.dismiss_button.setObjectName(u"dismiss_button")
        self.dismiss_button.setAutoDefault(False)

        self.verify_buttons.addWidget(self.dismiss_button)

        self.verify_buttons.setStretch(0, 1)

        self.verify_layout.addLayout(self.verify_buttons)


        self.dialog_layout.addWidget(self.verify_group)

        self.error_label = QLabel(ComplaintsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.message_label = QLabel(ComplaintsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_row.addWidget(self.message_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(ComplaintsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)

        self.button_row.setStretch(0, 1)

        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.findings_label.setBuddy(self.findings_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.register_button, self.complaints_table)
        QWidget.setTabOrder(self.complaints_table, self.findings_edit)
        QWidget.setTabOrder(self.findings_edit, self.uphold_button)
        QWidget.setTabOrder(self.uphold_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.close_button)

        self.retranslateUi(ComplaintsDialog)

        QMetaObject.connectSlotsByName(ComplaintsDialog)
    # setupUi

    def retranslateUi(self, ComplaintsDialog):
        ComplaintsDialog.setWindowTitle(QCoreApplication.translate("ComplaintsDialog", u"Complaints", None))
        self.register_button.setText(QCoreApplication.translate("ComplaintsDialog", u"&Register complaint\u2026", None))
        self.verify_group.setTitle(QCoreApplication.translate("ComplaintsDialog", u"Verification by the supervisor", None))
        self.findings_label.setText(QCoreApplication.translate("ComplaintsDialog", u"&Findings:", None))
        self.findings_edit.setPlaceholderText(QCoreApplication.translate("ComplaintsDialog", u"What the verification found: who was heard, what was checked", None))
        self.uphold_button.setText(QCoreApplication.translate("ComplaintsDialog", u"&Upheld", None))
#if QT_CONFIG(tooltip)
        self.uphold_button.setToolTip(QCoreApplication.translate("ComplaintsDialog", u"The complaint is true; E21 kinds become a major demerit, attitude criticism (E3)", None))
#endif // QT_CONFIG(tooltip)
        self.dismiss_button.setText(QCoreApplication.translate("ComplaintsDialog", u"&Dismissed", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("ComplaintsDialog", u"The complaint is not borne out; nothing is held against anyone", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ComplaintsDialog", u"Close", None))
    # retranslateUi

