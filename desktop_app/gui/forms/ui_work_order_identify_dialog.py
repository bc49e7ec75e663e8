# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_identify_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop_app.gui.intake.decision_panel import DecisionPanel

class Ui_IdentifyProductDialog(object):
    def setupUi(self, IdentifyProductDialog):
        if not IdentifyProductDialog.objectName():
            IdentifyProductDialog.setObjectName(u"IdentifyProductDialog")
        IdentifyProductDialog.resize(940, 430)
        self.dialog_layout = QVBoxLayout(IdentifyProductDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(IdentifyProductDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.hint_label = QLabel(IdentifyProductDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.left_column.addWidget(self.hint_label)

        self.product_group = QGroupBox(IdentifyProductDialog)
        self.product_group.setObjectName(u"product_group")
        self.product_form = QFormLayout(self.product_group)
        self.product_form.setObjectName(u"product_form")
        self.product_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.serial_label = QLabel(self.product_group)
        self.serial_label.setObjectName(u"serial_label")

        self.product_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_row = QHBoxLayout()
        self.serial_row.setObjectName(u"serial_row")
        self.serial_edit = QLineEdit(self.product_group)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(100)

        self.serial_row.addWidget(self.serial_edit)

        self.serial_unknown_check = QCheckBox(self.product_group)
        self.serial_unknown_check.setObjectName(u"serial_unknown_check")

        self.serial_row.addWidget(self.serial_unknown_check)


        self.product_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.serial_row)

        self.serial_error = QLabel(self.product_group)
        self.serial_error.setObjectName(u"serial_error")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.serial_error.sizePolicy().hasHeightForWidth())
        self.serial_error.setSizePolicy(sizePolicy)
        self.serial_error.setText(u"")
        self.serial_error.setWordWrap(True)
        self.serial_error.setStyleSheet(u"color: #b00020;")

        self.product_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serial_error)

        self.model_label = QLabel(self.product_group)
        self.model_label.setObjectName(u"model_label")

        self.product_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_row = QHBoxLayout()
        self.model_row.setObjectName(u"model_row")
        self.model_combo = QComboBox(self.product_group)
        self.model_combo.setObjectName(u"model_combo")
        self.model_combo.setEditable(True)
        self.model_combo.setMinimumSize(QSize(150, 0))
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.model_row.addWidget(self.model_combo)

        self.product_name_label = QLabel(self.product_group)
        self.product_name_label.setObjectName(u"product_name_label")
        self.product_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.product_name_label.setText(u"")
        self.product_name_label.setWordWrap(True)
        self.product_name_label.setStyleSheet(u"color: #555555;")

        self.model_row.addWidget(self.product_name_label)


        self.product_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.model_row)

        self.model_messages = QVBoxLayout()
        self.model_messages.setObjectName(u"model_messages")
        self.model_notice_label = QLabel(self.product_group)
        self.model_notice_label.setObjectName(u"model_notice_label")
        self.model_notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model_notice_label.setStyleSheet(u"color: #8a5a00;")

        self.model_messages.addWidget(self.model_notice_label)

        self.product_model_error = QLabel(self.product_group)
        self.product_model_error.setObjectName(u"product_model_error")
        sizePolicy.setHeightForWidth(self.product_model_error.sizePolicy().hasHeightForWidth())
        self.product_model_error.setSizePolicy(sizePolicy)
        self.product_model_error.setText(u"")
        self.product_model_error.setWordWrap(True)
        self.product_model_error.setStyleSheet(u"color: #b00020;")

        self.model_messages.addWidget(self.product_model_error)


        self.product_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.model_messages)

        self.invoice_label = QLabel(self.product_group)
        self.invoice_label.setObjectName(u"invoice_label")

        self.product_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoice_label)

        self.invoice_row = QHBoxLayout()
        self.invoice_row.setObjectName(u"invoice_row")
        self.invoice_check = QCheckBox(self.product_group)
        self.invoice_check.setObjectName(u"invoice_check")
        self.invoice_check.setChecked(True)

        self.invoice_row.addWidget(self.invoice_check)

        self.invoice_no_edit = QLineEdit(self.product_group)
        self.invoice_no_edit.setObjectName(u"invoice_no_edit")
        self.invoice_no_edit.setMaxLength(100)

        self.invoice_row.addWidget(self.invoice_no_edit)


        self.product_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.invoice_row)

        self.sale_date_label = QLabel(self.product_group)
        self.sale_date_label.setObjectName(u"sale_date_label")

        self.product_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sale_date_label)

        self.sale_date_edit = QLineEdit(self.product_group)
        self.sale_date_edit.setObjectName(u"sale_date_edit")

        self.product_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sale_date_edit)

        self.sale_date_error = QLabel(self.product_group)
        self.sale_date_error.setObjectName(u"sale_date_error")
        sizePolicy.setHeightForWidth(self.sale_date_error.sizePolicy().hasHeightForWidth())
        self.sale_date_error.setSizePolicy(sizePolicy)
        self.sale_date_error.setText(u"")
        self.sale_date_error.setWordWrap(True)
        self.sale_date_error.setStyleSheet(u"color: #b00020;")

        self.product_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sale_date_error)

        self.fault_label = QLabel(self.product_group)
        self.fault_label.setObjectName(u"fault_label")

        self.product_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fault_label)

        self.fault_edit = QPlainTextEdit(self.product_group)
        self.fault_edit.setObjectName(u"fault_edit")
        self.fault_edit.setTabChangesFocus(True)
        self.fault_edit.setMaximumSize(QSize(16777215, 90))

        self.product_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fault_edit)

        self.fault_description_error = QLabel(self.product_group)
        self.fault_description_error.setObjectName(u"fault_description_error")
        sizePolicy.setHeightForWidth(self.fault_description_error.sizePolicy().hasHeightForWidth())
        self.fault_description_error.setSizePolicy(sizePolicy)
        self.fault_description_error.setText(u"")
        self.fault_description_error.setWordWrap(True)
        self.fault_description_error.setStyleSheet(u"color: #b00020;")

        self.product_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.fault_description_error)


        self.left_column.addWidget(self.product_group)

        self.consent_label = QLabel(IdentifyProductDialog)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setText(u"")
        self.consent_label.setWordWrap(True)
        self.consent_label.setStyleSheet(u"color: #8a4b00; font-weight: bold;")
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_column.addWidget(self.consent_label)

        self.consent_check = QCheckBox(IdentifyProductDialog)
        self.consent_check.setObjectName(u"consent_check")

        self.left_column.addWidget(self.consent_check)

        self.consent_error = QLabel(IdentifyProductDialog)
        self.consent_error.setObjectName(u"consent_error")
        self.consent_error.setText(u"")
        self.consent_error.setWordWrap(True)
        self.consent_error.setStyleSheet(u"color: #b00020;")
        self.consent_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_column.addWidget(self.consent_error)

        self.left_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.decision_panel = DecisionPanel(IdentifyProductDialog)
        self.decision_panel.setObjectName(u"decision_panel")

        self.columns.addWidget(self.decision_panel)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.dialog_layout.addLayout(self.columns)

        self.error_label = QLabel(IdentifyProductDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(IdentifyProductDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(IdentifyProductDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.serial_label.setBuddy(self.serial_edit)
        self.model_label.setBuddy(self.model_combo)
        self.sale_date_label.setBuddy(self.sale_date_edit)
        self.fault_label.setBuddy(self.fault_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serial_edit, self.serial_unknown_check)
        QWidget.setTabOrder(self.serial_unknown_check, self.model_combo)
        QWidget.setTabOrder(self.model_combo, self.invoice_check)
        QWidget.setTabOrder(self.invoice_check, self.invoice_no_edit)
        QWidget.setTabOrder(self.invoice_no_edit, self.sale_date_edit)
        QWidget.setTabOrder(self.sale_date_edit, self.fault_edit)
        QWidget.setTabOrder(self.fault_edit, self.consent_check)
        QWidget.setTabOrder(self.consent_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(IdentifyProductDialog)

        QMetaObject.connectSlotsByName(IdentifyProductDialog)
    # setupUi

    def retranslateUi(self, IdentifyProductDialog):
        IdentifyProductDialog.setWindowTitle(QCoreApplication.translate("IdentifyProductDialog", u"Identify the product of the visit", None))
        self.product_group.setTitle(QCoreApplication.translate("IdentifyProductDialog", u"Product found on site", None))
        self.serial_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"&Serial no.:", None))
        self.serial_edit.setPlaceholderText(QCoreApplication.translate("IdentifyProductDialog", u"Scan the label, or type it and press Enter", None))
        self.serial_unknown_check.setText(QCoreApplication.translate("IdentifyProductDialog", u"Serial &unknown", None))
#if QT_CONFIG(tooltip)
        self.serial_unknown_check.setToolTip(QCoreApplication.translate("IdentifyProductDialog", u"No serial number on the unit: it gets a placeholder serial", None))
#endif // QT_CONFIG(tooltip)
        self.model_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"Product mode&l:", None))
        self.model_notice_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"Discontinued model (warranty claims still accepted)", None))
#if QT_CONFIG(tooltip)
        self.model_notice_label.setToolTip(QCoreApplication.translate("IdentifyProductDialog", u"The model is deactivated in Tools \u2192 Product models: it is no longer sold, but its warranty runs from the sale date (W1\u2013W4) and the claim is judged as for any model.", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"Invoice:", None))
        self.invoice_check.setText(QCoreApplication.translate("IdentifyProductDialog", u"&Invoice present", None))
#if QT_CONFIG(tooltip)
        self.invoice_check.setToolTip(QCoreApplication.translate("IdentifyProductDialog", u"Without the invoice, repair is judged from a sale registered for the serial, else paid (W10)", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_no_edit.setPlaceholderText(QCoreApplication.translate("IdentifyProductDialog", u"Invoice number", None))
        self.sale_date_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"Sale &date:", None))
        self.sale_date_edit.setPlaceholderText(QCoreApplication.translate("IdentifyProductDialog", u"YYYY-MM-DD, from the invoice", None))
        self.fault_label.setText(QCoreApplication.translate("IdentifyProductDialog", u"&Fault:", None))
        self.fault_edit.setPlaceholderText(QCoreApplication.translate("IdentifyProductDialog", u"The fault found on site", None))
        self.consent_check.setText(QCoreApplication.translate("IdentifyProductDialog", u"The customer a&grees to pay for these wear parts at cost", None))
#if QT_CONFIG(tooltip)
        self.consent_check.setToolTip(QCoreApplication.translate("IdentifyProductDialog", u"Ask the customer first: the consent is recorded with your name and the time (W3, W6)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("IdentifyProductDialog", u"Sa&ve", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("IdentifyProductDialog", u"Open the claim for this visit and judge the warranty (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("IdentifyProductDialog", u"Cancel", None))
    # retranslateUi

