# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claims_tab.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ClaimsTab(object):
    def setupUi(self, ClaimsTab):
        if not ClaimsTab.objectName():
            ClaimsTab.setObjectName(u"ClaimsTab")
        ClaimsTab.resize(1100, 640)
        self.tab_layout = QVBoxLayout(ClaimsTab)
        self.tab_layout.setSpacing(6)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(8, 8, 8, 8)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(ClaimsTab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(ClaimsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(360, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.new_claim_button = QPushButton(ClaimsTab)
        self.new_claim_button.setObjectName(u"new_claim_button")

        self.search_row.addWidget(self.new_claim_button)

        self.calls_button = QPushButton(ClaimsTab)
        self.calls_button.setObjectName(u"calls_button")

        self.search_row.addWidget(self.calls_button)

        self.approvals_button = QPushButton(ClaimsTab)
        self.approvals_button.setObjectName(u"approvals_button")
        self.approvals_button.setText(u"")

        self.search_row.addWidget(self.approvals_button)

        self.print_receipt_button = QPushButton(ClaimsTab)
        self.print_receipt_button.setObjectName(u"print_receipt_button")
        self.print_receipt_button.setEnabled(False)

        self.search_row.addWidget(self.print_receipt_button)

        self.negotiation_button = QPushButton(ClaimsTab)
        self.negotiation_button.setObjectName(u"negotiation_button")
        self.negotiation_button.setEnabled(False)

        self.search_row.addWidget(self.negotiation_button)

        self.complete_return_button = QPushButton(ClaimsTab)
        self.complete_return_button.setObjectName(u"complete_return_button")
        self.complete_return_button.setEnabled(False)

        self.search_row.addWidget(self.complete_return_button)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)


        self.tab_layout.addLayout(self.search_row)

        self.search_results = QTreeWidget(ClaimsTab)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(3, u"4")
        __qtreewidgetitem.setText(2, u"3")
        __qtreewidgetitem.setText(1, u"2")
        __qtreewidgetitem.setText(0, u"1")
        self.search_results.setHeaderItem(__qtreewidgetitem)
        self.search_results.setObjectName(u"search_results")
        self.search_results.setMaximumSize(QSize(16777215, 190))
        self.search_results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_results.setRootIsDecorated(True)
        self.search_results.setUniformRowHeights(True)
        self.search_results.setColumnCount(4)
        self.search_results.header().setVisible(False)

        self.tab_layout.addWidget(self.search_results)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_label = QLabel(ClaimsTab)
        self.status_label.setObjectName(u"status_label")

        self.filter_row.addWidget(self.status_label)

        self.status_combo = QComboBox(ClaimsTab)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.status_combo)

        self.date_from_check = QCheckBox(ClaimsTab)
        self.date_from_check.setObjectName(u"date_from_check")

        self.filter_row.addWidget(self.date_from_check)

        self.date_from_edit = QDateEdit(ClaimsTab)
        self.date_from_edit.setObjectName(u"date_from_edit")
        self.date_from_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_from_edit.setCalendarPopup(True)

        self.filter_row.addWidget(self.date_from_edit)

        self.date_to_check = QCheckBox(ClaimsTab)
        self.date_to_check.setObjectName(u"date_to_check")

        self.filter_row.addWidget(self.date_to_check)

        self.date_to_edit = QDateEdit(ClaimsTab)
        self.date_to_edit.setObjectName(u"date_to_edit")
        self.date_to_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_to_edit.setCalendarPopup(True)

        self.filter_row.addWidget(self.date_to_edit)

        self.overdue_check = QCheckBox(ClaimsTab)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_row.addWidget(self.overdue_check)

        self.clear_filters_button = QPushButton(ClaimsTab)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filter_row.addWidget(self.clear_filters_button)

        self.filter_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.count_label = QLabel(ClaimsTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_row.addWidget(self.count_label)


        self.tab_layout.addLayout(self.filter_row)

        self.pages = QStackedWidget(ClaimsTab)
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

        self.tab_layout.addWidget(self.pages)

        self.detail_row = QHBoxLayout()
        self.detail_row.setObjectName(u"detail_row")
        self.detail_label = QLabel(ClaimsTab)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setText(u"")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detail_label.sizePolicy().hasHeightForWidth())
        self.detail_label.setSizePolicy(sizePolicy)

        self.detail_row.addWidget(self.detail_label)

        self.correct_button = QPushButton(ClaimsTab)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setEnabled(False)
#if QT_CONFIG(tooltip)
        self.correct_button.setToolTip(u"")
#endif // QT_CONFIG(tooltip)

        self.detail_row.addWidget(self.correct_button)

        self.withdraw_button = QPushButton(ClaimsTab)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setEnabled(False)
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(u"")
#endif // QT_CONFIG(tooltip)

        self.detail_row.addWidget(self.withdraw_button)


        self.tab_layout.addLayout(self.detail_row)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.search_results)
        QWidget.setTabOrder(self.search_results, self.new_claim_button)
        QWidget.setTabOrder(self.new_claim_button, self.calls_button)
        QWidget.setTabOrder(self.calls_button, self.approvals_button)
        QWidget.setTabOrder(self.approvals_button, self.print_receipt_button)
        QWidget.setTabOrder(self.print_receipt_button, self.negotiation_button)
        QWidget.setTabOrder(self.negotiation_button, self.complete_return_button)
        QWidget.setTabOrder(self.complete_return_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.date_from_check)
        QWidget.setTabOrder(self.date_from_check, self.date_from_edit)
        QWidget.setTabOrder(self.date_from_edit, self.date_to_check)
        QWidget.setTabOrder(self.date_to_check, self.date_to_edit)
        QWidget.setTabOrder(self.date_to_edit, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.withdraw_button)

        self.retranslateUi(ClaimsTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClaimsTab)
    # setupUi

    def retranslateUi(self, ClaimsTab):
        self.search_label.setText(QCoreApplication.translate("ClaimsTab", u"&Search:", None))
#if QT_CONFIG(tooltip)
        self.search_edit.setToolTip(QCoreApplication.translate("ClaimsTab", u"Type a phone number, serial number, name or claim number; scan a label and the record opens.", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ClaimsTab", u"Claim no., customer, phone or serial number", None))
#if QT_CONFIG(tooltip)
        self.new_claim_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"Take in a new claim (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_claim_button.setText(QCoreApplication.translate("ClaimsTab", u"&New claim", None))
#if QT_CONFIG(tooltip)
        self.calls_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"Register a consultation call and see the replies due (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.calls_button.setText(QCoreApplication.translate("ClaimsTab", u"Call &register", None))
#if QT_CONFIG(tooltip)
        self.approvals_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"Returns waiting for the general manager's approval (W9)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.print_receipt_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"Print the service receipt of the selected claim again (or Enter on the claim)", None))
#endif // QT_CONFIG(tooltip)
        self.print_receipt_button.setText(QCoreApplication.translate("ClaimsTab", u"Print recei&pt", None))
#if QT_CONFIG(tooltip)
        self.negotiation_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"Record how the negotiation of the selected escalated claim ended (W8)", None))
#endif // QT_CONFIG(tooltip)
        self.negotiation_button.setText(QCoreApplication.translate("ClaimsTab", u"Settle ne&gotiation\u2026", None))
#if QT_CONFIG(tooltip)
        self.complete_return_button.setToolTip(QCoreApplication.translate("ClaimsTab", u"The refund for the selected approved return was made: close the claim (W9)", None))
#endif // QT_CONFIG(tooltip)
        self.complete_return_button.setText(QCoreApplication.translate("ClaimsTab", u"&Complete return\u2026", None))
#if QT_CONFIG(tooltip)
        self.search_results.setToolTip(QCoreApplication.translate("ClaimsTab", u"Customers and units found; Enter takes in a new claim for the chosen one.", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("ClaimsTab", u"Stat&us:", None))
        self.date_from_check.setText(QCoreApplication.translate("ClaimsTab", u"Date fro&m", None))
        self.date_to_check.setText(QCoreApplication.translate("ClaimsTab", u"t&o", None))
#if QT_CONFIG(tooltip)
        self.overdue_check.setToolTip(QCoreApplication.translate("ClaimsTab", u"Claims still open a day after intake: the 24-hour answer is late (S3)", None))
#endif // QT_CONFIG(tooltip)
        self.overdue_check.setText(QCoreApplication.translate("ClaimsTab", u"Over&due only", None))
        self.clear_filters_button.setText(QCoreApplication.translate("ClaimsTab", u"C&lear filters", None))
        self.correct_button.setText(QCoreApplication.translate("ClaimsTab", u"Corr&ect claim\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("ClaimsTab", u"&Withdraw claim\u2026", None))
        pass
    # retranslateUi

