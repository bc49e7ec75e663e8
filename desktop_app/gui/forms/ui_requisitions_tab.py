# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisitions_tab.ui'
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

from desktop_app.gui.requisitions.detail_panel import RequisitionDetailPanel

class Ui_RequisitionsTab(object):
    def setupUi(self, RequisitionsTab):
        if not RequisitionsTab.objectName():
            RequisitionsTab.setObjectName(u"RequisitionsTab")
        RequisitionsTab.resize(900, 600)
        self.tab_layout = QVBoxLayout(RequisitionsTab)
        self.tab_layout.setSpacing(6)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(8, 8, 8, 8)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(RequisitionsTab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(RequisitionsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.count_label = QLabel(RequisitionsTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.new_button = QPushButton(RequisitionsTab)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.search_row.addWidget(self.new_button)

        self.returns_button = QPushButton(RequisitionsTab)
        self.returns_button.setObjectName(u"returns_button")
        self.returns_button.setAutoDefault(False)

        self.search_row.addWidget(self.returns_button)

        self.stock_button = QPushButton(RequisitionsTab)
        self.stock_button.setObjectName(u"stock_button")
        self.stock_button.setAutoDefault(False)

        self.search_row.addWidget(self.stock_button)

        self.catalogue_button = QPushButton(RequisitionsTab)
        self.catalogue_button.setObjectName(u"catalogue_button")
        self.catalogue_button.setAutoDefault(False)

        self.search_row.addWidget(self.catalogue_button)

        self.fund_button = QPushButton(RequisitionsTab)
        self.fund_button.setObjectName(u"fund_button")
        self.fund_button.setAutoDefault(False)

        self.search_row.addWidget(self.fund_button)


        self.tab_layout.addLayout(self.search_row)

        self.splitter = QSplitter(RequisitionsTab)
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
        self.empty_label.setStyleSheet(u"color: #555555; font-size: 13pt;")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)

        self.empty_page_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)
        self.splitter.addWidget(self.pages)
        self.detail_panel = RequisitionDetailPanel(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.splitter.addWidget(self.detail_panel)

        self.tab_layout.addWidget(self.splitter)

        self.tab_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.returns_button)
        QWidget.setTabOrder(self.returns_button, self.stock_button)
        QWidget.setTabOrder(self.stock_button, self.catalogue_button)
        QWidget.setTabOrder(self.catalogue_button, self.fund_button)
        QWidget.setTabOrder(self.fund_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.detail_panel)

        self.retranslateUi(RequisitionsTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequisitionsTab)
    # setupUi

    def retranslateUi(self, RequisitionsTab):
        self.search_label.setText(QCoreApplication.translate("RequisitionsTab", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RequisitionsTab", u"Requisition no.", None))
        self.new_button.setText(QCoreApplication.translate("RequisitionsTab", u"&New requisition\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("RequisitionsTab", u"Start this month's parts requisition from the suggestion (D8)", None))
#endif // QT_CONFIG(tooltip)
        self.returns_button.setText(QCoreApplication.translate("RequisitionsTab", u"&Returns to the manufacturer\u2026", None))
#if QT_CONFIG(tooltip)
        self.returns_button.setToolTip(QCoreApplication.translate("RequisitionsTab", u"Return applications: apply, approval, packing, the manufacturer's count (D11\u2013D16)", None))
#endif // QT_CONFIG(tooltip)
        self.stock_button.setText(QCoreApplication.translate("RequisitionsTab", u"St&ock\u2026", None))
        self.catalogue_button.setText(QCoreApplication.translate("RequisitionsTab", u"Parts cata&logue\u2026", None))
        self.fund_button.setText(QCoreApplication.translate("RequisitionsTab", u"Service f&und\u2026", None))
        pass
    # retranslateUi

