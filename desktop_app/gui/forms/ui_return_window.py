# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_window.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReturnsWindow(object):
    def setupUi(self, ReturnsWindow):
        if not ReturnsWindow.objectName():
            ReturnsWindow.setObjectName(u"ReturnsWindow")
        ReturnsWindow.resize(1100, 640)
        self.window_layout = QVBoxLayout(ReturnsWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(ReturnsWindow)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(ReturnsWindow)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(260, 0))

        self.search_row.addWidget(self.search_edit)

        self.count_label = QLabel(ReturnsWindow)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.search_row.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.new_button = QPushButton(ReturnsWindow)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.search_row.addWidget(self.new_button)


        self.window_layout.addLayout(self.search_row)

        self.splitter = QSplitter(ReturnsWindow)
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
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setText(u"")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(u"color: #555555; font-size: 13pt;")
        self.empty_label.setMargin(24)

        self.empty_page_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)
        self.splitter.addWidget(self.pages)
        self.detail_widget = QWidget(self.splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_widget_layout = QVBoxLayout(self.detail_widget)
        self.detail_widget_layout.setObjectName(u"detail_widget_layout")
        self.detail_widget_layout.setContentsMargins(4, 0, 0, 0)
        self.title_label = QLabel(self.detail_widget)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_widget_layout.addWidget(self.title_label)

        self.message_label = QLabel(self.detail_widget)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_widget_layout.addWidget(self.message_label)

        self.detail_pages = QStackedWidget(self.detail_widget)
        self.detail_pages.setObjectName(u"detail_pages")
        self.hint_page = QWidget()
        self.hint_page.setObjectName(u"hint_page")
        self.hint_layout = QVBoxLayout(self.hint_page)
        self.hint_layout.setObjectName(u"hint_layout")
        self.hint_label = QLabel(self.hint_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.hint_layout.addWidget(self.hint_label)

        self.detail_pages.addWidget(self.hint_page)
        self.detail_page = QWidget()
        self.detail_page.setObjectName(u"detail_page")
        self.detail_layout = QVBoxLayout(self.detail_page)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_box = QGroupBox(self.detail_page)
        self.facts_box.setObjectName(u"facts_box")
        self.facts_layout = QGridLayout(self.facts_box)
        self.facts_layout.setObjectName(u"facts_layout")
        self.status_label = QLabel(self.facts_box)
        self.status_label.setObjectName(u"status_label")

        self.facts_layout.addWidget(self.status_label, 0, 0, 1, 1)

        self.status_value = QLabel(self.facts_box)
        self.status_value.setObjectName(u"status_value")
        self.status_value.setText(u"")
        self.status_value.setWordWrap(True)
        self.status_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.status_value, 0, 1, 1, 1)

        self.created_by_label = QLabel(self.facts_box)
        self.created_by_label.setObjectName(u"created_by_label")

        self.facts_layout.addWidget(self.created_by_label, 0, 2, 1, 1)

        self.created_by_value = QLabel(self.facts_box)
        self.created_by_value.setObjectName(u"created_by_value")
        self.created_by_value.setTextFormat(Qt.TextFormat.PlainText)
        self.created_by_value.setText(u"")
        self.created_by_value.setWordWrap(True)
        self.created_by_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.created_by_value, 0, 3, 1, 1)

        self.applied_label = QLabel(self.facts_box)
        self.applied_label.setObjectName(u"applied_label")

        self.facts_layout.addWidget(self.applied_label, 1, 0, 1, 1)

        self.applied_value = QLabel(self.facts_box)
        self.applied_value.setObjectName(u"applied_value")
        self.applied_value.setText(u"")
        self.applied_value.setWordWrap(True)
        self.applied_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.applied_value, 1, 1, 1, 1)

        self.approved_label = QLabel(self.facts_box)
        self.approved_label.setObjectName(u"approved_label")

        self.facts_layout.addWidget(self.approved_label, 1, 2, 1, 1)

        self.approved_value = QLabel(self.facts_box)
        self.approved_value.setObjectName(u"approved_value")
        self.approved_value.setText(u"")
        self.approved_value.setWordWrap(True)
        self.approved_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.approved_value, 1, 3, 1, 1)

        self.reference_label = QLabel(self.facts_box)
        self.reference_label.setObjectName(u"reference_label")

        self.facts_layout.addWidget(self.reference_label, 2, 0, 1, 1)

        self.reference_value = QLabel(self.facts_box)
        self.reference_value.setObjectName(u"reference_value")
        self.reference_value.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_value.setText(u"")
        self.reference_value.setWordWrap(True)
        self.reference_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.reference_value, 2, 1, 1, 1)

        self.shipped_label = QLabel(self.facts_box)
        self.shipped_label.setObjectName(u"shipped_label")

        self.facts_layout.addWidget(self.shipped_label, 2, 2, 1, 1)

        self.shipped_value = QLabel(self.facts_box)
        self.shipped_value.setObjectName(u"shipped_value")
        self.shipped_value.setText(u"")
        self.shipped_value.setWordWrap(True)
        self.shipped_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.shipped_value, 2, 3, 1, 1)

        self.freight_label = QLabel(self.facts_box)
        self.freight_label.setObjectName(u"freight_label")

        self.facts_layout.addWidget(self.freight_label, 3, 0, 1, 1)

        self.freight_value = QLabel(self.facts_box)
        self.freight_value.setObjectName(u"freight_value")
        self.freight_value.setText(u"")
        self.freight_value.setWordWrap(True)
        self.freight_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.freight_value, 3, 1, 1, 1)

        self.acknowledged_label = QLabel(self.facts_box)
        self.acknowledged_label.setObjectName(u"acknowledged_label")

        self.facts_layout.addWidget(self.acknowledged_label, 3, 2, 1, 1)

        self.acknowledged_value = QLabel(self.facts_box)
        self.acknowledged_value.setObjectName(u"acknowledged_value")
        self.acknowledged_value.setText(u"")
        self.acknowledged_value.setWordWrap(True)
        self.acknowledged_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.acknowledged_value, 3, 3, 1, 1)

        self.freight_back_label = QLabel(self.facts_box)
        self.freight_back_label.setObjectName(u"freight_back_label")

        self.facts_layout.addWidget(self.freight_back_label, 4, 0, 1, 1)

        self.freight_back_value = QLabel(self.facts_box)
        self.freight_back_value.setObjectName(u"freight_back_value")
        self.freight_back_value.setText(u"")
        self.freight_back_value.setWordWrap(True)
        self.freight_back_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.freight_back_value, 4, 1, 1, 3)

        self.note_label = QLabel(self.facts_box)
        self.note_label.setObjectName(u"note_label")

        self.facts_layout.addWidget(self.note_label, 5, 0, 1, 1)

        self.note_value = QLabel(self.facts_box)
        self.note_value.setObjectName(u"note_value")
        self.note_value.setTextFormat(Qt.TextFormat.PlainText)
        self.note_value.setText(u"")
        self.note_value.setWordWrap(True)
        self.note_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_layout.addWidget(self.note_value, 5, 1, 1, 3)


        self.detail_layout.addWidget(self.facts_box)

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

        self.summary_label = QLabel(self.lines_box)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.lines_layout.addWidget(self.summary_label)


        self.detail_layout.addWidget(self.lines_box)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.found_on_button = QPushButton(self.detail_page)
        self.found_on_button.setObjectName(u"found_on_button")
        self.found_on_button.setAutoDefault(False)

        self.action_row.addWidget(self.found_on_button)

        self.apply_button = QPushButton(self.detail_page)
        self.apply_button.setObjectName(u"apply_button")
        self.apply_button.setAutoDefault(False)

        self.action_row.addWidget(self.apply_button)

        self.approve_button = QPushButton(self.detail_page)
        self.approve_button.setObjectName(u"approve_button")
        self.approve_button.setAutoDefault(False)

        self.action_row.addWidget(self.approve_button)

        self.refuse_button = QPushButton(self.detail_page)
        self.refuse_button.setObjectName(u"refuse_button")
        self.refuse_button.setAutoDefault(False)

        self.action_row.addWidget(self.refuse_button)

        self.ship_button = QPushButton(self.detail_page)
        self.ship_button.setObjectName(u"ship_button")
        self.ship_button.setAutoDefault(False)

        self.action_row.addWidget(self.ship_button)

        self.acknowledge_button = QPushButton(self.detail_page)
        self.acknowledge_button.setObjectName(u"acknowledge_button")
        self.acknowledge_button.setAutoDefault(False)

        self.action_row.addWidget(self.acknowledge_button)

        self.action_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.print_button = QPushButton(self.detail_page)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.action_row.addWidget(self.print_button)


        self.detail_layout.addLayout(self.action_row)

        self.detail_layout.setStretch(1, 1)
        self.detail_pages.addWidget(self.detail_page)

        self.detail_widget_layout.addWidget(self.detail_pages)

        self.detail_widget_layout.setStretch(2, 1)
        self.splitter.addWidget(self.detail_widget)

        self.window_layout.addWidget(self.splitter)

        self.window_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.lines_table)
        QWidget.setTabOrder(self.lines_table, self.found_on_button)
        QWidget.setTabOrder(self.found_on_button, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.refuse_button)
        QWidget.setTabOrder(self.refuse_button, self.ship_button)
        QWidget.setTabOrder(self.ship_button, self.acknowledge_button)
        QWidget.setTabOrder(self.acknowledge_button, self.print_button)

        self.retranslateUi(ReturnsWindow)

        self.pages.setCurrentIndex(0)
        self.detail_pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReturnsWindow)
    # setupUi

    def retranslateUi(self, ReturnsWindow):
        ReturnsWindow.setWindowTitle(QCoreApplication.translate("ReturnsWindow", u"Returns to the manufacturer", None))
        self.search_label.setText(QCoreApplication.translate("ReturnsWindow", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ReturnsWindow", u"Application no., serial, part no. or claim no.", None))
        self.new_button.setText(QCoreApplication.translate("ReturnsWindow", u"&New application\u2026", None))
        self.hint_label.setText(QCoreApplication.translate("ReturnsWindow", u"Choose an application to see its list and what can be done next.", None))
        self.facts_box.setTitle(QCoreApplication.translate("ReturnsWindow", u"Application", None))
        self.status_label.setText(QCoreApplication.translate("ReturnsWindow", u"State:", None))
        self.created_by_label.setText(QCoreApplication.translate("ReturnsWindow", u"Applied by:", None))
        self.applied_label.setText(QCoreApplication.translate("ReturnsWindow", u"Applied:", None))
        self.approved_label.setText(QCoreApplication.translate("ReturnsWindow", u"Approved:", None))
        self.reference_label.setText(QCoreApplication.translate("ReturnsWindow", u"Approval reference:", None))
        self.shipped_label.setText(QCoreApplication.translate("ReturnsWindow", u"Shipped:", None))
        self.freight_label.setText(QCoreApplication.translate("ReturnsWindow", u"Freight out:", None))
        self.acknowledged_label.setText(QCoreApplication.translate("ReturnsWindow", u"Acknowledged:", None))
        self.freight_back_label.setText(QCoreApplication.translate("ReturnsWindow", u"Freight back:", None))
        self.note_label.setText(QCoreApplication.translate("ReturnsWindow", u"Note:", None))
        self.lines_box.setTitle(QCoreApplication.translate("ReturnsWindow", u"Detailed list (D15)", None))
        self.found_on_button.setText(QCoreApplication.translate("ReturnsWindow", u"&Found-on days\u2026", None))
#if QT_CONFIG(tooltip)
        self.found_on_button.setToolTip(QCoreApplication.translate("ReturnsWindow", u"Correct the day a stock line's defect was found, until the application is applied (D11/D12)", None))
#endif // QT_CONFIG(tooltip)
        self.apply_button.setText(QCoreApplication.translate("ReturnsWindow", u"A&pply", None))
        self.approve_button.setText(QCoreApplication.translate("ReturnsWindow", u"&Approved\u2026", None))
        self.refuse_button.setText(QCoreApplication.translate("ReturnsWindow", u"&Refused\u2026", None))
        self.ship_button.setText(QCoreApplication.translate("ReturnsWindow", u"S&hip\u2026", None))
        self.acknowledge_button.setText(QCoreApplication.translate("ReturnsWindow", u"A&cknowledge\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ReturnsWindow", u"Print / pre&view\u2026", None))
    # retranslateUi

