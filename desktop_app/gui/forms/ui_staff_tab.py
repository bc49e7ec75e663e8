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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_StaffTab(object):
    def setupUi(self, StaffTab):
        if not StaffTab.objectName():
            StaffTab.setObjectName(u"StaffTab")
        StaffTab.resize(900, 600)
        self.tab_layout = QVBoxLayout(StaffTab)
        self.tab_layout.setSpacing(6)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(8, 8, 8, 8)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(StaffTab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(StaffTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(360, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.count_label = QLabel(StaffTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)


        self.tab_layout.addLayout(self.search_row)

        self.pages = QStackedWidget(StaffTab)
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

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.table_view)

        self.retranslateUi(StaffTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffTab)
    # setupUi

    def retranslateUi(self, StaffTab):
        self.search_label.setText(QCoreApplication.translate("StaffTab", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("StaffTab", u"Name or user name", None))
        pass
    # retranslateUi

