# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unreturned_surveys_dialog.ui'
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

class Ui_UnreturnedSurveysDialog(object):
    def setupUi(self, UnreturnedSurveysDialog):
        if not UnreturnedSurveysDialog.objectName():
            UnreturnedSurveysDialog.setObjectName(u"UnreturnedSurveysDialog")
        UnreturnedSurveysDialog.resize(820, 520)
        self.dialog_layout = QVBoxLayout(UnreturnedSurveysDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(UnreturnedSurveysDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.table = QTableWidget(UnreturnedSurveysDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.table)

        self.count_label = QLabel(UnreturnedSurveysDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.count_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.enter_button = QPushButton(UnreturnedSurveysDialog)
        self.enter_button.setObjectName(u"enter_button")
        self.enter_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.enter_button)

        self.print_button = QPushButton(UnreturnedSurveysDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.refresh_button = QPushButton(UnreturnedSurveysDialog)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.refresh_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(UnreturnedSurveysDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.table, self.enter_button)
        QWidget.setTabOrder(self.enter_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.close_button)

        self.retranslateUi(UnreturnedSurveysDialog)

        QMetaObject.connectSlotsByName(UnreturnedSurveysDialog)
    # setupUi

    def retranslateUi(self, UnreturnedSurveysDialog):
        UnreturnedSurveysDialog.setWindowTitle(QCoreApplication.translate("UnreturnedSurveysDialog", u"Unreturned surveys", None))
        self.intro_label.setText(QCoreApplication.translate("UnreturnedSurveysDialog", u"Closed work orders whose survey form has not come back, newest first. Call the customer, or print the form again.", None))
        self.enter_button.setText(QCoreApplication.translate("UnreturnedSurveysDialog", u"&Enter survey\u2026", None))
        self.print_button.setText(QCoreApplication.translate("UnreturnedSurveysDialog", u"&Print the form again\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("UnreturnedSurveysDialog", u"&Refresh", None))
        self.close_button.setText(QCoreApplication.translate("UnreturnedSurveysDialog", u"Close", None))
    # retranslateUi

