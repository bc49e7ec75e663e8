# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

from desktop_app.gui.intake.decision_panel import DecisionPanel

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1200, 600)
        self.dialog_layout = QVBoxLayout(IntakeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.pages = QStackedWidget(IntakeDialog)
        self.pages.setObjectName(u"pages")
        self.form_page = QWidget()
        self.form_page.setObjectName(u"form_page")
        self.form_page_layout = QVBoxLayout(self.form_page)
        self.form_page_layout.setObjectName(u"form_page_layout")
        self.form_page_layout.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.customer_group = QGroupBox(self.form_page)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_form = QFormLayout(self.customer_group)
        self.customer_form.setObjectName(u"customer_form")
        self.existing_row = QHBoxLayout()
        self.existing_row.setObjectName(u"existing_row")
        self.existing_label = QLabel(self.customer_group)
        self.existing_label.setObjectName(u"existing_label")
        self.existing_label.setText(u"")
        self.existing_label.setStyleSheet(u"color: #0b4f8a;")

        self.existing_row.addWidget(self.existing_label)

        self.new_customer_button = QPushButton(self.customer_group)
        self.new_customer_button.setObjectName(u"new_customer_button")
        self.new_customer_button.setAutoDefault(False)

        self.existing_row.addWidget(self.new_customer_button)


        self.customer_form.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.existing_row)

        self.name_label = QLabel(self.customer_group)
        self.name_label.setObjectName(u"name_label")

        self.customer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.customer_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.customer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.customer_name_error = QLabel(self.customer_group)
        self.customer_name_error.setObjectName(u"customer_name_error")
        self.customer_name_error.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_name_error.setStyleSheet(u"color: #b00020;")
        self.customer_name_error.setText(u"")
        self.customer_name_error.setWordWrap(True)

        self.customer_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customer_name_error)

        self.phone_label = QLabel(self.customer_group)
        self.phone_label.setObjectName(u"phone_label")

        self.customer_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.customer_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(50)

        self.customer_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.customer_phone_error = QLabel(self.customer_group)
        self.customer_phone_error.setObjectName(u"customer_phone_error")
        self.customer_phone_error.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_phone_error.setStyleSheet(u"color: #b00020;")
        self.customer_phone_error.setText(u"")
        self.customer_phone_error.setWordWrap(True)

        self.customer_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.customer_phone_error)

        self.company_label = QLabel(self.customer_group)
        self.company_label.setObjectName(u"company_label")

        self.customer_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_edit = QLineEdit(self.customer_group)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(100)

        self.customer_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.company_edit)

        self.city_label = QLabel(self.customer_group)
        self.city_label.setObjectName(u"city_label")

        self.customer_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.customer_group)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(50)

        self.customer_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.address_label = QLabel(self.customer_group)
        self.address_label.setObjectName(u"address_label")

        self.customer_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.customer_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.customer_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.left_column.addWidget(self.customer_group)

        self.unit_group = QGroupBox(self.form_page)
        self.unit_group.setObjectName(u"unit_group")
        self.unit_form = QFormLayout(self.unit_group)
        self.unit_form.setObjectName(u"unit_form")
        self.model_label = QLabel(self.unit_group)
        self.model_label.setObjectName(u"model_label")

        self.unit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_row = QHBoxLayout()
        self.model_row.setObjectName(u"model_row")
        self.model_combo = QComboBox(self.unit_group)
        self.model_combo.setObjectName(u"model_combo")
        self.model_combo.setEditable(True)
        self.model_combo.setMinimumSize(QSize(150, 0))
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.model_row.addWidget(self.model_combo)

        self.product_name_label = QLabel(self.unit_group)
        self.product_name_label.setObjectName(u"product_name_label")
        self.product_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.product_name_label.setText(u"")
        self.product_name_label.setWordWrap(True)
        self.product_name_label.setStyleSheet(u"color: #555555;")

        self.model_row.addWidget(self.product_name_label)


        self.unit_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.model_row)

        self.model_messages = QVBoxLayout()
        self.model_messages.setObjectName(u"model_messages")
        self.model_notice_label = QLabel(self.unit_group)
        self.model_notice_label.setObjectName(u"model_notice_label")
        self.model_notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model_notice_label.setStyleSheet(u"color: #8a5a00;")

        self.model_messages.addWidget(self.model_notice_label)

        self.product_model_error = QLabel(self.unit_group)
        self.product_model_error.setObjectName(u"product_model_error")
        self.product_model_error.setTextFormat(Qt.TextFormat.PlainText)
        self.product_model_error.setStyleSheet(u"color: #b00020;")
        self.product_model_error.setText(u"")
        self.product_model_error.setWordWrap(True)

        self.model_messages.addWidget(self.product_model_error)


        self.unit_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.model_messages)

        self.serial_label = QLabel(self.unit_group)
        self.serial_label.setObjectName(u"serial_label")

        self.unit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_row = QHBoxLayout()
        self.serial_row.setObjectName(u"serial_row")
        self.serial_edit = QLineEdit(self.unit_group)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(50)

        self.serial_row.addWidget(self.serial_edit)

        self.serial_unknown_check = QCheckBox(self.unit_group)
        self.serial_unknown_check.setObjectName(u"serial_unknown_check")

        self.serial_row.addWidget(self.serial_unknown_check)


        self.unit_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.serial_row)

        self.serial_error = QLabel(self.unit_group)
        self.serial_error.setObjectName(u"serial_error")
        self.serial_error.setTextFormat(Qt.TextFormat.PlainText)
        self.serial_error.setStyleSheet(u"color: #b00020;")
        self.serial_error.setText(u"")
        self.serial_error.setWordWrap(True)

        self.unit_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serial_error)

        self.invoice_label = QLabel(self.unit_group)
        self.invoice_label.setObjectName(u"invoice_label")

        self.unit_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoice_label)

        self.invoice_row = QHBoxLayout()
        self.invoice_row.setObjectName(u"invoice_row")
        self.invoice_check = QCheckBox(self.unit_group)
        self.invoice_check.setObjectName(u"invoice_check")
        self.invoice_check.setChecked(True)

        self.invoice_row.addWidget(self.invoice_check)

        self.invoice_no_edit = QLineEdit(self.unit_group)
        self.invoice_no_edit.setObjectName(u"invoice_no_edit")
        self.invoice_no_edit.setMaxLength(50)

        self.invoice_row.addWidget(self.invoice_no_edit)


        self.unit_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.invoice_row)

        self.invoice_hint_label = QLabel(self.unit_group)
        self.invoice_hint_label.setObjectName(u"invoice_hint_label")
        self.invoice_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.invoice_hint_label.setStyleSheet(u"color: #8a5a00;")
        self.invoice_hint_label.setWordWrap(True)

        self.unit_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.invoice_hint_label)

        self.sale_date_label = QLabel(self.unit_group)
        self.sale_date_label.setObjectName(u"sale_date_label")

        self.unit_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sale_date_label)

        self.sale_date_edit = QLineEdit(self.unit_group)
        self.sale_date_edit.setObjectName(u"sale_date_edit")

        self.unit_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sale_date_edit)

        self.sale_date_error = QLabel(self.unit_group)
        self.sale_date_error.setObjectName(u"sale_date_error")
        self.sale_date_error.setTextFormat(Qt.TextFormat.PlainText)
        self.sale_date_error.setStyleSheet(u"color: #b00020;")
        self.sale_date_error.setText(u"")
        self.sale_date_error.setWordWrap(True)

        self.unit_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sale_date_error)

        self.received_label = QLabel(self.unit_group)
        self.received_label.setObjectName(u"received_label")

        self.unit_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = QLineEdit(self.unit_group)
        self.received_edit.setObjectName(u"received_edit")

        self.unit_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.received_edit)

        self.centre_received_date_error = QLabel(self.unit_group)
        self.centre_received_date_error.setObjectName(u"centre_received_date_error")
        self.centre_received_date_error.setTextFormat(Qt.TextFormat.PlainText)
        self.centre_received_date_error.setStyleSheet(u"color: #b00020;")
        self.centre_received_date_error.setText(u"")
        self.centre_received_date_error.setWordWrap(True)

        self.unit_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.centre_received_date_error)


        self.left_column.addWidget(self.unit_group)

        self.left_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.middle_column = QVBoxLayout()
        self.middle_column.setObjectName(u"middle_column")
        self.claim_group = QGroupBox(self.form_page)
        self.claim_group.setObjectName(u"claim_group")
        self.claim_form = QFormLayout(self.claim_group)
        self.claim_form.setObjectName(u"claim_form")
        self.channel_label = QLabel(self.claim_group)
        self.channel_label.setObjectName(u"channel_label")

        self.claim_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.claim_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.claim_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.arrival_label = QLabel(self.claim_group)
        self.arrival_label.setObjectName(u"arrival_label")

        self.claim_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrival_label)

        self.arrival_edit = QLineEdit(self.claim_group)
        self.arrival_edit.setObjectName(u"arrival_edit")
        self.arrival_edit.setMaxLength(20)

        self.claim_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrival_edit)

        self.required_arrival_at_error = QLabel(self.claim_group)
        self.required_arrival_at_error.setObjectName(u"required_arrival_at_error")
        self.required_arrival_at_error.setTextFormat(Qt.TextFormat.PlainText)
        self.required_arrival_at_error.setStyleSheet(u"color: #b00020;")
        self.required_arrival_at_error.setText(u"")
        self.required_arrival_at_error.setWordWrap(True)

        self.claim_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.required_arrival_at_error)

        self.fault_label = QLabel(self.claim_group)
        self.fault_label.setObjectName(u"fault_label")

        self.claim_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fault_label)

        self.fault_edit = QPlainTextEdit(self.claim_group)
        self.fault_edit.setObjectName(u"fault_edit")
        self.fault_edit.setTabChangesFocus(True)
        self.fault_edit.setMaximumSize(QSize(16777215, 90))

        self.claim_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fault_edit)

        self.fault_description_error = QLabel(self.claim_group)
        self.fault_description_error.setObjectName(u"fault_description_error")
        self.fault_description_error.setTextFormat(Qt.TextFormat.PlainText)
        self.fault_description_error.setStyleSheet(u"color: #b00020;")
        self.fault_description_error.setText(u"")
        self.fault_description_error.setWordWrap(True)

        self.claim_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fault_description_error)

        self.accessories_label = QLabel(self.claim_group)
        self.accessories_label.setObjectName(u"accessories_label")

        self.claim_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accessories_label)

        self.accessories_list = QListWidget(self.claim_group)
        self.accessories_list.setObjectName(u"accessories_list")
        self.accessories_list.setMaximumSize(QSize(16777215, 120))

        self.claim_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accessories_list)

        self.remedy_label = QLabel(self.claim_group)
        self.remedy_label.setObjectName(u"remedy_label")

        self.claim_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.remedy_label)

        self.remedy_combo = QComboBox(self.claim_group)
        self.remedy_combo.setObjectName(u"remedy_combo")

        self.claim_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remedy_combo)

        self.requested_remedy_error = QLabel(self.claim_group)
        self.requested_remedy_error.setObjectName(u"requested_remedy_error")
        self.requested_remedy_error.setTextFormat(Qt.TextFormat.PlainText)
        self.requested_remedy_error.setStyleSheet(u"color: #b00020;")
        self.requested_remedy_error.setText(u"")
        self.requested_remedy_error.setWordWrap(True)

        self.claim_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requested_remedy_error)

        self.escalate_label = QLabel(self.claim_group)
        self.escalate_label.setObjectName(u"escalate_label")

        self.claim_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.escalate_label)

        self.escalate_row = QHBoxLayout()
        self.escalate_row.setObjectName(u"escalate_row")
        self.escalate_check = QCheckBox(self.claim_group)
        self.escalate_check.setObjectName(u"escalate_check")

        self.escalate_row.addWidget(self.escalate_check)

        self.escalate_note_edit = QLineEdit(self.claim_group)
        self.escalate_note_edit.setObjectName(u"escalate_note_edit")

        self.escalate_row.addWidget(self.escalate_note_edit)


        self.claim_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.escalate_row)

        self.escalated_note_error = QLabel(self.claim_group)
        self.escalated_note_error.setObjectName(u"escalated_note_error")
        self.escalated_note_error.setTextFormat(Qt.TextFormat.PlainText)
        self.escalated_note_error.setStyleSheet(u"color: #b00020;")
        self.escalated_note_error.setText(u"")
        self.escalated_note_error.setWordWrap(True)

        self.claim_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.escalated_note_error)

        self.override_label = QLabel(self.claim_group)
        self.override_label.setObjectName(u"override_label")

        self.claim_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override_row = QHBoxLayout()
        self.override_row.setObjectName(u"override_row")
        self.override_combo = QComboBox(self.claim_group)
        self.override_combo.setObjectName(u"override_combo")

        self.override_row.addWidget(self.override_combo)

        self.override_reason_edit = QLineEdit(self.claim_group)
        self.override_reason_edit.setObjectName(u"override_reason_edit")

        self.override_row.addWidget(self.override_reason_edit)


        self.claim_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.override_row)

        self.override_reason_error = QLabel(self.claim_group)
        self.override_reason_error.setObjectName(u"override_reason_error")
        self.override_reason_error.setTextFormat(Qt.TextFormat.PlainText)
        self.override_reason_error.setStyleSheet(u"color: #b00020;")
        self.override_reason_error.setText(u"")
        self.override_reason_error.setWordWrap(True)

        self.claim_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.override_reason_error)


        self.middle_column.addWidget(self.claim_group)

        self.middle_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.middle_column.addItem(self.middle_spacer)


        self.columns.addLayout(self.middle_column)

        self.decision_panel = DecisionPanel(self.form_page)
        self.decision_panel.setObjectName(u"decision_panel")
        self.decision_panel.setMinimumSize(QSize(340, 0))

        self.columns.addWidget(self.decision_panel)


        self.form_page_layout.addLayout(self.columns)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.form_error_label = QLabel(self.form_page)
        self.form_error_label.setObjectName(u"form_error_label")
        self.form_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error_label.setStyleSheet(u"color: #b00020;")
        self.form_error_label.setText(u"")
        self.form_error_label.setWordWrap(True)

        self.button_row.addWidget(self.form_error_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(self.form_page)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(self.form_page)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.form_page_layout.addLayout(self.button_row)

        self.pages.addWidget(self.form_page)
        self.done_page = QWidget()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.done_title_label = QLabel(self.done_page)
        self.done_title_label.setObjectName(u"done_title_label")
        self.done_title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.done_title_label.setText(u"")
        self.done_title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.done_layout.addWidget(self.done_title_label)

        self.done_detail_label = QLabel(self.done_page)
        self.done_detail_label.setObjectName(u"done_detail_label")
        self.done_detail_label.setText(u"")
        self.done_detail_label.setWordWrap(True)
        self.done_detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.done_layout.addWidget(self.done_detail_label)

        self.done_buttons = QHBoxLayout()
        self.done_buttons.setObjectName(u"done_buttons")
        self.print_button = QPushButton(self.done_page)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(True)

        self.done_buttons.addWidget(self.print_button)

        self.another_button = QPushButton(self.done_page)
        self.another_button.setObjectName(u"another_button")
        self.another_button.setAutoDefault(True)

        self.done_buttons.addWidget(self.another_button)

        self.done_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.done_buttons.addItem(self.done_spacer)

        self.close_button = QPushButton(self.done_page)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(True)

        self.done_buttons.addWidget(self.close_button)


        self.done_layout.addLayout(self.done_buttons)

        self.done_bottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_bottom)

        self.pages.addWidget(self.done_page)

        self.dialog_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.company_label.setBuddy(self.company_edit)
        self.city_label.setBuddy(self.city_edit)
        self.address_label.setBuddy(self.address_edit)
        self.model_label.setBuddy(self.model_combo)
        self.serial_label.setBuddy(self.serial_edit)
        self.sale_date_label.setBuddy(self.sale_date_edit)
        self.received_label.setBuddy(self.received_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.arrival_label.setBuddy(self.arrival_edit)
        self.fault_label.setBuddy(self.fault_edit)
        self.accessories_label.setBuddy(self.accessories_list)
        self.remedy_label.setBuddy(self.remedy_combo)
        self.override_label.setBuddy(self.override_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.new_customer_button)
        QWidget.setTabOrder(self.new_customer_button, self.model_combo)
        QWidget.setTabOrder(self.model_combo, self.serial_edit)
        QWidget.setTabOrder(self.serial_edit, self.serial_unknown_check)
        QWidget.setTabOrder(self.serial_unknown_check, self.invoice_check)
        QWidget.setTabOrder(self.invoice_check, self.invoice_no_edit)
        QWidget.setTabOrder(self.invoice_no_edit, self.sale_date_edit)
        QWidget.setTabOrder(self.sale_date_edit, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.arrival_edit)
        QWidget.setTabOrder(self.arrival_edit, self.fault_edit)
        QWidget.setTabOrder(self.fault_edit, self.accessories_list)
        QWidget.setTabOrder(self.accessories_list, self.remedy_combo)
        QWidget.setTabOrder(self.remedy_combo, self.escalate_check)
        QWidget.setTabOrder(self.escalate_check, self.escalate_note_edit)
        QWidget.setTabOrder(self.escalate_note_edit, self.override_combo)
        QWidget.setTabOrder(self.override_combo, self.override_reason_edit)
        QWidget.setTabOrder(self.override_reason_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.another_button)
        QWidget.setTabOrder(self.another_button, self.close_button)

        self.retranslateUi(IntakeDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"New claim", None))
        self.customer_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Customer", None))
        self.new_customer_button.setText(QCoreApplication.translate("IntakeDialog", u"Ne&w customer", None))
#if QT_CONFIG(tooltip)
        self.new_customer_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Keep what is typed but save it as a new customer, not the one found", None))
#endif // QT_CONFIG(tooltip)
        self.name_label.setText(QCoreApplication.translate("IntakeDialog", u"Na&me:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Person to contact", None))
        self.phone_label.setText(QCoreApplication.translate("IntakeDialog", u"&Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Mobile, or landline with area code", None))
        self.company_label.setText(QCoreApplication.translate("IntakeDialog", u"Compan&y:", None))
        self.company_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Empty for a private customer", None))
        self.city_label.setText(QCoreApplication.translate("IntakeDialog", u"&City:", None))
        self.city_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. Shenzhen", None))
        self.address_label.setText(QCoreApplication.translate("IntakeDialog", u"Addr&ess:", None))
        self.unit_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Unit", None))
        self.model_label.setText(QCoreApplication.translate("IntakeDialog", u"Product mode&l:", None))
        self.model_notice_label.setText(QCoreApplication.translate("IntakeDialog", u"Discontinued model (warranty claims still accepted)", None))
#if QT_CONFIG(tooltip)
        self.model_notice_label.setToolTip(QCoreApplication.translate("IntakeDialog", u"The model is deactivated in Tools \u2192 Product models: it is no longer sold, but its warranty runs from the sale date (W1\u2013W4) and the claim is judged as for any model.", None))
#endif // QT_CONFIG(tooltip)
        self.serial_label.setText(QCoreApplication.translate("IntakeDialog", u"&Serial no.:", None))
        self.serial_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Scan or type the label", None))
        self.serial_unknown_check.setText(QCoreApplication.translate("IntakeDialog", u"Serial &unknown", None))
#if QT_CONFIG(tooltip)
        self.serial_unknown_check.setToolTip(QCoreApplication.translate("IntakeDialog", u"No serial number: the unit gets a placeholder serial", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_label.setText(QCoreApplication.translate("IntakeDialog", u"Invoice:", None))
        self.invoice_check.setText(QCoreApplication.translate("IntakeDialog", u"&Invoice present", None))
#if QT_CONFIG(tooltip)
        self.invoice_check.setToolTip(QCoreApplication.translate("IntakeDialog", u"Without the invoice no return or exchange is offered (W10)", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_no_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Invoice number", None))
        self.invoice_hint_label.setText(QCoreApplication.translate("IntakeDialog", u"An invoice number or sale date is filled in but \u201cInvoice present\u201d is not ticked: the claim is judged without the invoice (W10), as paid repair unless a sale is registered. Tick it if the customer shows the invoice.", None))
        self.sale_date_label.setText(QCoreApplication.translate("IntakeDialog", u"Sale &date:", None))
        self.sale_date_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"YYYY-MM-DD, from the invoice", None))
        self.received_label.setText(QCoreApplication.translate("IntakeDialog", u"Centre recei&ved:", None))
        self.received_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"YYYY-MM-DD, goods from the manufacturer (D11)", None))
        self.claim_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Claim", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeDialog", u"C&hannel:", None))
        self.arrival_label.setText(QCoreApplication.translate("IntakeDialog", u"Re&quired arrival:", None))
        self.arrival_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"When the customer wants us there, e.g. 2026-03-18 14:30", None))
#if QT_CONFIG(tooltip)
        self.arrival_edit.setToolTip(QCoreApplication.translate("IntakeDialog", u"The date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late", None))
#endif // QT_CONFIG(tooltip)
        self.fault_label.setText(QCoreApplication.translate("IntakeDialog", u"&Fault:", None))
        self.fault_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"What the customer reports, in their words", None))
        self.accessories_label.setText(QCoreApplication.translate("IntakeDialog", u"&Accessories:", None))
#if QT_CONFIG(tooltip)
        self.accessories_list.setToolTip(QCoreApplication.translate("IntakeDialog", u"Tick what the customer handed over (Space); missing ones may be charged (W2)", None))
#endif // QT_CONFIG(tooltip)
        self.remedy_label.setText(QCoreApplication.translate("IntakeDialog", u"Requested &remedy:", None))
        self.escalate_label.setText(QCoreApplication.translate("IntakeDialog", u"Escalation:", None))
        self.escalate_check.setText(QCoreApplication.translate("IntakeDialog", u"&Negotiate (W8)", None))
#if QT_CONFIG(tooltip)
        self.escalate_check.setToolTip(QCoreApplication.translate("IntakeDialog", u"An unforeseen case: a negotiated outcome with a written note (W8)", None))
#endif // QT_CONFIG(tooltip)
        self.escalate_note_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Note for the negotiation", None))
        self.override_label.setText(QCoreApplication.translate("IntakeDialog", u"Override &tier:", None))
        self.override_reason_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Written reason (W10)", None))
        self.save_button.setText(QCoreApplication.translate("IntakeDialog", u"Save", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Validate and save the claim (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("IntakeDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("IntakeDialog", u"&Print receipt", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Print the receipt in two copies; the customer signs the centre's", None))
#endif // QT_CONFIG(tooltip)
        self.another_button.setText(QCoreApplication.translate("IntakeDialog", u"&New claim", None))
#if QT_CONFIG(tooltip)
        self.another_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Take in another claim (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("IntakeDialog", u"Close", None))
    # retranslateUi

