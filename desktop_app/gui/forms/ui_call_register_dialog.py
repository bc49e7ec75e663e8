# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_register_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CallRegisterDialog(object):
    def setupUi(self, CallRegisterDialog):
        if not CallRegisterDialog.objectName():
            CallRegisterDialog.setObjectName(u"CallRegisterDialog")
        CallRegisterDialog.resize(1100, 720)
        self.dialog_layout = QVBoxLayout(CallRegisterDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.new_call_group = QGroupBox(CallRegisterDialog)
        self.new_call_group.setObjectName(u"new_call_group")
        self.new_call_group.setMaximumSize(QSize(640, 16777215))
        self.call_form = QFormLayout(self.new_call_group)
        self.call_form.setObjectName(u"call_form")
        self.channel_label = QLabel(self.new_call_group)
        self.channel_label.setObjectName(u"channel_label")

        self.call_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.new_call_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.call_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.received_label = QLabel(self.new_call_group)
        self.received_label.setObjectName(u"received_label")

        self.call_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_row = QHBoxLayout()
        self.received_row.setObjectName(u"received_row")
        self.received_check = QCheckBox(self.new_call_group)
        self.received_check.setObjectName(u"received_check")

        self.received_row.addWidget(self.received_check)

        self.received_edit = QDateTimeEdit(self.new_call_group)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)

        self.received_row.addWidget(self.received_edit)

        self.received_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.received_row.addItem(self.received_spacer)


        self.call_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.received_row)

        self.received_at_error = QLabel(self.new_call_group)
        self.received_at_error.setObjectName(u"received_at_error")
        self.received_at_error.setStyleSheet(u"color: #b00020;")
        self.received_at_error.setText(u"")
        self.received_at_error.setWordWrap(True)

        self.call_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received_at_error)

        self.caller_label = QLabel(self.new_call_group)
        self.caller_label.setObjectName(u"caller_label")

        self.call_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.caller_label)

        self.caller_edit = QLineEdit(self.new_call_group)
        self.caller_edit.setObjectName(u"caller_edit")
        self.caller_edit.setMaxLength(100)

        self.call_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.caller_edit)

        self.caller_name_error = QLabel(self.new_call_group)
        self.caller_name_error.setObjectName(u"caller_name_error")
        self.caller_name_error.setStyleSheet(u"color: #b00020;")
        self.caller_name_error.setText(u"")
        self.caller_name_error.setWordWrap(True)

        self.call_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caller_name_error)

        self.phone_label = QLabel(self.new_call_group)
        self.phone_label.setObjectName(u"phone_label")

        self.call_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.new_call_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(50)

        self.call_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(self.new_call_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setStyleSheet(u"color: #b00020;")
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)

        self.call_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.subject_label = QLabel(self.new_call_group)
        self.subject_label.setObjectName(u"subject_label")

        self.call_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_edit = QLineEdit(self.new_call_group)
        self.subject_edit.setObjectName(u"subject_edit")
        self.subject_edit.setMaxLength(200)

        self.call_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subject_edit)

        self.subject_error = QLabel(self.new_call_group)
        self.subject_error.setObjectName(u"subject_error")
        self.subject_error.setStyleSheet(u"color: #b00020;")
        self.subject_error.setText(u"")
        self.subject_error.setWordWrap(True)

        self.call_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.subject_error)

        self.details_label = QLabel(self.new_call_group)
        self.details_label.setObjectName(u"details_label")

        self.call_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_edit = QPlainTextEdit(self.new_call_group)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setMaximumSize(QSize(16777215, 60))

        self.call_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.details_edit)

        self.visit_label = QLabel(self.new_call_group)
        self.visit_label.setObjectName(u"visit_label")

        self.call_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.visit_label)

        self.visit_row = QHBoxLayout()
        self.visit_row.setObjectName(u"visit_row")
        self.visit_check = QCheckBox(self.new_call_group)
        self.visit_check.setObjectName(u"visit_check")

        self.visit_row.addWidget(self.visit_check)

        self.arrival_edit = QDateTimeEdit(self.new_call_group)
        self.arrival_edit.setObjectName(u"arrival_edit")
        self.arrival_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.arrival_edit.setCalendarPopup(True)

        self.visit_row.addWidget(self.arrival_edit)

        self.city_label = QLabel(self.new_call_group)
        self.city_label.setObjectName(u"city_label")

        self.visit_row.addWidget(self.city_label)

        self.city_edit = QLineEdit(self.new_call_group)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(50)

        self.visit_row.addWidget(self.city_edit)

        self.visit_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visit_row.addItem(self.visit_spacer)


        self.call_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.visit_row)

        self.required_arrival_at_error = QLabel(self.new_call_group)
        self.required_arrival_at_error.setObjectName(u"required_arrival_at_error")
        self.required_arrival_at_error.setStyleSheet(u"color: #b00020;")
        self.required_arrival_at_error.setText(u"")
        self.required_arrival_at_error.setWordWrap(True)

        self.call_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.required_arrival_at_error)

        self.register_row = QHBoxLayout()
        self.register_row.setObjectName(u"register_row")
        self.register_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_row.addItem(self.register_spacer)

        self.register_button = QPushButton(self.new_call_group)
        self.register_button.setObjectName(u"register_button")
        self.register_button.setAutoDefault(False)

        self.register_row.addWidget(self.register_button)


        self.call_form.setLayout(12, QFormLayout.ItemRole.SpanningRole, self.register_row)


        self.top_layout.addWidget(self.new_call_group)

        self.side_layout = QVBoxLayout()
        self.side_layout.setObjectName(u"side_layout")
        self.clock_label = QLabel(CallRegisterDialog)
        self.clock_label.setObjectName(u"clock_label")
        self.clock_label.setText(u"")
        self.clock_label.setWordWrap(True)
        self.clock_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.side_layout.addWidget(self.clock_label)

        self.clock_hint_label = QLabel(CallRegisterDialog)
        self.clock_hint_label.setObjectName(u"clock_hint_label")
        self.clock_hint_label.setWordWrap(True)
        self.clock_hint_label.setStyleSheet(u"color: #555555;")

        self.side_layout.addWidget(self.clock_hint_label)

        self.result_label = QLabel(CallRegisterDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.side_layout.addWidget(self.result_label)

        self.side_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side_layout.addItem(self.side_spacer)


        self.top_layout.addLayout(self.side_layout)


        self.dialog_layout.addLayout(self.top_layout)

        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.list_tools = QHBoxLayout()
        self.list_tools.setObjectName(u"list_tools")
        self.search_label = QLabel(CallRegisterDialog)
        self.search_label.setObjectName(u"search_label")

        self.list_tools.addWidget(self.search_label)

        self.search_edit = QLineEdit(CallRegisterDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.list_tools.addWidget(self.search_edit)

        self.list_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_tools.addItem(self.list_spacer)

        self.overdue_check = QCheckBox(CallRegisterDialog)
        self.overdue_check.setObjectName(u"overdue_check")

        self.list_tools.addWidget(self.overdue_check)

        self.count_label = QLabel(CallRegisterDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.list_tools.addWidget(self.count_label)


        self.list_layout.addLayout(self.list_tools)

        self.calls_table = QTableView(CallRegisterDialog)
        self.calls_table.setObjectName(u"calls_table")
        self.calls_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calls_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calls_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calls_table.setWordWrap(False)
        self.calls_table.horizontalHeader().setStretchLastSection(True)
        self.calls_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.calls_table)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.reply_note_edit = QLineEdit(CallRegisterDialog)
        self.reply_note_edit.setObjectName(u"reply_note_edit")

        self.action_row.addWidget(self.reply_note_edit)

        self.replied_button = QPushButton(CallRegisterDialog)
        self.replied_button.setObjectName(u"replied_button")
        self.replied_button.setAutoDefault(False)

        self.action_row.addWidget(self.replied_button)

        self.claim_number_edit = QLineEdit(CallRegisterDialog)
        self.claim_number_edit.setObjectName(u"claim_number_edit")

        self.action_row.addWidget(self.claim_number_edit)

        self.link_button = QPushButton(CallRegisterDialog)
        self.link_button.setObjectName(u"link_button")
        self.link_button.setAutoDefault(False)

        self.action_row.addWidget(self.link_button)


        self.list_layout.addLayout(self.action_row)

        self.action_error_label = QLabel(CallRegisterDialog)
        self.action_error_label.setObjectName(u"action_error_label")
        self.action_error_label.setStyleSheet(u"color: #b00020;")
        self.action_error_label.setText(u"")
        self.action_error_label.setWordWrap(True)

        self.list_layout.addWidget(self.action_error_label)


        self.dialog_layout.addLayout(self.list_layout)

        self.close_row = QHBoxLayout()
        self.close_row.setObjectName(u"close_row")
        self.close_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.close_row.addItem(self.close_spacer)

        self.close_button = QPushButton(CallRegisterDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.close_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.close_row)

#if QT_CONFIG(shortcut)
        self.channel_label.setBuddy(self.channel_combo)
        self.caller_label.setBuddy(self.caller_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.subject_label.setBuddy(self.subject_edit)
        self.details_label.setBuddy(self.details_edit)
        self.city_label.setBuddy(self.city_edit)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channel_combo, self.received_check)
        QWidget.setTabOrder(self.received_check, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.caller_edit)
        QWidget.setTabOrder(self.caller_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.details_edit)
        QWidget.setTabOrder(self.details_edit, self.visit_check)
        QWidget.setTabOrder(self.visit_check, self.arrival_edit)
        QWidget.setTabOrder(self.arrival_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.register_button)
        QWidget.setTabOrder(self.register_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.calls_table)
        QWidget.setTabOrder(self.calls_table, self.reply_note_edit)
        QWidget.setTabOrder(self.reply_note_edit, self.replied_button)
        QWidget.setTabOrder(self.replied_button, self.claim_number_edit)
        QWidget.setTabOrder(self.claim_number_edit, self.link_button)
        QWidget.setTabOrder(self.link_button, self.close_button)

        self.retranslateUi(CallRegisterDialog)

        QMetaObject.connectSlotsByName(CallRegisterDialog)
    # setupUi

    def retranslateUi(self, CallRegisterDialog):
        CallRegisterDialog.setWindowTitle(QCoreApplication.translate("CallRegisterDialog", u"Call register", None))
        self.new_call_group.setTitle(QCoreApplication.translate("CallRegisterDialog", u"Register a call", None))
        self.channel_label.setText(QCoreApplication.translate("CallRegisterDialog", u"C&hannel:", None))
        self.received_label.setText(QCoreApplication.translate("CallRegisterDialog", u"Received:", None))
        self.received_check.setText(QCoreApplication.translate("CallRegisterDialog", u"&Earlier, at:", None))
#if QT_CONFIG(tooltip)
        self.received_check.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"A fax, letter, e-mail or message that arrived before it is registered: the 8-hour reply clock runs from its arrival (S1). Unticked: now.", None))
#endif // QT_CONFIG(tooltip)
        self.caller_label.setText(QCoreApplication.translate("CallRegisterDialog", u"Caller &name:", None))
        self.phone_label.setText(QCoreApplication.translate("CallRegisterDialog", u"&Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"Mobile, or landline with area code", None))
        self.subject_label.setText(QCoreApplication.translate("CallRegisterDialog", u"&Subject:", None))
        self.subject_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"What the call is about", None))
        self.details_label.setText(QCoreApplication.translate("CallRegisterDialog", u"&Details:", None))
        self.visit_label.setText(QCoreApplication.translate("CallRegisterDialog", u"On-site visit:", None))
        self.visit_check.setText(QCoreApplication.translate("CallRegisterDialog", u"Needs a &visit; arrive by:", None))
#if QT_CONFIG(tooltip)
        self.visit_check.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"Creates an on-site work order for the supervisor to dispatch (E1, S3)", None))
#endif // QT_CONFIG(tooltip)
        self.city_label.setText(QCoreApplication.translate("CallRegisterDialog", u"C&ity:", None))
        self.city_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"On file if known", None))
#if QT_CONFIG(tooltip)
        self.city_edit.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"On-site service only in the cities of the policy (S2)", None))
#endif // QT_CONFIG(tooltip)
        self.register_button.setText(QCoreApplication.translate("CallRegisterDialog", u"Re&gister call", None))
#if QT_CONFIG(tooltip)
        self.register_button.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"Save the call with its 8-hour reply clock (S1)", None))
#endif // QT_CONFIG(tooltip)
        self.clock_hint_label.setText(QCoreApplication.translate("CallRegisterDialog", u"Every call and letter is registered (E1, E19). Reply within 8 hours (S1); answer with the service information within 24 hours (S3).", None))
        self.search_label.setText(QCoreApplication.translate("CallRegisterDialog", u"&Find:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"Call no., caller, phone or subject", None))
        self.overdue_check.setText(QCoreApplication.translate("CallRegisterDialog", u"Overd&ue replies only", None))
        self.reply_note_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"What the caller was told", None))
        self.replied_button.setText(QCoreApplication.translate("CallRegisterDialog", u"&Mark replied", None))
#if QT_CONFIG(tooltip)
        self.replied_button.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"Record the reply to the selected call (S1)", None))
#endif // QT_CONFIG(tooltip)
        self.claim_number_edit.setPlaceholderText(QCoreApplication.translate("CallRegisterDialog", u"Claim no., e.g. SC-2026-000123", None))
        self.link_button.setText(QCoreApplication.translate("CallRegisterDialog", u"&Link to claim", None))
#if QT_CONFIG(tooltip)
        self.link_button.setToolTip(QCoreApplication.translate("CallRegisterDialog", u"Link the selected call to a claim (E19)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("CallRegisterDialog", u"Close", None))
    # retranslateUi

