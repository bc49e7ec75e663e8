# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

from desktop_app.gui.evaluation.detail_panel import EvaluationDetailPanel

class Ui_StaffTab(object):
    def setupUi(self, StaffTab):
        if not StaffTab.objectName():
            StaffTab.setObjectName(u"StaffTab")
        StaffTab.resize(1200, 700)
        self.tab_layout = QVBoxLayout(StaffTab)
        self.tab_layout.setSpacing(6)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(8, 8, 8, 8)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.month_label = QLabel(StaffTab)
        self.month_label.setObjectName(u"month_label")

        self.search_row.addWidget(self.month_label)

        self.previous_month_button = QToolButton(StaffTab)
        self.previous_month_button.setObjectName(u"previous_month_button")
        self.previous_month_button.setArrowType(Qt.ArrowType.LeftArrow)

        self.search_row.addWidget(self.previous_month_button)

        self.month_edit = QDateEdit(StaffTab)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")
        self.month_edit.setCalendarPopup(True)

        self.search_row.addWidget(self.month_edit)

        self.next_month_button = QToolButton(StaffTab)
        self.next_month_button.setObjectName(u"next_month_button")
        self.next_month_button.setArrowType(Qt.ArrowType.RightArrow)

        self.search_row.addWidget(self.next_month_button)

        self.month_spacer = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.month_spacer)

        self.search_label = QLabel(StaffTab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(StaffTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(240, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.count_label = QLabel(StaffTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)


        self.tab_layout.addLayout(self.search_row)

        self.splitter = QSplitter(StaffTab)
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
        self.table_view.horizontalHeader().setStretchLastSection(False)
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
        self.detail_panel = EvaluationDetailPanel(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.splitter.addWidget(self.detail_panel)

        self.tab_layout.addWidget(self.splitter)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.complaints_button = QPushButton(StaffTab)
        self.complaints_button.setObjectName(u"complaints_button")

        self.action_row.addWidget(self.complaints_button)

        self.fines_button = QPushButton(StaffTab)
        self.fines_button.setObjectName(u"fines_button")

        self.action_row.addWidget(self.fines_button)

        self.rules_button = QPushButton(StaffTab)
        self.rules_button.setObjectName(u"rules_button")

        self.action_row.addWidget(self.rules_button)

        self.action_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.monthly_report_button = QPushButton(StaffTab)
        self.monthly_report_button.setObjectName(u"monthly_report_button")

        self.action_row.addWidget(self.monthly_report_button)

        self.improvement_button = QPushButton(StaffTab)
        self.improvement_button.setObjectName(u"improvement_button")

        self.action_row.addWidget(self.improvement_button)


        self.tab_layout.addLayout(self.action_row)

        self.tab_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_edit, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.table_view)
        QWidget.setTabOrder(self.table_view, self.detail_panel)
        QWidget.setTabOrder(self.detail_panel, self.complaints_button)
        QWidget.setTabOrder(self.complaints_button, self.fines_button)
        QWidget.setTabOrder(self.fines_button, self.rules_button)
        QWidget.setTabOrder(self.rules_button, self.monthly_report_button)
        QWidget.setTabOrder(self.monthly_report_button, self.improvement_button)

        self.retranslateUi(StaffTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffTab)
    # setupUi

    def retranslateUi(self, StaffTab):
        self.month_label.setText(QCoreApplication.translate("StaffTab", u"&Month:", None))
#if QT_CONFIG(tooltip)
        self.previous_month_button.setToolTip(QCoreApplication.translate("StaffTab", u"Previous month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.month_edit.setToolTip(QCoreApplication.translate("StaffTab", u"The month evaluated; it starts at last month, the one the month-end paperwork is about.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.next_month_button.setToolTip(QCoreApplication.translate("StaffTab", u"Next month", None))
#endif // QT_CONFIG(tooltip)
        self.search_label.setText(QCoreApplication.translate("StaffTab", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("StaffTab", u"Name or user name", None))
        self.complaints_button.setText(QCoreApplication.translate("StaffTab", u"&Complaints\u2026", None))
#if QT_CONFIG(statustip)
        self.complaints_button.setStatusTip(QCoreApplication.translate("StaffTab", u"Register complaints and record what the verification found (E3, E21)", None))
#endif // QT_CONFIG(statustip)
        self.fines_button.setText(QCoreApplication.translate("StaffTab", u"Fi&nes\u2026", None))
#if QT_CONFIG(statustip)
        self.fines_button.setStatusTip(QCoreApplication.translate("StaffTab", u"Suggest fines from the month's facts, confirm or dismiss them (E23)", None))
#endif // QT_CONFIG(statustip)
        self.rules_button.setText(QCoreApplication.translate("StaffTab", u"&Rule set\u2026", None))
#if QT_CONFIG(statustip)
        self.rules_button.setStatusTip(QCoreApplication.translate("StaffTab", u"The assessment rules and fine amounts, and who has acknowledged them (E24)", None))
#endif // QT_CONFIG(statustip)
        self.monthly_report_button.setText(QCoreApplication.translate("StaffTab", u"Repair m&onthly report\u2026", None))
#if QT_CONFIG(statustip)
        self.monthly_report_button.setStatusTip(QCoreApplication.translate("StaffTab", u"The report to the manufacturer, due by the 3rd (D3)", None))
#endif // QT_CONFIG(statustip)
        self.improvement_button.setText(QCoreApplication.translate("StaffTab", u"&Improvement report\u2026", None))
#if QT_CONFIG(statustip)
        self.improvement_button.setStatusTip(QCoreApplication.translate("StaffTab", u"Fault statistics and complaints for the general manager (E2)", None))
#endif // QT_CONFIG(statustip)
        pass
    # retranslateUi

