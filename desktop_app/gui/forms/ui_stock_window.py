# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StockWindow(object):
    def setupUi(self, StockWindow):
        if not StockWindow.objectName():
            StockWindow.setObjectName(u"StockWindow")
        StockWindow.resize(1100, 720)
        self.window_layout = QVBoxLayout(StockWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(StockWindow)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(StockWindow)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(320, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.low_only_check = QCheckBox(StockWindow)
        self.low_only_check.setObjectName(u"low_only_check")

        self.search_row.addWidget(self.low_only_check)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.count_label = QLabel(StockWindow)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)

        self.reload_button = QPushButton(StockWindow)
        self.reload_button.setObjectName(u"reload_button")
        self.reload_button.setAutoDefault(False)

        self.search_row.addWidget(self.reload_button)


        self.window_layout.addLayout(self.search_row)

        self.tabs = QTabWidget(StockWindow)
        self.tabs.setObjectName(u"tabs")
        self.parts_page = QWidget()
        self.parts_page.setObjectName(u"parts_page")
        self.parts_page_layout = QVBoxLayout(self.parts_page)
        self.parts_page_layout.setObjectName(u"parts_page_layout")
        self.parts_splitter = QSplitter(self.parts_page)
        self.parts_splitter.setObjectName(u"parts_splitter")
        self.parts_splitter.setOrientation(Qt.Orientation.Vertical)
        self.parts_splitter.setChildrenCollapsible(False)
        self.parts_view = QTableView(self.parts_splitter)
        self.parts_view.setObjectName(u"parts_view")
        self.parts_view.setAlternatingRowColors(True)
        self.parts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_view.setWordWrap(False)
        self.parts_splitter.addWidget(self.parts_view)
        self.ledger_box = QWidget(self.parts_splitter)
        self.ledger_box.setObjectName(u"ledger_box")
        self.ledger_layout = QVBoxLayout(self.ledger_box)
        self.ledger_layout.setObjectName(u"ledger_layout")
        self.ledger_layout.setContentsMargins(0, 0, 0, 0)
        self.ledger_title_label = QLabel(self.ledger_box)
        self.ledger_title_label.setObjectName(u"ledger_title_label")
        self.ledger_title_label.setText(u"")
        self.ledger_title_label.setStyleSheet(u"font-weight: bold;")
        self.ledger_title_label.setWordWrap(True)

        self.ledger_layout.addWidget(self.ledger_title_label)

        self.ledger_table = QTableWidget(self.ledger_box)
        self.ledger_table.setObjectName(u"ledger_table")
        self.ledger_table.setAlternatingRowColors(True)
        self.ledger_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger_table.setWordWrap(False)
        self.ledger_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledger_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.ledger_layout.addWidget(self.ledger_table)

        self.parts_splitter.addWidget(self.ledger_box)

        self.parts_page_layout.addWidget(self.parts_splitter)

        self.tabs.addTab(self.parts_page, "")
        self.tools_page = QWidget()
        self.tools_page.setObjectName(u"tools_page")
        self.tools_page_layout = QVBoxLayout(self.tools_page)
        self.tools_page_layout.setObjectName(u"tools_page_layout")
        self.tools_intro_label = QLabel(self.tools_page)
        self.tools_intro_label.setObjectName(u"tools_intro_label")
        self.tools_intro_label.setWordWrap(True)

        self.tools_page_layout.addWidget(self.tools_intro_label)

        self.tools_table = QTableWidget(self.tools_page)
        self.tools_table.setObjectName(u"tools_table")
        self.tools_table.setAlternatingRowColors(True)
        self.tools_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tools_table.setWordWrap(False)
        self.tools_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tools_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tools_page_layout.addWidget(self.tools_table)

        self.tabs.addTab(self.tools_page, "")

        self.window_layout.addWidget(self.tabs)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.adjust_button = QPushButton(StockWindow)
        self.adjust_button.setObjectName(u"adjust_button")
        self.adjust_button.setAutoDefault(False)

        self.action_row.addWidget(self.adjust_button)

        self.return_button = QPushButton(StockWindow)
        self.return_button.setObjectName(u"return_button")
        self.return_button.setAutoDefault(False)

        self.action_row.addWidget(self.return_button)

        self.tool_button = QPushButton(StockWindow)
        self.tool_button.setObjectName(u"tool_button")
        self.tool_button.setAutoDefault(False)

        self.action_row.addWidget(self.tool_button)

        self.action_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.check_button = QPushButton(StockWindow)
        self.check_button.setObjectName(u"check_button")
        self.check_button.setAutoDefault(False)

        self.action_row.addWidget(self.check_button)


        self.window_layout.addLayout(self.action_row)

        self.message_label = QLabel(StockWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.window_layout.addWidget(self.message_label)

        self.window_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.low_only_check)
        QWidget.setTabOrder(self.low_only_check, self.reload_button)
        QWidget.setTabOrder(self.reload_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.parts_view)
        QWidget.setTabOrder(self.parts_view, self.ledger_table)
        QWidget.setTabOrder(self.ledger_table, self.tools_table)
        QWidget.setTabOrder(self.tools_table, self.adjust_button)
        QWidget.setTabOrder(self.adjust_button, self.return_button)
        QWidget.setTabOrder(self.return_button, self.tool_button)
        QWidget.setTabOrder(self.tool_button, self.check_button)

        self.retranslateUi(StockWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StockWindow)
    # setupUi

    def retranslateUi(self, StockWindow):
        StockWindow.setWindowTitle(QCoreApplication.translate("StockWindow", u"Stock", None))
        self.search_label.setText(QCoreApplication.translate("StockWindow", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("StockWindow", u"Part no., name, category or product model", None))
        self.low_only_check.setText(QCoreApplication.translate("StockWindow", u"&Low stock only", None))
#if QT_CONFIG(tooltip)
        self.low_only_check.setToolTip(QCoreApplication.translate("StockWindow", u"Only active parts below their reorder level (they go on the next requisition, D8).", None))
#endif // QT_CONFIG(tooltip)
        self.reload_button.setText(QCoreApplication.translate("StockWindow", u"R&eload", None))
        self.tabs.setTabText(self.tabs.indexOf(self.parts_page), QCoreApplication.translate("StockWindow", u"Page", None))
        self.tools_intro_label.setText(QCoreApplication.translate("StockWindow", u"Tools bought on the road are checked in here, or they are not reimbursed (E9).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tools_page), QCoreApplication.translate("StockWindow", u"Page", None))
        self.adjust_button.setText(QCoreApplication.translate("StockWindow", u"Stock-take &adjustment\u2026", None))
        self.return_button.setText(QCoreApplication.translate("StockWindow", u"&Return to stock\u2026", None))
        self.tool_button.setText(QCoreApplication.translate("StockWindow", u"Check in a &tool (E9)\u2026", None))
        self.check_button.setText(QCoreApplication.translate("StockWindow", u"&Check ledger", None))
#if QT_CONFIG(tooltip)
        self.check_button.setToolTip(QCoreApplication.translate("StockWindow", u"Proves the ledger: every on hand is the sum of its movements and never went below zero.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

