# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_lines_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDoubleSpinBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReturnLinesDialog(object):
    def setupUi(self, ReturnLinesDialog):
        if not ReturnLinesDialog.objectName():
            ReturnLinesDialog.setObjectName(u"ReturnLinesDialog")
        ReturnLinesDialog.resize(820, 420)
        self.dialog_layout = QVBoxLayout(ReturnLinesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReturnLinesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.intro_label)

        self.hint_label = QLabel(ReturnLinesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.lines_table = QTableWidget(ReturnLinesDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.lines_table)

        self.fill_row = QHBoxLayout()
        self.fill_row.setObjectName(u"fill_row")
        self.all_button = QPushButton(ReturnLinesDialog)
        self.all_button.setObjectName(u"all_button")
        self.all_button.setText(u"")
        self.all_button.setAutoDefault(False)

        self.fill_row.addWidget(self.all_button)

        self.fill_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fill_row.addItem(self.fill_spacer)

        self.summary_label = QLabel(ReturnLinesDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.fill_row.addWidget(self.summary_label)


        self.dialog_layout.addLayout(self.fill_row)

        self.freight_row = QHBoxLayout()
        self.freight_row.setObjectName(u"freight_row")
        self.freight_label = QLabel(ReturnLinesDialog)
        self.freight_label.setObjectName(u"freight_label")

        self.freight_row.addWidget(self.freight_label)

        self.freight_spin = QDoubleSpinBox(ReturnLinesDialog)
        self.freight_spin.setObjectName(u"freight_spin")
        self.freight_spin.setDecimals(2)
        self.freight_spin.setMaximum(999999.989999999990687)
        self.freight_spin.setPrefix(u"\u00a5")

        self.freight_row.addWidget(self.freight_spin)

        self.freight_hint_label = QLabel(ReturnLinesDialog)
        self.freight_hint_label.setObjectName(u"freight_hint_label")
        self.freight_hint_label.setText(u"")
        self.freight_hint_label.setWordWrap(True)
        self.freight_hint_label.setStyleSheet(u"color: #555555;")

        self.freight_row.addWidget(self.freight_hint_label)

        self.freight_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.freight_row.addItem(self.freight_spacer)

        self.freight_row.setStretch(2, 1)

        self.dialog_layout.addLayout(self.freight_row)

        self.freight_error = QLabel(ReturnLinesDialog)
        self.freight_error.setObjectName(u"freight_error")
        self.freight_error.setText(u"")
        self.freight_error.setWordWrap(True)
        self.freight_error.setStyleSheet(u"color: #b00020;")
        self.freight_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.freight_error)

        self.lines_error = QLabel(ReturnLinesDialog)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setText(u"")
        self.lines_error.setWordWrap(True)
        self.lines_error.setStyleSheet(u"color: #b00020;")
        self.lines_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.lines_error)

        self.error_label = QLabel(ReturnLinesDialog)
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

        self.save_button = QPushButton(ReturnLinesDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setText(u"")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(ReturnLinesDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.freight_label.setBuddy(self.freight_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lines_table, self.all_button)
        QWidget.setTabOrder(self.all_button, self.freight_spin)
        QWidget.setTabOrder(self.freight_spin, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ReturnLinesDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnLinesDialog)
    # setupUi

    def retranslateUi(self, ReturnLinesDialog):
        self.freight_label.setText(QCoreApplication.translate("ReturnLinesDialog", u"&Freight out:", None))
        self.cancel_button.setText(QCoreApplication.translate("ReturnLinesDialog", u"Cancel", None))
        pass
    # retranslateUi

