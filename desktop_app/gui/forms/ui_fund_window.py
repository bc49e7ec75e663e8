# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FundWindow(object):
    def setupUi(self, FundWindow):
        if not FundWindow.objectName():
            FundWindow.setObjectName(u"FundWindow")
        FundWindow.resize(1100, 760)
        self.window_layout = QVBoxLayout(FundWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.from_label = QLabel(FundWindow)
        self.from_label.setObjectName(u"from_label")

        self.period_row.addWidget(self.from_label)

        self.from_combo = QComboBox(FundWindow)
        self.from_combo.setObjectName(u"from_combo")

        self.period_row.addWidget(self.from_combo)

        self.to_label = QLabel(FundWindow)
        self.to_label.setObjectName(u"to_label")

        self.period_row.addWidget(self.to_label)

        self.to_combo = QComboBox(FundWindow)
        self.to_combo.setObjectName(u"to_combo")

        self.period_row.addWidget(self.to_combo)

        self.period_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)

        self.rate_label = QLabel(FundWindow)
        self.rate_label.setObjectName(u"rate_label")
        self.rate_label.setText(u"")
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.period_row.addWidget(self.rate_label)


        self.window_layout.addLayout(self.period_row)

        self.summary_table = QTableWidget(FundWindow)
        self.summary_table.setObjectName(u"summary_table")
        self.summary_table.setAlternatingRowColors(True)
        self.summary_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary_table.setWordWrap(False)
        self.summary_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.window_layout.addWidget(self.summary_table)

        self.tabs = QTabWidget(FundWindow)
        self.tabs.setObjectName(u"tabs")
        self.months_page = QWidget()
        self.months_page.setObjectName(u"months_page")
        self.months_layout = QVBoxLayout(self.months_page)
        self.months_layout.setObjectName(u"months_layout")
        self.quarter_title_label = QLabel(self.months_page)
        self.quarter_title_label.setObjectName(u"quarter_title_label")
        self.quarter_title_label.setText(u"")
        self.quarter_title_label.setStyleSheet(u"font-weight: bold;")

        self.months_layout.addWidget(self.quarter_title_label)

        self.months_table = QTableWidget(self.months_page)
        self.months_table.setObjectName(u"months_table")
        self.months_table.setAlternatingRowColors(True)
        self.months_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.months_table.setWordWrap(False)
        self.months_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.months_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.months_layout.addWidget(self.months_table)

        self.settlement_label = QLabel(self.months_page)
        self.settlement_label.setObjectName(u"settlement_label")
        self.settlement_label.setText(u"")
        self.settlement_label.setWordWrap(True)
        self.settlement_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.months_layout.addWidget(self.settlement_label)

        self.tabs.addTab(self.months_page, "")
        self.records_page = QWidget()
        self.records_page.setObjectName(u"records_page")
        self.records_layout = QVBoxLayout(self.records_page)
        self.records_layout.setObjectName(u"records_layout")
        self.records_table = QTableWidget(self.records_page)
        self.records_table.setObjectName(u"records_table")
        self.records_table.setAlternatingRowColors(True)
        self.records_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_table.setWordWrap(False)
        self.records_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.records_layout.addWidget(self.records_table)

        self.tabs.addTab(self.records_page, "")

        self.window_layout.addWidget(self.tabs)

        self.entry_row = QHBoxLayout()
        self.entry_row.setObjectName(u"entry_row")
        self.remittance_button = QPushButton(FundWindow)
        self.remittance_button.setObjectName(u"remittance_button")
        self.remittance_button.setAutoDefault(False)

        self.entry_row.addWidget(self.remittance_button)

        self.charge_button = QPushButton(FundWindow)
        self.charge_button.setObjectName(u"charge_button")
        self.charge_button.setAutoDefault(False)

        self.entry_row.addWidget(self.charge_button)

        self.rate_button = QPushButton(FundWindow)
        self.rate_button.setObjectName(u"rate_button")
        self.rate_button.setAutoDefault(False)

        self.entry_row.addWidget(self.rate_button)

        self.entry_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entry_row.addItem(self.entry_spacer)


        self.window_layout.addLayout(self.entry_row)

        self.documents_row = QHBoxLayout()
        self.documents_row.setObjectName(u"documents_row")
        self.statement_print_button = QPushButton(FundWindow)
        self.statement_print_button.setObjectName(u"statement_print_button")
        self.statement_print_button.setAutoDefault(False)

        self.documents_row.addWidget(self.statement_print_button)

        self.statement_xlsx_button = QPushButton(FundWindow)
        self.statement_xlsx_button.setObjectName(u"statement_xlsx_button")
        self.statement_xlsx_button.setAutoDefault(False)

        self.documents_row.addWidget(self.statement_xlsx_button)

        self.documents_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documents_row.addItem(self.documents_spacer)

        self.month_label = QLabel(FundWindow)
        self.month_label.setObjectName(u"month_label")

        self.documents_row.addWidget(self.month_label)

        self.month_edit = QDateEdit(FundWindow)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.documents_row.addWidget(self.month_edit)

        self.recon_print_button = QPushButton(FundWindow)
        self.recon_print_button.setObjectName(u"recon_print_button")
        self.recon_print_button.setAutoDefault(False)

        self.documents_row.addWidget(self.recon_print_button)

        self.recon_xlsx_button = QPushButton(FundWindow)
        self.recon_xlsx_button.setObjectName(u"recon_xlsx_button")
        self.recon_xlsx_button.setAutoDefault(False)

        self.documents_row.addWidget(self.recon_xlsx_button)


        self.window_layout.addLayout(self.documents_row)

        self.message_label = QLabel(FundWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.window_layout.addWidget(self.message_label)

        self.window_layout.setStretch(1, 2)
        self.window_layout.setStretch(2, 3)
#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_combo)
        self.to_label.setBuddy(self.to_combo)
        self.month_label.setBuddy(self.month_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_combo, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.summary_table)
        QWidget.setTabOrder(self.summary_table, self.tabs)
        QWidget.setTabOrder(self.tabs, self.months_table)
        QWidget.setTabOrder(self.months_table, self.records_table)
        QWidget.setTabOrder(self.records_table, self.remittance_button)
        QWidget.setTabOrder(self.remittance_button, self.charge_button)
        QWidget.setTabOrder(self.charge_button, self.rate_button)
        QWidget.setTabOrder(self.rate_button, self.statement_print_button)
        QWidget.setTabOrder(self.statement_print_button, self.statement_xlsx_button)
        QWidget.setTabOrder(self.statement_xlsx_button, self.month_edit)
        QWidget.setTabOrder(self.month_edit, self.recon_print_button)
        QWidget.setTabOrder(self.recon_print_button, self.recon_xlsx_button)

        self.retranslateUi(FundWindow)

        QMetaObject.connectSlotsByName(FundWindow)
    # setupUi

    def retranslateUi(self, FundWindow):
        FundWindow.setWindowTitle(QCoreApplication.translate("FundWindow", u"Service fund", None))
        self.from_label.setText(QCoreApplication.translate("FundWindow", u"&From:", None))
        self.to_label.setText(QCoreApplication.translate("FundWindow", u"&To:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.months_page), QCoreApplication.translate("FundWindow", u"Page", None))
        self.tabs.setTabText(self.tabs.indexOf(self.records_page), QCoreApplication.translate("FundWindow", u"Page", None))
        self.remittance_button.setText(QCoreApplication.translate("FundWindow", u"Record &remittance\u2026", None))
        self.charge_button.setText(QCoreApplication.translate("FundWindow", u"Record &charge\u2026", None))
#if QT_CONFIG(tooltip)
        self.charge_button.setToolTip(QCoreApplication.translate("FundWindow", u"Freight and refurbishment the centre bears (D13, D14), deducted from the fund.", None))
#endif // QT_CONFIG(tooltip)
        self.rate_button.setText(QCoreApplication.translate("FundWindow", u"Fund p&ercentage\u2026", None))
        self.statement_print_button.setText(QCoreApplication.translate("FundWindow", u"&Print statement\u2026", None))
        self.statement_xlsx_button.setText(QCoreApplication.translate("FundWindow", u"Statement as &XLSX\u2026", None))
        self.month_label.setText(QCoreApplication.translate("FundWindow", u"Parts reconciliation (D9) for &month:", None))
        self.recon_print_button.setText(QCoreApplication.translate("FundWindow", u"Pr&int\u2026", None))
        self.recon_xlsx_button.setText(QCoreApplication.translate("FundWindow", u"As X&LSX\u2026", None))
    # retranslateUi

