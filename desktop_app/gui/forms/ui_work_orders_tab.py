# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_orders_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from desktop_app.gui.work_orders.detail_panel import WorkOrderDetailPanel

class Ui_WorkOrdersTab(object):
    def setupUi(self, WorkOrdersTab):
        if not WorkOrdersTab.objectName():
            WorkOrdersTab.setObjectName(u"WorkOrdersTab")
        WorkOrdersTab.resize(1200, 700)
        self.tab_layout = QVBoxLayout(WorkOrdersTab)
        self.tab_layout.setSpacing(6)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(8, 8, 8, 8)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(WorkOrdersTab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(WorkOrdersTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(360, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.count_label = QLabel(WorkOrdersTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)


        self.tab_layout.addLayout(self.search_row)

        self.queue_row = QHBoxLayout()
        self.queue_row.setObjectName(u"queue_row")
        self.queue_label = QLabel(WorkOrdersTab)
        self.queue_label.setObjectName(u"queue_label")

        self.queue_row.addWidget(self.queue_label)

        self.all_button = QPushButton(WorkOrdersTab)
        self.all_button.setObjectName(u"all_button")
        self.all_button.setText(u"")
        self.all_button.setCheckable(True)
        self.all_button.setAutoDefault(False)

        self.queue_row.addWidget(self.all_button)

        self.mine_button = QPushButton(WorkOrdersTab)
        self.mine_button.setObjectName(u"mine_button")
        self.mine_button.setText(u"")
        self.mine_button.setCheckable(True)
        self.mine_button.setAutoDefault(False)

        self.queue_row.addWidget(self.mine_button)

        self.to_dispatch_button = QPushButton(WorkOrdersTab)
        self.to_dispatch_button.setObjectName(u"to_dispatch_button")
        self.to_dispatch_button.setText(u"")
        self.to_dispatch_button.setCheckable(True)
        self.to_dispatch_button.setAutoDefault(False)

        self.queue_row.addWidget(self.to_dispatch_button)

        self.awaiting_parts_button = QPushButton(WorkOrdersTab)
        self.awaiting_parts_button.setObjectName(u"awaiting_parts_button")
        self.awaiting_parts_button.setText(u"")
        self.awaiting_parts_button.setCheckable(True)
        self.awaiting_parts_button.setAutoDefault(False)

        self.queue_row.addWidget(self.awaiting_parts_button)

        self.ready_button = QPushButton(WorkOrdersTab)
        self.ready_button.setObjectName(u"ready_button")
        self.ready_button.setText(u"")
        self.ready_button.setCheckable(True)
        self.ready_button.setAutoDefault(False)

        self.queue_row.addWidget(self.ready_button)

        self.overdue_button = QPushButton(WorkOrdersTab)
        self.overdue_button.setObjectName(u"overdue_button")
        self.overdue_button.setText(u"")
        self.overdue_button.setCheckable(True)
        self.overdue_button.setAutoDefault(False)

        self.queue_row.addWidget(self.overdue_button)

        self.queue_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queue_row.addItem(self.queue_spacer)


        self.tab_layout.addLayout(self.queue_row)

        self.splitter = QSplitter(WorkOrdersTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_page_layout = QVBoxLayout(self.table_page)
        self.table_page_layout.setObjectName(u"table_page_layout")
        self.table_page_layout.setContentsMargins(0, 0, 0, 0)
        self.table_view = QTableView(self.table_page)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(False)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.table_page_layout.addWidget(self.table_view)

        self.pages.addWidget(self.table_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_page_layout = QVBoxLayout(self.empty_page)
        self.empty_page_layout.setObjectName(u"empty_page_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: #555555; font-size: 13pt;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)

        self.empty_page_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)
        self.splitter.addWidget(self.pages)
        self.detail_panel = WorkOrderDetailPanel(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.splitter.addWidget(self.detail_panel)

        self.tab_layout.addWidget(self.splitter)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.all_button)
        QWidget.setTabOrder(self.all_button, self.mine_button)
        QWidget.setTabOrder(self.mine_button, self.to_dispatch_button)
        QWidget.setTabOrder(self.to_dispatch_button, self.awaiting_parts_button)
        QWidget.setTabOrder(self.awaiting_parts_button, self.ready_button)
        QWidget.setTabOrder(self.ready_button, self.overdue_button)
        QWidget.setTabOrder(self.overdue_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.detail_panel)

        self.retranslateUi(WorkOrdersTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkOrdersTab)
    # setupUi

    def retranslateUi(self, WorkOrdersTab):
        self.search_label.setText(QCoreApplication.translate("WorkOrdersTab", u"&Search:", None))
#if QT_CONFIG(tooltip)
        self.search_edit.setToolTip(QCoreApplication.translate("WorkOrdersTab", u"Type to filter the list; scan a work order, claim receipt or serial label and its order opens.", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("WorkOrdersTab", u"Work order no., claim no., customer or serial number", None))
        self.queue_label.setText(QCoreApplication.translate("WorkOrdersTab", u"Queue:", None))
        pass
    # retranslateUi

