# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisition_detail_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RequisitionDetailPanel(object):
    def setupUi(self, RequisitionDetailPanel):
        if not RequisitionDetailPanel.objectName():
            RequisitionDetailPanel.setObjectName(u"RequisitionDetailPanel")
        RequisitionDetailPanel.resize(640, 600)
        self.panel_layout = QVBoxLayout(RequisitionDetailPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(4, 0, 0, 0)
        self.title_label = QLabel(RequisitionDetailPanel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.title_label)

        self.message_label = QLabel(RequisitionDetailPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.message_label)

        self.pages = QStackedWidget(RequisitionDetailPanel)
        self.pages.setObjectName(u"pages")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.hint_label = QLabel(self.empty_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet(u"color: #555555;")
        self.hint_label.setMargin(24)

        self.empty_layout.addWidget(self.hint_label)

        self.pages.addWidget(self.empty_page)
        self.detail_page = QWidget()
        self.detail_page.setObjectName(u"detail_page")
        self.detail_layout = QVBoxLayout(self.detail_page)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_box = QGroupBox(self.detail_page)
        self.facts_box.setObjectName(u"facts_box")
        self.facts_layout = QGridLayout(self.facts_box)
        self.facts_layout.setObjectName(u"facts_layout")
        self.month_label = QLabel(self.facts_box)
        self.month_label.setObjectName(u"month_label")

        self.facts_layout.addWidget(self.month_label, 0, 0, 1, 1)

        self.month_value = QLabel(self.facts_box)
        self.month_value.setObjectName(u"month_value")
        self.month_value.setText(u"")
        self.month_value.setWordWrap(True)
        self.month_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.month_value, 0, 1, 1, 1)

        self.status_label = QLabel(self.facts_box)
        self.status_label.setObjectName(u"status_label")

        self.facts_layout.addWidget(self.status_label, 0, 2, 1, 1)

        self.status_value = QLabel(self.facts_box)
        self.status_value.setObjectName(u"status_value")
        self.status_value.setText(u"")
        self.status_value.setWordWrap(True)
        self.status_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.status_value, 0, 3, 1, 1)

        self.shipping_label = QLabel(self.facts_box)
        self.shipping_label.setObjectName(u"shipping_label")

        self.facts_layout.addWidget(self.shipping_label, 1, 0, 1, 1)

        self.shipping_value = QLabel(self.facts_box)
        self.shipping_value.setObjectName(u"shipping_value")
        self.shipping_value.setText(u"")
        self.shipping_value.setWordWrap(True)
        self.shipping_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.shipping_value, 1, 1, 1, 1)

        self.urgent_cost_label = QLabel(self.facts_box)
        self.urgent_cost_label.setObjectName(u"urgent_cost_label")

        self.facts_layout.addWidget(self.urgent_cost_label, 1, 2, 1, 1)

        self.urgent_cost_value = QLabel(self.facts_box)
        self.urgent_cost_value.setObjectName(u"urgent_cost_value")
        self.urgent_cost_value.setText(u"")
        self.urgent_cost_value.setWordWrap(True)
        self.urgent_cost_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.urgent_cost_value, 1, 3, 1, 1)

        self.created_by_label = QLabel(self.facts_box)
        self.created_by_label.setObjectName(u"created_by_label")

        self.facts_layout.addWidget(self.created_by_label, 2, 0, 1, 1)

        self.created_by_value = QLabel(self.facts_box)
        self.created_by_value.setObjectName(u"created_by_value")
        self.created_by_value.setTextFormat(Qt.TextFormat.PlainText)
        self.created_by_value.setText(u"")
        self.created_by_value.setWordWrap(True)
        self.created_by_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.created_by_value, 2, 1, 1, 1)

        self.approved_by_label = QLabel(self.facts_box)
        self.approved_by_label.setObjectName(u"approved_by_label")

        self.facts_layout.addWidget(self.approved_by_label, 2, 2, 1, 1)

        self.approved_by_value = QLabel(self.facts_box)
        self.approved_by_value.setObjectName(u"approved_by_value")
        self.approved_by_value.setTextFormat(Qt.TextFormat.PlainText)
        self.approved_by_value.setText(u"")
        self.approved_by_value.setWordWrap(True)
        self.approved_by_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.approved_by_value, 2, 3, 1, 1)

        self.submitted_label = QLabel(self.facts_box)
        self.submitted_label.setObjectName(u"submitted_label")

        self.facts_layout.addWidget(self.submitted_label, 3, 0, 1, 1)

        self.submitted_value = QLabel(self.facts_box)
        self.submitted_value.setObjectName(u"submitted_value")
        self.submitted_value.setText(u"")
        self.submitted_value.setWordWrap(True)
        self.submitted_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.submitted_value, 3, 1, 1, 1)

        self.received_label = QLabel(self.facts_box)
        self.received_label.setObjectName(u"received_label")

        self.facts_layout.addWidget(self.received_label, 3, 2, 1, 1)

        self.received_value = QLabel(self.facts_box)
        self.received_value.setObjectName(u"received_value")
        self.received_value.setText(u"")
        self.received_value.setWordWrap(True)
        self.received_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.received_value, 3, 3, 1, 1)

        self.note_label = QLabel(self.facts_box)
        self.note_label.setObjectName(u"note_label")

        self.facts_layout.addWidget(self.note_label, 4, 0, 1, 1)

        self.note_value = QLabel(self.facts_box)
        self.note_value.setObjectName(u"note_value")
        self.note_value.setTextFormat(Qt.TextFormat.PlainText)
        self.note_value.setText(u"")
        self.note_value.setWordWrap(True)
        self.note_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.note_value, 4, 1, 1, 3)


        self.detail_layout.addWidget(self.facts_box)

        self.quota_box = QGroupBox(self.detail_page)
        self.quota_box.setObjectName(u"quota_box")
        self.quota_layout = QGridLayout(self.quota_box)
        self.quota_layout.setObjectName(u"quota_layout")
        self.quarter_label = QLabel(self.quota_box)
        self.quarter_label.setObjectName(u"quarter_label")

        self.quota_layout.addWidget(self.quarter_label, 0, 0, 1, 1)

        self.quarter_value = QLabel(self.quota_box)
        self.quarter_value.setObjectName(u"quarter_value")
        self.quarter_value.setText(u"")
        self.quarter_value.setWordWrap(True)
        self.quarter_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quota_layout.addWidget(self.quarter_value, 0, 1, 1, 1)

        self.quota_label = QLabel(self.quota_box)
        self.quota_label.setObjectName(u"quota_label")

        self.quota_layout.addWidget(self.quota_label, 0, 2, 1, 1)

        self.quota_value = QLabel(self.quota_box)
        self.quota_value.setObjectName(u"quota_value")
        self.quota_value.setText(u"")
        self.quota_value.setWordWrap(True)
        self.quota_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quota_layout.addWidget(self.quota_value, 0, 3, 1, 1)

        self.used_label = QLabel(self.quota_box)
        self.used_label.setObjectName(u"used_label")

        self.quota_layout.addWidget(self.used_label, 1, 0, 1, 1)

        self.used_value = QLabel(self.quota_box)
        self.used_value.setObjectName(u"used_value")
        self.used_value.setText(u"")
        self.used_value.setWordWrap(True)
        self.used_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quota_layout.addWidget(self.used_value, 1, 1, 1, 1)

        self.this_label = QLabel(self.quota_box)
        self.this_label.setObjectName(u"this_label")

        self.quota_layout.addWidget(self.this_label, 1, 2, 1, 1)

        self.this_value = QLabel(self.quota_box)
        self.this_value.setObjectName(u"this_value")
        self.this_value.setText(u"")
        self.this_value.setWordWrap(True)
        self.this_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quota_layout.addWidget(self.this_value, 1, 3, 1, 1)

        self.excess_label = QLabel(self.quota_box)
        self.excess_label.setObjectName(u"excess_label")

        self.quota_layout.addWidget(self.excess_label, 2, 0, 1, 1)

        self.excess_value = QLabel(self.quota_box)
        self.excess_value.setObjectName(u"excess_value")
        self.excess_value.setText(u"")
        self.excess_value.setWordWrap(True)
        self.excess_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quota_layout.addWidget(self.excess_value, 2, 1, 1, 1)

        self.quota_note_label = QLabel(self.quota_box)
        self.quota_note_label.setObjectName(u"quota_note_label")
        self.quota_note_label.setText(u"")
        self.quota_note_label.setWordWrap(True)

        self.quota_layout.addWidget(self.quota_note_label, 3, 0, 1, 4)


        self.detail_layout.addWidget(self.quota_box)

        self.lines_box = QGroupBox(self.detail_page)
        self.lines_box.setObjectName(u"lines_box")
        self.lines_layout = QVBoxLayout(self.lines_box)
        self.lines_layout.setObjectName(u"lines_layout")
        self.lines_table = QTableWidget(self.lines_box)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().setVisible(False)

        self.lines_layout.addWidget(self.lines_table)

        self.total_label = QLabel(self.lines_box)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.lines_layout.addWidget(self.total_label)


        self.detail_layout.addWidget(self.lines_box)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.submit_button = QPushButton(self.detail_page)
        self.submit_button.setObjectName(u"submit_button")
        self.submit_button.setAutoDefault(False)

        self.action_row.addWidget(self.submit_button)

        self.approve_button = QPushButton(self.detail_page)
        self.approve_button.setObjectName(u"approve_button")
        self.approve_button.setAutoDefault(False)

        self.action_row.addWidget(self.approve_button)

        self.ship_button = QPushButton(self.detail_page)
        self.ship_button.setObjectName(u"ship_button")
        self.ship_button.setAutoDefault(False)

        self.action_row.addWidget(self.ship_button)

        self.receive_button = QPushButton(self.detail_page)
        self.receive_button.setObjectName(u"receive_button")
        self.receive_button.setAutoDefault(False)

        self.action_row.addWidget(self.receive_button)

        self.cancel_button = QPushButton(self.detail_page)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.action_row.addWidget(self.cancel_button)

        self.close_short_button = QPushButton(self.detail_page)
        self.close_short_button.setObjectName(u"close_short_button")
        self.close_short_button.setAutoDefault(False)

        self.action_row.addWidget(self.close_short_button)

        self.action_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)


        self.detail_layout.addLayout(self.action_row)

        self.document_row = QHBoxLayout()
        self.document_row.setObjectName(u"document_row")
        self.print_button = QPushButton(self.detail_page)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.document_row.addWidget(self.print_button)

        self.export_button = QPushButton(self.detail_page)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.document_row.addWidget(self.export_button)

        self.document_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.document_row.addItem(self.document_spacer)


        self.detail_layout.addLayout(self.document_row)

        self.detail_layout.setStretch(2, 1)
        self.pages.addWidget(self.detail_page)

        self.panel_layout.addWidget(self.pages)

        self.panel_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.lines_table, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.ship_button)
        QWidget.setTabOrder(self.ship_button, self.receive_button)
        QWidget.setTabOrder(self.receive_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.close_short_button)
        QWidget.setTabOrder(self.close_short_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.export_button)

        self.retranslateUi(RequisitionDetailPanel)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequisitionDetailPanel)
    # setupUi

    def retranslateUi(self, RequisitionDetailPanel):
        self.hint_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Choose a requisition in the list to see its lines, the quota check and what can be done next.", None))
        self.facts_box.setTitle(QCoreApplication.translate("RequisitionDetailPanel", u"Requisition", None))
        self.month_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Month:", None))
        self.status_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"State:", None))
        self.shipping_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Shipping:", None))
        self.urgent_cost_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Urgent cost to the centre (D8):", None))
        self.created_by_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Prepared by:", None))
        self.approved_by_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Over quota approved by:", None))
        self.submitted_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Submitted:", None))
        self.received_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Received:", None))
        self.note_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Note:", None))
        self.quota_box.setTitle(QCoreApplication.translate("RequisitionDetailPanel", u"Quota check (D6)", None))
        self.quarter_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Quarter:", None))
        self.quota_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Quota (fund share of remittances):", None))
        self.used_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Used by earlier requisitions:", None))
        self.this_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"This requisition:", None))
        self.excess_label.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Excess over the quota:", None))
        self.lines_box.setTitle(QCoreApplication.translate("RequisitionDetailPanel", u"Lines", None))
        self.submit_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"Su&bmit\u2026", None))
        self.approve_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"&Approve over quota", None))
        self.ship_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"&Mark shipped", None))
        self.receive_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"R&eceive\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"&Cancel requisition\u2026", None))
        self.close_short_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"En&d the rest\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_short_button.setToolTip(QCoreApplication.translate("RequisitionDetailPanel", u"The manufacturer will not send the rest: end the requisition with what arrived; only that counts toward the quota (D6)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"&Print / preview\u2026", None))
        self.export_button.setText(QCoreApplication.translate("RequisitionDetailPanel", u"E&xport XLSX\u2026", None))
        pass
    # retranslateUi

