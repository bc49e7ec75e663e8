# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisition_receive_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReceiveDialog(object):
    def setupUi(self, ReceiveDialog):
        if not ReceiveDialog.objectName():
            ReceiveDialog.setObjectName(u"ReceiveDialog")
        ReceiveDialog.resize(760, 420)
        self.dialog_layout = QVBoxLayout(ReceiveDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReceiveDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.hint_label = QLabel(ReceiveDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.lines_table = QTableWidget(ReceiveDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.lines_table)

        self.fill_row = QHBoxLayout()
        self.fill_row.setObjectName(u"fill_row")
        self.all_button = QPushButton(ReceiveDialog)
        self.all_button.setObjectName(u"all_button")
        self.all_button.setAutoDefault(False)

        self.fill_row.addWidget(self.all_button)

        self.none_button = QPushButton(ReceiveDialog)
        self.none_button.setObjectName(u"none_button")
        self.none_button.setAutoDefault(False)

        self.fill_row.addWidget(self.none_button)

        self.fill_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fill_row.addItem(self.fill_spacer)

        self.total_label = QLabel(ReceiveDialog)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")

        self.fill_row.addWidget(self.total_label)


        self.dialog_layout.addLayout(self.fill_row)

        self.lines_error = QLabel(ReceiveDialog)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setText(u"")
        self.lines_error.setWordWrap(True)
        self.lines_error.setStyleSheet(u"color: #b00020;")
        self.lines_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.lines_error)

        self.error_label = QLabel(ReceiveDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(ReceiveDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(ReceiveDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.lines_table, self.all_button)
        QWidget.setTabOrder(self.all_button, self.none_button)
        QWidget.setTabOrder(self.none_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ReceiveDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReceiveDialog)
    # setupUi

    def retranslateUi(self, ReceiveDialog):
        ReceiveDialog.setWindowTitle(QCoreApplication.translate("ReceiveDialog", u"Receive parts", None))
        self.hint_label.setText(QCoreApplication.translate("ReceiveDialog", u"Enter what arrived on each line; a partial delivery is fine, the rest stays outstanding. Saving books the parts into stock in one go.", None))
        self.all_button.setText(QCoreApplication.translate("ReceiveDialog", u"&Everything outstanding arrived", None))
        self.none_button.setText(QCoreApplication.translate("ReceiveDialog", u"&Clear", None))
        self.save_button.setText(QCoreApplication.translate("ReceiveDialog", u"&Book into stock", None))
        self.cancel_button.setText(QCoreApplication.translate("ReceiveDialog", u"Cancel", None))
    # retranslateUi

