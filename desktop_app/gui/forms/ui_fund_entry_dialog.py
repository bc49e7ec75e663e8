# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_entry_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FundEntryDialog(object):
    def setupUi(self, FundEntryDialog):
        if not FundEntryDialog.objectName():
            FundEntryDialog.setObjectName(u"FundEntryDialog")
        FundEntryDialog.resize(460, 240)
        self.dialog_layout = QVBoxLayout(FundEntryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FundEntryDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_label = QLabel(FundEntryDialog)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setText(u"")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(FundEntryDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.date_error = QLabel(FundEntryDialog)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setText(u"")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet(u"color: #b00020;")
        self.date_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entry_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.date_error)

        self.amount_label = QLabel(FundEntryDialog)
        self.amount_label.setObjectName(u"amount_label")
        self.amount_label.setText(u"")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(FundEntryDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.amount_error = QLabel(FundEntryDialog)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setText(u"")
        self.amount_error.setWordWrap(True)
        self.amount_error.setStyleSheet(u"color: #b00020;")
        self.amount_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entry_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.amount_error)

        self.text_label = QLabel(FundEntryDialog)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setText(u"")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QLineEdit(FundEntryDialog)
        self.text_edit.setObjectName(u"text_edit")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.text_error = QLabel(FundEntryDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setText(u"")
        self.text_error.setWordWrap(True)
        self.text_error.setStyleSheet(u"color: #b00020;")
        self.text_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entry_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.text_error)


        self.dialog_layout.addLayout(self.entry_form)

        self.error_label = QLabel(FundEntryDialog)
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

        self.ok_button = QPushButton(FundEntryDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setText(u"")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(FundEntryDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(FundEntryDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(FundEntryDialog)
    # setupUi

    def retranslateUi(self, FundEntryDialog):
        self.cancel_button.setText(QCoreApplication.translate("FundEntryDialog", u"Cancel", None))
        pass
    # retranslateUi

