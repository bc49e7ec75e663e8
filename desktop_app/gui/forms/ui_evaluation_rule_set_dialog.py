# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_rule_set_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QDialog, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RuleSetDialog(object):
    def setupUi(self, RuleSetDialog):
        if not RuleSetDialog.objectName():
            RuleSetDialog.setObjectName(u"RuleSetDialog")
        RuleSetDialog.resize(1000, 700)
        self.dialog_layout = QVBoxLayout(RuleSetDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RuleSetDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.versions_row = QHBoxLayout()
        self.versions_row.setObjectName(u"versions_row")
        self.versions_column = QVBoxLayout()
        self.versions_column.setObjectName(u"versions_column")
        self.versions_label = QLabel(RuleSetDialog)
        self.versions_label.setObjectName(u"versions_label")
        self.versions_label.setStyleSheet(u"font-weight: bold;")

        self.versions_column.addWidget(self.versions_label)

        self.versions_table = QTableWidget(RuleSetDialog)
        self.versions_table.setObjectName(u"versions_table")
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setMaximumSize(QSize(16777215, 150))
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.verticalHeader().setVisible(False)

        self.versions_column.addWidget(self.versions_table)


        self.versions_row.addLayout(self.versions_column)

        self.terms_column = QVBoxLayout()
        self.terms_column.setObjectName(u"terms_column")
        self.terms_title_label = QLabel(RuleSetDialog)
        self.terms_title_label.setObjectName(u"terms_title_label")
        self.terms_title_label.setStyleSheet(u"font-weight: bold;")

        self.terms_column.addWidget(self.terms_title_label)

        self.terms_label = QLabel(RuleSetDialog)
        self.terms_label.setObjectName(u"terms_label")
        self.terms_label.setText(u"")
        self.terms_label.setWordWrap(True)

        self.terms_column.addWidget(self.terms_label)

        self.terms_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.terms_column.addItem(self.terms_spacer)


        self.versions_row.addLayout(self.terms_column)


        self.dialog_layout.addLayout(self.versions_row)

        self.acknowledgements_label = QLabel(RuleSetDialog)
        self.acknowledgements_label.setObjectName(u"acknowledgements_label")
        self.acknowledgements_label.setText(u"")
        self.acknowledgements_label.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.acknowledgements_label)

        self.acknowledgements_table = QTableWidget(RuleSetDialog)
        self.acknowledgements_table.setObjectName(u"acknowledgements_table")
        self.acknowledgements_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acknowledgements_table.setAlternatingRowColors(True)
        self.acknowledgements_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.acknowledgements_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.acknowledgements_table.setWordWrap(False)
        self.acknowledgements_table.horizontalHeader().setStretchLastSection(True)
        self.acknowledgements_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.acknowledgements_table)

        self.acknowledge_row = QHBoxLayout()
        self.acknowledge_row.setObjectName(u"acknowledge_row")
        self.acknowledge_button = QPushButton(RuleSetDialog)
        self.acknowledge_button.setObjectName(u"acknowledge_button")
        self.acknowledge_button.setAutoDefault(False)

        self.acknowledge_row.addWidget(self.acknowledge_button)

        self.show_former_check = QCheckBox(RuleSetDialog)
        self.show_former_check.setObjectName(u"show_former_check")

        self.acknowledge_row.addWidget(self.show_former_check)

        self.acknowledge_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acknowledge_row.addItem(self.acknowledge_spacer)

        self.signed_on_label = QLabel(RuleSetDialog)
        self.signed_on_label.setObjectName(u"signed_on_label")

        self.acknowledge_row.addWidget(self.signed_on_label)

        self.signed_on_edit = QDateEdit(RuleSetDialog)
        self.signed_on_edit.setObjectName(u"signed_on_edit")
        self.signed_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.signed_on_edit.setCalendarPopup(True)

        self.acknowledge_row.addWidget(self.signed_on_edit)

        self.record_signed_button = QPushButton(RuleSetDialog)
        self.record_signed_button.setObjectName(u"record_signed_button")
        self.record_signed_button.setAutoDefault(False)

        self.acknowledge_row.addWidget(self.record_signed_button)

        self.print_sheet_button = QPushButton(RuleSetDialog)
        self.print_sheet_button.setObjectName(u"print_sheet_button")
        self.print_sheet_button.setAutoDefault(False)

        self.acknowledge_row.addWidget(self.print_sheet_button)


        self.dialog_layout.addLayout(self.acknowledge_row)

        self.publish_group = QGroupBox(RuleSetDialog)
        self.publish_group.setObjectName(u"publish_group")
        self.publish_layout = QVBoxLayout(self.publish_group)
        self.publish_layout.setObjectName(u"publish_layout")
        self.publish_forms = QHBoxLayout()
        self.publish_forms.setObjectName(u"publish_forms")
        self.publish_form = QFormLayout()
        self.publish_form.setObjectName(u"publish_form")
        self.publish_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.left_without_calling_hq_label = QLabel(self.publish_group)
        self.left_without_calling_hq_label.setObjectName(u"left_without_calling_hq_label")

        self.publish_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.left_without_calling_hq_label)

        self.left_without_calling_hq_spin = QDoubleSpinBox(self.publish_group)
        self.left_without_calling_hq_spin.setObjectName(u"left_without_calling_hq_spin")
        self.left_without_calling_hq_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.left_without_calling_hq_spin.setPrefix(u"\u00a5")
        self.left_without_calling_hq_spin.setDecimals(2)
        self.left_without_calling_hq_spin.setMaximum(99999.990000000005239)
        self.left_without_calling_hq_spin.setSingleStep(10.000000000000000)

        self.publish_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.left_without_calling_hq_spin)

        self.late_arrival_label = QLabel(self.publish_group)
        self.late_arrival_label.setObjectName(u"late_arrival_label")

        self.publish_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.late_arrival_label)

        self.late_arrival_spin = QDoubleSpinBox(self.publish_group)
        self.late_arrival_spin.setObjectName(u"late_arrival_spin")
        self.late_arrival_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.late_arrival_spin.setPrefix(u"\u00a5")
        self.late_arrival_spin.setDecimals(2)
        self.late_arrival_spin.setMaximum(99999.990000000005239)
        self.late_arrival_spin.setSingleStep(10.000000000000000)

        self.publish_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.late_arrival_spin)

        self.incomplete_report_label = QLabel(self.publish_group)
        self.incomplete_report_label.setObjectName(u"incomplete_report_label")

        self.publish_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incomplete_report_label)

        self.incomplete_report_spin = QDoubleSpinBox(self.publish_group)
        self.incomplete_report_spin.setObjectName(u"incomplete_report_spin")
        self.incomplete_report_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.incomplete_report_spin.setPrefix(u"\u00a5")
        self.incomplete_report_spin.setDecimals(2)
        self.incomplete_report_spin.setMaximum(99999.990000000005239)
        self.incomplete_report_spin.setSingleStep(10.000000000000000)

        self.publish_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incomplete_report_spin)


        self.publish_forms.addLayout(self.publish_form)

        self.publish_form_right = QFormLayout()
        self.publish_form_right.setObjectName(u"publish_form_right")
        self.publish_form_right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.disobeyed_dispatch_label = QLabel(self.publish_group)
        self.disobeyed_dispatch_label.setObjectName(u"disobeyed_dispatch_label")

        self.publish_form_right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disobeyed_dispatch_label)

        self.disobeyed_dispatch_spin = QDoubleSpinBox(self.publish_group)
        self.disobeyed_dispatch_spin.setObjectName(u"disobeyed_dispatch_spin")
        self.disobeyed_dispatch_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.disobeyed_dispatch_spin.setPrefix(u"\u00a5")
        self.disobeyed_dispatch_spin.setDecimals(2)
        self.disobeyed_dispatch_spin.setMaximum(99999.990000000005239)
        self.disobeyed_dispatch_spin.setSingleStep(10.000000000000000)

        self.publish_form_right.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disobeyed_dispatch_spin)

        self.attitude_label = QLabel(self.publish_group)
        self.attitude_label.setObjectName(u"attitude_label")

        self.publish_form_right.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attitude_label)

        self.attitude_spin = QDoubleSpinBox(self.publish_group)
        self.attitude_spin.setObjectName(u"attitude_spin")
        self.attitude_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.attitude_spin.setPrefix(u"\u00a5")
        self.attitude_spin.setDecimals(2)
        self.attitude_spin.setMaximum(99999.990000000005239)
        self.attitude_spin.setSingleStep(10.000000000000000)

        self.publish_form_right.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attitude_spin)

        self.published_on_label = QLabel(self.publish_group)
        self.published_on_label.setObjectName(u"published_on_label")

        self.publish_form_right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.published_on_label)

        self.published_on_edit = QDateEdit(self.publish_group)
        self.published_on_edit.setObjectName(u"published_on_edit")
        self.published_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.published_on_edit.setCalendarPopup(True)

        self.publish_form_right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.published_on_edit)


        self.publish_forms.addLayout(self.publish_form_right)


        self.publish_layout.addLayout(self.publish_forms)

        self.publish_buttons = QHBoxLayout()
        self.publish_buttons.setObjectName(u"publish_buttons")
        self.publish_note = QLabel(self.publish_group)
        self.publish_note.setObjectName(u"publish_note")
        self.publish_note.setText(u"")
        self.publish_note.setWordWrap(True)
        self.publish_note.setStyleSheet(u"color: #555555;")

        self.publish_buttons.addWidget(self.publish_note)

        self.publish_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publish_buttons.addItem(self.publish_spacer)

        self.publish_button = QPushButton(self.publish_group)
        self.publish_button.setObjectName(u"publish_button")
        self.publish_button.setAutoDefault(False)

        self.publish_buttons.addWidget(self.publish_button)


        self.publish_layout.addLayout(self.publish_buttons)


        self.dialog_layout.addWidget(self.publish_group)

        self.error_label = QLabel(RuleSetDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.message_label = QLabel(RuleSetDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_row.addWidget(self.message_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(RuleSetDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.signed_on_label.setBuddy(self.signed_on_edit)
        self.left_without_calling_hq_label.setBuddy(self.left_without_calling_hq_spin)
        self.late_arrival_label.setBuddy(self.late_arrival_spin)
        self.incomplete_report_label.setBuddy(self.incomplete_report_spin)
        self.disobeyed_dispatch_label.setBuddy(self.disobeyed_dispatch_spin)
        self.attitude_label.setBuddy(self.attitude_spin)
        self.published_on_label.setBuddy(self.published_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versions_table, self.acknowledgements_table)
        QWidget.setTabOrder(self.acknowledgements_table, self.acknowledge_button)
        QWidget.setTabOrder(self.acknowledge_button, self.show_former_check)
        QWidget.setTabOrder(self.show_former_check, self.signed_on_edit)
        QWidget.setTabOrder(self.signed_on_edit, self.record_signed_button)
        QWidget.setTabOrder(self.record_signed_button, self.print_sheet_button)
        QWidget.setTabOrder(self.print_sheet_button, self.left_without_calling_hq_spin)
        QWidget.setTabOrder(self.left_without_calling_hq_spin, self.late_arrival_spin)
        QWidget.setTabOrder(self.late_arrival_spin, self.incomplete_report_spin)
        QWidget.setTabOrder(self.incomplete_report_spin, self.disobeyed_dispatch_spin)
        QWidget.setTabOrder(self.disobeyed_dispatch_spin, self.attitude_spin)
        QWidget.setTabOrder(self.attitude_spin, self.published_on_edit)
        QWidget.setTabOrder(self.published_on_edit, self.publish_button)
        QWidget.setTabOrder(self.publish_button, self.close_button)

        self.retranslateUi(RuleSetDialog)

        QMetaObject.connectSlotsByName(RuleSetDialog)
    # setupUi

    def retranslateUi(self, RuleSetDialog):
        RuleSetDialog.setWindowTitle(QCoreApplication.translate("RuleSetDialog", u"Assessment rule set", None))
        self.versions_label.setText(QCoreApplication.translate("RuleSetDialog", u"Published versions:", None))
        self.terms_title_label.setText(QCoreApplication.translate("RuleSetDialog", u"Fines per occurrence (E23):", None))
        self.acknowledge_button.setText("")
        self.show_former_check.setText(QCoreApplication.translate("RuleSetDialog", u"Show &former staff", None))
#if QT_CONFIG(tooltip)
        self.show_former_check.setToolTip(QCoreApplication.translate("RuleSetDialog", u"Also list those who have left: the sheet they signed before leaving can still be filed (E24)", None))
#endif // QT_CONFIG(tooltip)
        self.signed_on_label.setText(QCoreApplication.translate("RuleSetDialog", u"Signed &on:", None))
        self.record_signed_button.setText(QCoreApplication.translate("RuleSetDialog", u"&Record signed sheet", None))
        self.print_sheet_button.setText(QCoreApplication.translate("RuleSetDialog", u"&Print acknowledgement sheet\u2026", None))
        self.publish_group.setTitle(QCoreApplication.translate("RuleSetDialog", u"Publish a new version (general manager)", None))
        self.left_without_calling_hq_label.setText(QCoreApplication.translate("RuleSetDialog", u"Left without calling &headquarters:", None))
        self.late_arrival_label.setText(QCoreApplication.translate("RuleSetDialog", u"&Late on site for personal reasons:", None))
        self.incomplete_report_label.setText(QCoreApplication.translate("RuleSetDialog", u"&Incomplete service report:", None))
        self.disobeyed_dispatch_label.setText(QCoreApplication.translate("RuleSetDialog", u"Di&sobeyed dispatch:", None))
        self.attitude_label.setText(QCoreApplication.translate("RuleSetDialog", u"Bonus deduction for a&ttitude (E3):", None))
        self.published_on_label.setText(QCoreApplication.translate("RuleSetDialog", u"Publication &date:", None))
        self.publish_button.setText(QCoreApplication.translate("RuleSetDialog", u"P&ublish new version", None))
        self.close_button.setText(QCoreApplication.translate("RuleSetDialog", u"Close", None))
    # retranslateUi

