# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProductImportDialog(object):
    def setupUi(self, ProductImportDialog):
        if not ProductImportDialog.objectName():
            ProductImportDialog.setObjectName(u"ProductImportDialog")
        ProductImportDialog.resize(900, 600)
        self.dialog_layout = QVBoxLayout(ProductImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.file_label = QLabel(ProductImportDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setText(u"")
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.file_label)

        self.busy_bar = QProgressBar(ProductImportDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.dialog_layout.addWidget(self.busy_bar)

        self.summary_label = QLabel(ProductImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.tabs = QTabWidget(ProductImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.added_page = QWidget()
        self.added_page.setObjectName(u"added_page")
        self.added_layout = QVBoxLayout(self.added_page)
        self.added_layout.setObjectName(u"added_layout")
        self.added_table = QTableWidget(self.added_page)
        self.added_table.setObjectName(u"added_table")
        self.added_table.setAlternatingRowColors(True)
        self.added_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.added_table.setWordWrap(False)
        self.added_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.added_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.added_layout.addWidget(self.added_table)

        self.tabs.addTab(self.added_page, "")
        self.changed_page = QWidget()
        self.changed_page.setObjectName(u"changed_page")
        self.changed_layout = QVBoxLayout(self.changed_page)
        self.changed_layout.setObjectName(u"changed_layout")
        self.changed_table = QTableWidget(self.changed_page)
        self.changed_table.setObjectName(u"changed_table")
        self.changed_table.setAlternatingRowColors(True)
        self.changed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changed_table.setWordWrap(False)
        self.changed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.changed_layout.addWidget(self.changed_table)

        self.tabs.addTab(self.changed_page, "")
        self.rejected_page = QWidget()
        self.rejected_page.setObjectName(u"rejected_page")
        self.rejected_layout = QVBoxLayout(self.rejected_page)
        self.rejected_layout.setObjectName(u"rejected_layout")
        self.rejected_table = QTableWidget(self.rejected_page)
        self.rejected_table.setObjectName(u"rejected_table")
        self.rejected_table.setAlternatingRowColors(True)
        self.rejected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_table.setWordWrap(False)
        self.rejected_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.rejected_layout.addWidget(self.rejected_table)

        self.tabs.addTab(self.rejected_page, "")

        self.dialog_layout.addWidget(self.tabs)

        self.error_label = QLabel(ProductImportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.apply_button = QPushButton(ProductImportDialog)
        self.apply_button.setObjectName(u"apply_button")
        self.apply_button.setAutoDefault(False)

        self.button_row.addWidget(self.apply_button)

        self.close_button = QPushButton(ProductImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(True)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(3, 1)
        QWidget.setTabOrder(self.tabs, self.added_table)
        QWidget.setTabOrder(self.added_table, self.changed_table)
        QWidget.setTabOrder(self.changed_table, self.rejected_table)
        QWidget.setTabOrder(self.rejected_table, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.close_button)

        self.retranslateUi(ProductImportDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(ProductImportDialog)
    # setupUi

    def retranslateUi(self, ProductImportDialog):
        self.tabs.setTabText(self.tabs.indexOf(self.added_page), QCoreApplication.translate("ProductImportDialog", u"Added", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changed_page), QCoreApplication.translate("ProductImportDialog", u"Changed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rejected_page), QCoreApplication.translate("ProductImportDialog", u"Rejected", None))
        self.apply_button.setText(QCoreApplication.translate("ProductImportDialog", u"&Apply import", None))
        self.close_button.setText(QCoreApplication.translate("ProductImportDialog", u"&Close", None))
        pass
    # retranslateUi

