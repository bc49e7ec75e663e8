# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_detail_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WorkOrderDetailPanel(object):
    def setupUi(self, WorkOrderDetailPanel):
        if not WorkOrderDetailPanel.objectName():
            WorkOrderDetailPanel.setObjectName(u"WorkOrderDetailPanel")
        WorkOrderDetailPanel.resize(560, 900)
        self.panel_layout = QVBoxLayout(WorkOrderDetailPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(WorkOrderDetailPanel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.title_label)

        self.message_label = QLabel(WorkOrderDetailPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.message_label)

        self.pages = QStackedWidget(WorkOrderDetailPanel)
        self.pages.setObjectName(u"pages")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: #555555; font-size: 12pt;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)

        self.empty_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)
        self.detail_page = QWidget()
        self.detail_page.setObjectName(u"detail_page")
        self.detail_layout = QVBoxLayout(self.detail_page)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_box = QGroupBox(self.detail_page)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setObjectName(u"actions_grid")
        self.technician_label = QLabel(self.actions_box)
        self.technician_label.setObjectName(u"technician_label")

        self.actions_grid.addWidget(self.technician_label, 0, 0, 1, 1)

        self.technician_combo = QComboBox(self.actions_box)
        self.technician_combo.setObjectName(u"technician_combo")

        self.actions_grid.addWidget(self.technician_combo, 0, 1, 1, 2)

        self.dispatch_button = QPushButton(self.actions_box)
        self.dispatch_button.setObjectName(u"dispatch_button")
        self.dispatch_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.dispatch_button, 0, 3, 1, 1)

        self.start_diagnosis_button = QPushButton(self.actions_box)
        self.start_diagnosis_button.setObjectName(u"start_diagnosis_button")
        self.start_diagnosis_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.start_diagnosis_button, 1, 0, 1, 1)

        self.diagnose_button = QPushButton(self.actions_box)
        self.diagnose_button.setObjectName(u"diagnose_button")
        self.diagnose_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.diagnose_button, 1, 1, 1, 1)

        self.quote_button = QPushButton(self.actions_box)
        self.quote_button.setObjectName(u"quote_button")
        self.quote_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.quote_button, 1, 2, 1, 1)

        self.exchange_button = QPushButton(self.actions_box)
        self.exchange_button.setObjectName(u"exchange_button")
        self.exchange_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.exchange_button, 1, 3, 1, 1)

        self.accept_quote_button = QPushButton(self.actions_box)
        self.accept_quote_button.setObjectName(u"accept_quote_button")
        self.accept_quote_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.accept_quote_button, 2, 0, 1, 1)

        self.refuse_quote_button = QPushButton(self.actions_box)
        self.refuse_quote_button.setObjectName(u"refuse_quote_button")
        self.refuse_quote_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.refuse_quote_button, 2, 1, 1, 1)

        self.parts_button = QPushButton(self.actions_box)
        self.parts_button.setObjectName(u"parts_button")
        self.parts_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.parts_button, 2, 2, 1, 1)

        self.issue_waiting_button = QPushButton(self.actions_box)
        self.issue_waiting_button.setObjectName(u"issue_waiting_button")
        self.issue_waiting_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.issue_waiting_button, 2, 3, 1, 1)

        self.repairing_button = QPushButton(self.actions_box)
        self.repairing_button.setObjectName(u"repairing_button")
        self.repairing_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.repairing_button, 3, 0, 1, 1)

        self.repaired_button = QPushButton(self.actions_box)
        self.repaired_button.setObjectName(u"repaired_button")
        self.repaired_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.repaired_button, 3, 1, 1, 1)

        self.ready_button = QPushButton(self.actions_box)
        self.ready_button.setObjectName(u"ready_button")
        self.ready_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.ready_button, 3, 2, 1, 1)

        self.shipped_button = QPushButton(self.actions_box)
        self.shipped_button.setObjectName(u"shipped_button")
        self.shipped_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.shipped_button, 3, 3, 1, 1)

        self.visit_button = QPushButton(self.actions_box)
        self.visit_button.setObjectName(u"visit_button")
        self.visit_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.visit_button, 4, 0, 1, 1)

        self.report_button = QPushButton(self.actions_box)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.report_button, 4, 1, 1, 1)

        self.close_button = QPushButton(self.actions_box)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.close_button, 4, 2, 1, 1)

        self.cancel_button = QPushButton(self.actions_box)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.cancel_button, 4, 3, 1, 1)

        self.print_report_button = QPushButton(self.actions_box)
        self.print_report_button.setObjectName(u"print_report_button")
        self.print_report_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.print_report_button, 5, 0, 1, 1)

        self.print_survey_button = QPushButton(self.actions_box)
        self.print_survey_button.setObjectName(u"print_survey_button")
        self.print_survey_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.print_survey_button, 5, 1, 1, 1)

        self.opinion_button = QPushButton(self.actions_box)
        self.opinion_button.setObjectName(u"opinion_button")
        self.opinion_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.opinion_button, 5, 2, 1, 1)

        self.print_slip_button = QPushButton(self.actions_box)
        self.print_slip_button.setObjectName(u"print_slip_button")
        self.print_slip_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.print_slip_button, 5, 3, 1, 1)

        self.print_unit_label_button = QPushButton(self.actions_box)
        self.print_unit_label_button.setObjectName(u"print_unit_label_button")
        self.print_unit_label_button.setAutoDefault(False)

        self.actions_grid.addWidget(self.print_unit_label_button, 6, 0, 1, 1)


        self.detail_layout.addWidget(self.actions_box)

        self.facts_scroll = QScrollArea(self.detail_page)
        self.facts_scroll.setObjectName(u"facts_scroll")
        self.facts_scroll.setWidgetResizable(True)
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_widget = QWidget()
        self.facts_widget.setObjectName(u"facts_widget")
        self.facts_layout = QVBoxLayout(self.facts_widget)
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setContentsMargins(0, 0, 0, 0)
        self.order_box = QGroupBox(self.facts_widget)
        self.order_box.setObjectName(u"order_box")
        self.order_form = QFormLayout(self.order_box)
        self.order_form.setObjectName(u"order_form")
        self.order_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(self.order_box)
        self.kind_label.setObjectName(u"kind_label")

        self.order_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_value = QLabel(self.order_box)
        self.kind_value.setObjectName(u"kind_value")
        self.kind_value.setText(u"")
        self.kind_value.setWordWrap(True)
        self.kind_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.order_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_value)

        self.created_label = QLabel(self.order_box)
        self.created_label.setObjectName(u"created_label")

        self.order_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.created_label)

        self.created_value = QLabel(self.order_box)
        self.created_value.setObjectName(u"created_value")
        self.created_value.setText(u"")
        self.created_value.setWordWrap(True)
        self.created_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.order_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.created_value)

        self.claim_label = QLabel(self.order_box)
        self.claim_label.setObjectName(u"claim_label")

        self.order_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.claim_label)

        self.claim_value = QLabel(self.order_box)
        self.claim_value.setObjectName(u"claim_value")
        self.claim_value.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_value.setText(u"")
        self.claim_value.setWordWrap(True)
        self.claim_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.order_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.claim_value)

        self.assigned_label = QLabel(self.order_box)
        self.assigned_label.setObjectName(u"assigned_label")

        self.order_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assigned_label)

        self.assigned_value = QLabel(self.order_box)
        self.assigned_value.setObjectName(u"assigned_value")
        self.assigned_value.setTextFormat(Qt.TextFormat.PlainText)
        self.assigned_value.setText(u"")
        self.assigned_value.setWordWrap(True)
        self.assigned_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.order_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assigned_value)


        self.facts_layout.addWidget(self.order_box)

        self.customer_box = QGroupBox(self.facts_widget)
        self.customer_box.setObjectName(u"customer_box")
        self.customer_form = QFormLayout(self.customer_box)
        self.customer_form.setObjectName(u"customer_form")
        self.customer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_label = QLabel(self.customer_box)
        self.customer_label.setObjectName(u"customer_label")

        self.customer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer_value = QLabel(self.customer_box)
        self.customer_value.setObjectName(u"customer_value")
        self.customer_value.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_value.setText(u"")
        self.customer_value.setWordWrap(True)
        self.customer_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer_value)

        self.phone_label = QLabel(self.customer_box)
        self.phone_label.setObjectName(u"phone_label")

        self.customer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_value = QLabel(self.customer_box)
        self.phone_value.setObjectName(u"phone_value")
        self.phone_value.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_value.setText(u"")
        self.phone_value.setWordWrap(True)
        self.phone_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_value)

        self.address_label = QLabel(self.customer_box)
        self.address_label.setObjectName(u"address_label")

        self.customer_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_value = QLabel(self.customer_box)
        self.address_value.setObjectName(u"address_value")
        self.address_value.setTextFormat(Qt.TextFormat.PlainText)
        self.address_value.setText(u"")
        self.address_value.setWordWrap(True)
        self.address_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customer_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_value)


        self.facts_layout.addWidget(self.customer_box)

        self.product_box = QGroupBox(self.facts_widget)
        self.product_box.setObjectName(u"product_box")
        self.product_form = QFormLayout(self.product_box)
        self.product_form.setObjectName(u"product_form")
        self.product_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.product_label = QLabel(self.product_box)
        self.product_label.setObjectName(u"product_label")

        self.product_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.product_label)

        self.product_value = QLabel(self.product_box)
        self.product_value.setObjectName(u"product_value")
        self.product_value.setTextFormat(Qt.TextFormat.PlainText)
        self.product_value.setText(u"")
        self.product_value.setWordWrap(True)
        self.product_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.product_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.product_value)

        self.serial_label = QLabel(self.product_box)
        self.serial_label.setObjectName(u"serial_label")

        self.product_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_value = QLabel(self.product_box)
        self.serial_value.setObjectName(u"serial_value")
        self.serial_value.setTextFormat(Qt.TextFormat.PlainText)
        self.serial_value.setText(u"")
        self.serial_value.setWordWrap(True)
        self.serial_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.product_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serial_value)

        self.sale_date_label = QLabel(self.product_box)
        self.sale_date_label.setObjectName(u"sale_date_label")

        self.product_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sale_date_label)

        self.sale_date_value = QLabel(self.product_box)
        self.sale_date_value.setObjectName(u"sale_date_value")
        self.sale_date_value.setText(u"")
        self.sale_date_value.setWordWrap(True)
        self.sale_date_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.product_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sale_date_value)

        self.replacement_label = QLabel(self.product_box)
        self.replacement_label.setObjectName(u"replacement_label")

        self.product_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.replacement_label)

        self.replacement_value = QLabel(self.product_box)
        self.replacement_value.setObjectName(u"replacement_value")
        self.replacement_value.setTextFormat(Qt.TextFormat.PlainText)
        self.replacement_value.setText(u"")
        self.replacement_value.setWordWrap(True)
        self.replacement_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.product_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.replacement_value)


        self.facts_layout.addWidget(self.product_box)

        self.decision_box = QGroupBox(self.facts_widget)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_form = QFormLayout(self.decision_box)
        self.decision_form.setObjectName(u"decision_form")
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fault_reported_label = QLabel(self.decision_box)
        self.fault_reported_label.setObjectName(u"fault_reported_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fault_reported_label)

        self.fault_reported_value = QLabel(self.decision_box)
        self.fault_reported_value.setObjectName(u"fault_reported_value")
        self.fault_reported_value.setTextFormat(Qt.TextFormat.PlainText)
        self.fault_reported_value.setText(u"")
        self.fault_reported_value.setWordWrap(True)
        self.fault_reported_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fault_reported_value)

        self.intake_decision_label = QLabel(self.decision_box)
        self.intake_decision_label.setObjectName(u"intake_decision_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.intake_decision_label)

        self.intake_decision_value = QLabel(self.decision_box)
        self.intake_decision_value.setObjectName(u"intake_decision_value")
        self.intake_decision_value.setText(u"")
        self.intake_decision_value.setWordWrap(True)
        self.intake_decision_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.intake_decision_value)

        self.final_decision_label = QLabel(self.decision_box)
        self.final_decision_label.setObjectName(u"final_decision_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.final_decision_label)

        self.final_decision_value = QLabel(self.decision_box)
        self.final_decision_value.setObjectName(u"final_decision_value")
        self.final_decision_value.setText(u"")
        self.final_decision_value.setWordWrap(True)
        self.final_decision_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.final_decision_value)

        self.cost_bearer_label = QLabel(self.decision_box)
        self.cost_bearer_label.setObjectName(u"cost_bearer_label")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cost_bearer_label)

        self.cost_bearer_value = QLabel(self.decision_box)
        self.cost_bearer_value.setObjectName(u"cost_bearer_value")
        self.cost_bearer_value.setText(u"")
        self.cost_bearer_value.setWordWrap(True)
        self.cost_bearer_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cost_bearer_value)

        self.reasons_label = QLabel(self.decision_box)
        self.reasons_label.setObjectName(u"reasons_label")

        self.decision_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons_value = QLabel(self.decision_box)
        self.reasons_value.setObjectName(u"reasons_value")
        self.reasons_value.setText(u"")
        self.reasons_value.setWordWrap(True)
        self.reasons_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasons_value)


        self.facts_layout.addWidget(self.decision_box)

        self.diagnosis_box = QGroupBox(self.facts_widget)
        self.diagnosis_box.setObjectName(u"diagnosis_box")
        self.diagnosis_form = QFormLayout(self.diagnosis_box)
        self.diagnosis_form.setObjectName(u"diagnosis_form")
        self.diagnosis_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fault_category_label = QLabel(self.diagnosis_box)
        self.fault_category_label.setObjectName(u"fault_category_label")

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fault_category_label)

        self.fault_category_value = QLabel(self.diagnosis_box)
        self.fault_category_value.setObjectName(u"fault_category_value")
        self.fault_category_value.setTextFormat(Qt.TextFormat.PlainText)
        self.fault_category_value.setText(u"")
        self.fault_category_value.setWordWrap(True)
        self.fault_category_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fault_category_value)

        self.cause_label = QLabel(self.diagnosis_box)
        self.cause_label.setObjectName(u"cause_label")

        self.diagnosis_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_value = QLabel(self.diagnosis_box)
        self.cause_value.setObjectName(u"cause_value")
        self.cause_value.setText(u"")
        self.cause_value.setWordWrap(True)
        self.cause_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cause_value)

        self.diagnosis_label = QLabel(self.diagnosis_box)
        self.diagnosis_label.setObjectName(u"diagnosis_label")

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.diagnosis_label)

        self.diagnosis_value = QLabel(self.diagnosis_box)
        self.diagnosis_value.setObjectName(u"diagnosis_value")
        self.diagnosis_value.setTextFormat(Qt.TextFormat.PlainText)
        self.diagnosis_value.setText(u"")
        self.diagnosis_value.setWordWrap(True)
        self.diagnosis_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.diagnosis_value)

        self.repeat_label = QLabel(self.diagnosis_box)
        self.repeat_label.setObjectName(u"repeat_label")

        self.diagnosis_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_value = QLabel(self.diagnosis_box)
        self.repeat_value.setObjectName(u"repeat_value")
        self.repeat_value.setText(u"")
        self.repeat_value.setWordWrap(True)
        self.repeat_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat_value)


        self.facts_layout.addWidget(self.diagnosis_box)

        self.quote_box = QGroupBox(self.facts_widget)
        self.quote_box.setObjectName(u"quote_box")
        self.quote_form = QFormLayout(self.quote_box)
        self.quote_form.setObjectName(u"quote_form")
        self.quote_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quote_label = QLabel(self.quote_box)
        self.quote_label.setObjectName(u"quote_label")

        self.quote_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quote_label)

        self.quote_value = QLabel(self.quote_box)
        self.quote_value.setObjectName(u"quote_value")
        self.quote_value.setText(u"")
        self.quote_value.setWordWrap(True)
        self.quote_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quote_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quote_value)

        self.quote_answer_label = QLabel(self.quote_box)
        self.quote_answer_label.setObjectName(u"quote_answer_label")

        self.quote_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quote_answer_label)

        self.quote_answer_value = QLabel(self.quote_box)
        self.quote_answer_value.setObjectName(u"quote_answer_value")
        self.quote_answer_value.setText(u"")
        self.quote_answer_value.setWordWrap(True)
        self.quote_answer_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quote_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quote_answer_value)


        self.facts_layout.addWidget(self.quote_box)

        self.visit_box = QGroupBox(self.facts_widget)
        self.visit_box.setObjectName(u"visit_box")
        self.visit_form = QFormLayout(self.visit_box)
        self.visit_form.setObjectName(u"visit_form")
        self.visit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.required_label = QLabel(self.visit_box)
        self.required_label.setObjectName(u"required_label")

        self.visit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.required_label)

        self.required_value = QLabel(self.visit_box)
        self.required_value.setObjectName(u"required_value")
        self.required_value.setText(u"")
        self.required_value.setWordWrap(True)
        self.required_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.required_value)

        self.arrived_label = QLabel(self.visit_box)
        self.arrived_label.setObjectName(u"arrived_label")

        self.visit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_value = QLabel(self.visit_box)
        self.arrived_value.setObjectName(u"arrived_value")
        self.arrived_value.setText(u"")
        self.arrived_value.setWordWrap(True)
        self.arrived_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrived_value)

        self.departed_label = QLabel(self.visit_box)
        self.departed_label.setObjectName(u"departed_label")

        self.visit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departed_label)

        self.departed_value = QLabel(self.visit_box)
        self.departed_value.setObjectName(u"departed_value")
        self.departed_value.setText(u"")
        self.departed_value.setWordWrap(True)
        self.departed_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departed_value)

        self.called_label = QLabel(self.visit_box)
        self.called_label.setObjectName(u"called_label")

        self.visit_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.called_label)

        self.called_value = QLabel(self.visit_box)
        self.called_value.setObjectName(u"called_value")
        self.called_value.setText(u"")
        self.called_value.setWordWrap(True)
        self.called_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.called_value)

        self.late_label = QLabel(self.visit_box)
        self.late_label.setObjectName(u"late_label")

        self.visit_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.late_label)

        self.late_value = QLabel(self.visit_box)
        self.late_value.setObjectName(u"late_value")
        self.late_value.setText(u"")
        self.late_value.setWordWrap(True)
        self.late_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.late_value)


        self.facts_layout.addWidget(self.visit_box)

        self.report_box = QGroupBox(self.facts_widget)
        self.report_box.setObjectName(u"report_box")
        self.report_form = QFormLayout(self.report_box)
        self.report_form.setObjectName(u"report_form")
        self.report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.report_cause_label = QLabel(self.report_box)
        self.report_cause_label.setObjectName(u"report_cause_label")

        self.report_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.report_cause_label)

        self.report_cause_value = QLabel(self.report_box)
        self.report_cause_value.setObjectName(u"report_cause_value")
        self.report_cause_value.setTextFormat(Qt.TextFormat.PlainText)
        self.report_cause_value.setText(u"")
        self.report_cause_value.setWordWrap(True)
        self.report_cause_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report_cause_value)

        self.report_solution_label = QLabel(self.report_box)
        self.report_solution_label.setObjectName(u"report_solution_label")

        self.report_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.report_solution_label)

        self.report_solution_value = QLabel(self.report_box)
        self.report_solution_value.setObjectName(u"report_solution_value")
        self.report_solution_value.setTextFormat(Qt.TextFormat.PlainText)
        self.report_solution_value.setText(u"")
        self.report_solution_value.setWordWrap(True)
        self.report_solution_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.report_solution_value)

        self.report_parts_label = QLabel(self.report_box)
        self.report_parts_label.setObjectName(u"report_parts_label")

        self.report_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.report_parts_label)

        self.report_parts_value = QLabel(self.report_box)
        self.report_parts_value.setObjectName(u"report_parts_value")
        self.report_parts_value.setTextFormat(Qt.TextFormat.PlainText)
        self.report_parts_value.setText(u"")
        self.report_parts_value.setWordWrap(True)
        self.report_parts_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.report_parts_value)

        self.report_opinion_label = QLabel(self.report_box)
        self.report_opinion_label.setObjectName(u"report_opinion_label")

        self.report_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.report_opinion_label)

        self.report_opinion_value = QLabel(self.report_box)
        self.report_opinion_value.setObjectName(u"report_opinion_value")
        self.report_opinion_value.setTextFormat(Qt.TextFormat.PlainText)
        self.report_opinion_value.setText(u"")
        self.report_opinion_value.setWordWrap(True)
        self.report_opinion_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.report_opinion_value)

        self.report_missing_label = QLabel(self.report_box)
        self.report_missing_label.setObjectName(u"report_missing_label")

        self.report_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.report_missing_label)

        self.report_missing_value = QLabel(self.report_box)
        self.report_missing_value.setObjectName(u"report_missing_value")
        self.report_missing_value.setText(u"")
        self.report_missing_value.setWordWrap(True)
        self.report_missing_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.report_missing_value)

        self.survey_label = QLabel(self.report_box)
        self.survey_label.setObjectName(u"survey_label")

        self.report_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.survey_label)

        self.survey_value = QLabel(self.report_box)
        self.survey_value.setObjectName(u"survey_value")
        self.survey_value.setText(u"")
        self.survey_value.setWordWrap(True)
        self.survey_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.survey_value)


        self.facts_layout.addWidget(self.report_box)

        self.parts_box = QGroupBox(self.facts_widget)
        self.parts_box.setObjectName(u"parts_box")
        self.parts_layout = QVBoxLayout(self.parts_box)
        self.parts_layout.setObjectName(u"parts_layout")
        self.parts_table = QTableWidget(self.parts_box)
        self.parts_table.setObjectName(u"parts_table")
        self.parts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_table.setAlternatingRowColors(True)
        self.parts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_table.setWordWrap(False)
        self.parts_table.horizontalHeader().setStretchLastSection(True)
        self.parts_table.verticalHeader().setVisible(False)

        self.parts_layout.addWidget(self.parts_table)

        self.charges_label = QLabel(self.parts_box)
        self.charges_label.setObjectName(u"charges_label")
        self.charges_label.setText(u"")
        self.charges_label.setWordWrap(True)
        self.charges_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parts_layout.addWidget(self.charges_label)


        self.facts_layout.addWidget(self.parts_box)

        self.history_box = QGroupBox(self.facts_widget)
        self.history_box.setObjectName(u"history_box")
        self.history_layout = QVBoxLayout(self.history_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history_table = QTableWidget(self.history_box)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.history_table)


        self.facts_layout.addWidget(self.history_box)

        self.facts_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facts_layout.addItem(self.facts_spacer)

        self.facts_scroll.setWidget(self.facts_widget)

        self.detail_layout.addWidget(self.facts_scroll)

        self.pages.addWidget(self.detail_page)

        self.panel_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.technician_label.setBuddy(self.technician_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.technician_combo, self.dispatch_button)
        QWidget.setTabOrder(self.dispatch_button, self.start_diagnosis_button)
        QWidget.setTabOrder(self.start_diagnosis_button, self.diagnose_button)
        QWidget.setTabOrder(self.diagnose_button, self.quote_button)
        QWidget.setTabOrder(self.quote_button, self.exchange_button)
        QWidget.setTabOrder(self.exchange_button, self.accept_quote_button)
        QWidget.setTabOrder(self.accept_quote_button, self.refuse_quote_button)
        QWidget.setTabOrder(self.refuse_quote_button, self.parts_button)
        QWidget.setTabOrder(self.parts_button, self.issue_waiting_button)
        QWidget.setTabOrder(self.issue_waiting_button, self.repairing_button)
        QWidget.setTabOrder(self.repairing_button, self.repaired_button)
        QWidget.setTabOrder(self.repaired_button, self.ready_button)
        QWidget.setTabOrder(self.ready_button, self.shipped_button)
        QWidget.setTabOrder(self.shipped_button, self.visit_button)
        QWidget.setTabOrder(self.visit_button, self.report_button)
        QWidget.setTabOrder(self.report_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.print_report_button)
        QWidget.setTabOrder(self.print_report_button, self.print_survey_button)
        QWidget.setTabOrder(self.print_survey_button, self.opinion_button)
        QWidget.setTabOrder(self.opinion_button, self.print_slip_button)
        QWidget.setTabOrder(self.print_slip_button, self.print_unit_label_button)
        QWidget.setTabOrder(self.print_unit_label_button, self.parts_table)
        QWidget.setTabOrder(self.parts_table, self.history_table)

        self.retranslateUi(WorkOrderDetailPanel)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkOrderDetailPanel)
    # setupUi

    def retranslateUi(self, WorkOrderDetailPanel):
        self.empty_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Choose a work order in the list, or scan its number, to see it here.", None))
        self.actions_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Actions", None))
        self.technician_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Technician:", None))
#if QT_CONFIG(tooltip)
        self.technician_combo.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Who repairs it; the number is their open orders", None))
#endif // QT_CONFIG(tooltip)
        self.dispatch_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"&Dispatch", None))
#if QT_CONFIG(tooltip)
        self.dispatch_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Assign the order to the chosen technician (E1)", None))
#endif // QT_CONFIG(tooltip)
        self.start_diagnosis_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Start dia&gnosis", None))
#if QT_CONFIG(tooltip)
        self.start_diagnosis_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The technician takes the unit to the bench", None))
#endif // QT_CONFIG(tooltip)
        self.diagnose_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"D&iagnosis\u2026", None))
#if QT_CONFIG(tooltip)
        self.diagnose_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Fault category, cause and findings; the warranty is judged again (W11)", None))
#endif // QT_CONFIG(tooltip)
        self.quote_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"&Quote\u2026", None))
#if QT_CONFIG(tooltip)
        self.quote_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"A paid repair: labour, travel and parts at cost for the customer to decide (E11, W5)", None))
#endif // QT_CONFIG(tooltip)
        self.exchange_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"E&xchange\u2026", None))
#if QT_CONFIG(tooltip)
        self.exchange_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Record the replacement unit's serial number (W2, W3)", None))
#endif // QT_CONFIG(tooltip)
        self.accept_quote_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Customer &accepted", None))
#if QT_CONFIG(tooltip)
        self.accept_quote_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The customer accepts the quote: the repair goes on", None))
#endif // QT_CONFIG(tooltip)
        self.refuse_quote_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Customer refused", None))
#if QT_CONFIG(tooltip)
        self.refuse_quote_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The customer refuses the quote: the unit goes back unrepaired", None))
#endif // QT_CONFIG(tooltip)
        self.parts_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"&Parts\u2026", None))
#if QT_CONFIG(tooltip)
        self.parts_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Issue spare parts from stock; short parts put the order on awaiting parts", None))
#endif // QT_CONFIG(tooltip)
        self.issue_waiting_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Issue &waiting parts", None))
#if QT_CONFIG(tooltip)
        self.issue_waiting_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The parts have arrived: issue them and go on repairing", None))
#endif // QT_CONFIG(tooltip)
        self.repairing_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"&Repairing", None))
#if QT_CONFIG(tooltip)
        self.repairing_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Mark the order as being repaired", None))
#endif // QT_CONFIG(tooltip)
        self.repaired_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Repair&ed", None))
#if QT_CONFIG(tooltip)
        self.repaired_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Mark the repair as done", None))
#endif // QT_CONFIG(tooltip)
        self.ready_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Read&y for pickup", None))
#if QT_CONFIG(tooltip)
        self.ready_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The customer may collect the unit", None))
#endif // QT_CONFIG(tooltip)
        self.shipped_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Shipped back", None))
#if QT_CONFIG(tooltip)
        self.shipped_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The unit was sent back to the customer", None))
#endif // QT_CONFIG(tooltip)
        self.visit_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"&On-site visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.visit_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Arrival and departure times and the call to headquarters (S3, E23)", None))
#endif // QT_CONFIG(tooltip)
        self.report_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Fi&ll in service report\u2026", None))
#if QT_CONFIG(tooltip)
        self.report_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Fault cause, solution, replaced parts and the customer's opinion (E17)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Hand over and &close", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Close the order; needs a complete service report (E17)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Cancel order\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Cancel the order, with the reason (supervisor)", None))
#endif // QT_CONFIG(tooltip)
        self.print_report_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Pri&nt service report", None))
#if QT_CONFIG(tooltip)
        self.print_report_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Preview and print the service report", None))
#endif // QT_CONFIG(tooltip)
        self.print_survey_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Print s&urvey form", None))
#if QT_CONFIG(tooltip)
        self.print_survey_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Preview and print the satisfaction survey form (E17)", None))
#endif // QT_CONFIG(tooltip)
        self.opinion_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Custo&mer's opinion\u2026", None))
#if QT_CONFIG(tooltip)
        self.opinion_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"Write down what the customer says about the service at pickup (E17)", None))
#endif // QT_CONFIG(tooltip)
        self.print_slip_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Print pic&kup slip", None))
#if QT_CONFIG(tooltip)
        self.print_slip_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The slip the customer signs when collecting the unit", None))
#endif // QT_CONFIG(tooltip)
        self.print_unit_label_button.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Print unit la&bel", None))
#if QT_CONFIG(tooltip)
        self.print_unit_label_button.setToolTip(QCoreApplication.translate("WorkOrderDetailPanel", u"The label to stick on the unit on the shelf", None))
#endif // QT_CONFIG(tooltip)
        self.order_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Order", None))
        self.kind_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Kind:", None))
        self.created_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Created:", None))
        self.claim_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Claim:", None))
        self.assigned_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Technician:", None))
        self.customer_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Customer", None))
        self.customer_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Name:", None))
        self.phone_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Phone:", None))
        self.address_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Address:", None))
        self.product_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Product", None))
        self.product_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Model:", None))
        self.serial_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Serial no.:", None))
        self.sale_date_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Sale date:", None))
        self.replacement_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Replacement unit:", None))
        self.decision_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Warranty", None))
        self.fault_reported_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Fault reported:", None))
        self.intake_decision_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"At intake:", None))
        self.final_decision_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"After diagnosis:", None))
        self.cost_bearer_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Cost borne by:", None))
        self.reasons_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Reasons:", None))
        self.diagnosis_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Diagnosis", None))
        self.fault_category_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Fault category:", None))
        self.cause_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Cause:", None))
        self.diagnosis_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Findings:", None))
        self.repeat_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Repeat repair (E16):", None))
        self.quote_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Quote", None))
        self.quote_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Quote:", None))
        self.quote_answer_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Customer's answer:", None))
        self.visit_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"On-site visit", None))
        self.required_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Required arrival:", None))
        self.arrived_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Arrived:", None))
        self.departed_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Departed:", None))
        self.called_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Called headquarters:", None))
        self.late_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Late (S3):", None))
        self.report_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Service report", None))
        self.report_cause_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Fault cause:", None))
        self.report_solution_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Solution:", None))
        self.report_parts_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Replaced parts:", None))
        self.report_opinion_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Customer's opinion:", None))
        self.report_missing_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Missing for closing:", None))
        self.survey_label.setText(QCoreApplication.translate("WorkOrderDetailPanel", u"Satisfaction survey:", None))
        self.parts_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"Parts", None))
        self.history_box.setTitle(QCoreApplication.translate("WorkOrderDetailPanel", u"History", None))
        pass
    # retranslateUi

