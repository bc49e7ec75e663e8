# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_fee_schedule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FeeScheduleDialog(object):
    def setupUi(self, FeeScheduleDialog):
        if not FeeScheduleDialog.objectName():
            FeeScheduleDialog.setObjectName(u"FeeScheduleDialog")
        FeeScheduleDialog.resize(760, 520)
        self.dialog_layout = QVBoxLayout(FeeScheduleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.versions_label = QLabel(FeeScheduleDialog)
        self.versions_label.setObjectName(u"versions_label")
        self.versions_label.setText(u"")
        self.versions_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.versions_label)

        self.schedule_form = QFormLayout()
        self.schedule_form.setObjectName(u"schedule_form")
        self.schedule_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.effective_label = QLabel(FeeScheduleDialog)
        self.effective_label.setObjectName(u"effective_label")

        self.schedule_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_edit = QDateEdit(FeeScheduleDialog)
        self.effective_edit.setObjectName(u"effective_edit")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.schedule_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.effective_edit)

        self.effective_error = QLabel(FeeScheduleDialog)
        self.effective_error.setObjectName(u"effective_error")
        self.effective_error.setText(u"")
        self.effective_error.setWordWrap(True)
        self.effective_error.setStyleSheet(u"color: #b00020;")
        self.effective_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.schedule_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.effective_error)

        self.note_label = QLabel(FeeScheduleDialog)
        self.note_label.setObjectName(u"note_label")

        self.schedule_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(FeeScheduleDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.schedule_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.schedule_form)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.add_label = QLabel(FeeScheduleDialog)
        self.add_label.setObjectName(u"add_label")

        self.add_row.addWidget(self.add_label)

        self.add_edit = QLineEdit(FeeScheduleDialog)
        self.add_edit.setObjectName(u"add_edit")

        self.add_row.addWidget(self.add_edit)

        self.add_button = QPushButton(FeeScheduleDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.add_row.addWidget(self.add_button)

        self.remove_button = QPushButton(FeeScheduleDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.add_row.addWidget(self.remove_button)

        self.add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_row.addItem(self.add_spacer)


        self.dialog_layout.addLayout(self.add_row)

        self.lines_table = QTableWidget(FeeScheduleDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setWordWrap(False)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.lines_table)

        self.error_label = QLabel(FeeScheduleDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.ok_button = QPushButton(FeeScheduleDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(FeeScheduleDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.effective_label.setBuddy(self.effective_edit)
        self.note_label.setBuddy(self.note_edit)
        self.add_label.setBuddy(self.add_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.effective_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.add_edit)
        QWidget.setTabOrder(self.add_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.lines_table)
        QWidget.setTabOrder(self.lines_table, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(FeeScheduleDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(FeeScheduleDialog)
    # setupUi

    def retranslateUi(self, FeeScheduleDialog):
        self.effective_label.setText(QCoreApplication.translate("FeeScheduleDialog", u"&Effective from:", None))
        self.note_label.setText(QCoreApplication.translate("FeeScheduleDialog", u"N&ote:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("FeeScheduleDialog", u"e.g. the manufacturer's letter no.", None))
        self.add_label.setText(QCoreApplication.translate("FeeScheduleDialog", u"&Add part no.:", None))
        self.add_button.setText(QCoreApplication.translate("FeeScheduleDialog", u"A&dd", None))
        self.remove_button.setText(QCoreApplication.translate("FeeScheduleDialog", u"&Remove line", None))
        self.ok_button.setText(QCoreApplication.translate("FeeScheduleDialog", u"&Publish", None))
        self.cancel_button.setText(QCoreApplication.translate("FeeScheduleDialog", u"Cancel", None))
        pass
    # retranslateUi

