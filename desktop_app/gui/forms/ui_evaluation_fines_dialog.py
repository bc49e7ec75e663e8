# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_fines_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FinesDialog(object):
    def setupUi(self, FinesDialog):
        if not FinesDialog.objectName():
            FinesDialog.setObjectName(u"FinesDialog")
        FinesDialog.resize(1040, 680)
        self.dialog_layout = QVBoxLayout(FinesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.intro_label = QLabel(FinesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.top_row.addWidget(self.intro_label)

        self.top_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.suggest_button = QPushButton(FinesDialog)
        self.suggest_button.setObjectName(u"suggest_button")
        self.suggest_button.setAutoDefault(False)

        self.top_row.addWidget(self.suggest_button)


        self.dialog_layout.addLayout(self.top_row)

        self.fines_table = QTableWidget(FinesDialog)
        self.fines_table.setObjectName(u"fines_table")
        self.fines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fines_table.setAlternatingRowColors(True)
        self.fines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fines_table.setWordWrap(False)
        self.fines_table.horizontalHeader().setStretchLastSection(True)
        self.fines_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.fines_table)

        self.decide_group = QGroupBox(FinesDialog)
        self.decide_group.setObjectName(u"decide_group")
        self.decide_layout = QVBoxLayout(self.decide_group)
        self.decide_layout.setObjectName(u"decide_layout")
        self.selected_label = QLabel(self.decide_group)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_label.setText(u"")
        self.selected_label.setWordWrap(True)

        self.decide_layout.addWidget(self.selected_label)

        self.decide_form = QFormLayout()
        self.decide_form.setObjectName(u"decide_form")
        self.decide_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reason_label = QLabel(self.decide_group)
        self.reason_label.setObjectName(u"reason_label")

        self.decide_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(self.decide_group)
        self.reason_edit.setObjectName(u"reason_edit")

        self.decide_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(self.decide_group)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decide_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.decide_layout.addLayout(self.decide_form)

        self.decide_buttons = QHBoxLayout()
        self.decide_buttons.setObjectName(u"decide_buttons")
        self.decide_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decide_buttons.addItem(self.decide_spacer)

        self.confirm_button = QPushButton(self.decide_group)
        self.confirm_button.setObjectName(u"confirm_button")
        self.confirm_button.setAutoDefault(False)

        self.decide_buttons.addWidget(self.confirm_button)

        self.dismiss_button = QPushButton(self.decide_group)
        self.dismiss_button.setObjectName(u"dismiss_button")
        self.dismiss_button.setAutoDefault(False)

        self.decide_buttons.addWidget(self.dismiss_button)


        self.decide_layout.addLayout(self.decide_buttons)


        self.dialog_layout.addWidget(self.decide_group)

        self.manual_group = QGroupBox(FinesDialog)
        self.manual_group.setObjectName(u"manual_group")
        self.manual_layout = QVBoxLayout(self.manual_group)
        self.manual_layout.setObjectName(u"manual_layout")
        self.manual_row = QHBoxLayout()
        self.manual_row.setObjectName(u"manual_row")
        self.staff_label = QLabel(self.manual_group)
        self.staff_label.setObjectName(u"staff_label")

        self.manual_row.addWidget(self.staff_label)

        self.staff_combo = QComboBox(self.manual_group)
        self.staff_combo.setObjectName(u"staff_combo")

        self.manual_row.addWidget(self.staff_combo)

        self.fine_reason_label = QLabel(self.manual_group)
        self.fine_reason_label.setObjectName(u"fine_reason_label")

        self.manual_row.addWidget(self.fine_reason_label)

        self.fine_reason_combo = QComboBox(self.manual_group)
        self.fine_reason_combo.setObjectName(u"fine_reason_combo")

        self.manual_row.addWidget(self.fine_reason_combo)

        self.facts_on_label = QLabel(self.manual_group)
        self.facts_on_label.setObjectName(u"facts_on_label")

        self.manual_row.addWidget(self.facts_on_label)

        self.facts_on_edit = QDateEdit(self.manual_group)
        self.facts_on_edit.setObjectName(u"facts_on_edit")
        self.facts_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.facts_on_edit.setCalendarPopup(True)

        self.manual_row.addWidget(self.facts_on_edit)

        self.order_label = QLabel(self.manual_group)
        self.order_label.setObjectName(u"order_label")

        self.manual_row.addWidget(self.order_label)

        self.order_edit = QLineEdit(self.manual_group)
        self.order_edit.setObjectName(u"order_edit")

        self.manual_row.addWidget(self.order_edit)

        self.add_button = QPushButton(self.manual_group)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.manual_row.addWidget(self.add_button)


        self.manual_layout.addLayout(self.manual_row)

        self.manual_error = QLabel(self.manual_group)
        self.manual_error.setObjectName(u"manual_error")
        self.manual_error.setText(u"")
        self.manual_error.setWordWrap(True)
        self.manual_error.setStyleSheet(u"color: #b00020;")
        self.manual_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.manual_layout.addWidget(self.manual_error)


        self.dialog_layout.addWidget(self.manual_group)

        self.error_label = QLabel(FinesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.message_label = QLabel(FinesDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_row.addWidget(self.message_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(FinesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
        self.staff_label.setBuddy(self.staff_combo)
        self.fine_reason_label.setBuddy(self.fine_reason_combo)
        self.facts_on_label.setBuddy(self.facts_on_edit)
        self.order_label.setBuddy(self.order_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.suggest_button, self.fines_table)
        QWidget.setTabOrder(self.fines_table, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.staff_combo)
        QWidget.setTabOrder(self.staff_combo, self.fine_reason_combo)
        QWidget.setTabOrder(self.fine_reason_combo, self.facts_on_edit)
        QWidget.setTabOrder(self.facts_on_edit, self.order_edit)
        QWidget.setTabOrder(self.order_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.close_button)

        self.retranslateUi(FinesDialog)

        QMetaObject.connectSlotsByName(FinesDialog)
    # setupUi

    def retranslateUi(self, FinesDialog):
        FinesDialog.setWindowTitle(QCoreApplication.translate("FinesDialog", u"Fines", None))
        self.suggest_button.setText(QCoreApplication.translate("FinesDialog", u"&Suggest from the month's facts", None))
#if QT_CONFIG(tooltip)
        self.suggest_button.setToolTip(QCoreApplication.translate("FinesDialog", u"Late arrivals, leaving without calling headquarters and incomplete reports on the month's orders (E23)", None))
#endif // QT_CONFIG(tooltip)
        self.decide_group.setTitle(QCoreApplication.translate("FinesDialog", u"Decision", None))
        self.reason_label.setText(QCoreApplication.translate("FinesDialog", u"&Reason for the decision:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("FinesDialog", u"Why the fine is confirmed or dismissed (kept with it)", None))
        self.confirm_button.setText(QCoreApplication.translate("FinesDialog", u"C&onfirm fine", None))
        self.dismiss_button.setText(QCoreApplication.translate("FinesDialog", u"&Dismiss", None))
        self.manual_group.setTitle(QCoreApplication.translate("FinesDialog", u"Enter a fine by hand (e.g. disobeyed dispatch)", None))
        self.staff_label.setText(QCoreApplication.translate("FinesDialog", u"S&taff:", None))
        self.fine_reason_label.setText(QCoreApplication.translate("FinesDialog", u"R&eason:", None))
        self.facts_on_label.setText(QCoreApplication.translate("FinesDialog", u"Da&y:", None))
        self.order_label.setText(QCoreApplication.translate("FinesDialog", u"&Work order no.:", None))
        self.order_edit.setPlaceholderText(QCoreApplication.translate("FinesDialog", u"Optional", None))
        self.add_button.setText(QCoreApplication.translate("FinesDialog", u"&Add fine", None))
        self.close_button.setText(QCoreApplication.translate("FinesDialog", u"Close", None))
    # retranslateUi

