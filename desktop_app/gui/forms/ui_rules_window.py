# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_RulesWindow(object):
    def setupUi(self, RulesWindow):
        if not RulesWindow.objectName():
            RulesWindow.setObjectName(u"RulesWindow")
        RulesWindow.resize(920, 600)
        self.dialog_layout = QVBoxLayout(RulesWindow)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RulesWindow)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(RulesWindow)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(RulesWindow)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.count_label = QLabel(RulesWindow)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.search_layout.addWidget(self.count_label)


        self.dialog_layout.addLayout(self.search_layout)

        self.splitter = QSplitter(RulesWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.rule_list = QListWidget(self.splitter)
        self.rule_list.setObjectName(u"rule_list")
        self.rule_list.setMinimumSize(QSize(260, 0))
        self.rule_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rule_list.setAlternatingRowColors(True)
        self.rule_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rule_list.setUniformItemSizes(True)
        self.splitter.addWidget(self.rule_list)
        self.rule_text = QTextBrowser(self.splitter)
        self.rule_text.setObjectName(u"rule_text")
        self.rule_text.setMinimumSize(QSize(320, 0))
        self.rule_text.setOpenLinks(False)
        self.splitter.addWidget(self.rule_text)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(RulesWindow)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.rule_list)
        QWidget.setTabOrder(self.rule_list, self.rule_text)

        self.retranslateUi(RulesWindow)

        QMetaObject.connectSlotsByName(RulesWindow)
    # setupUi

    def retranslateUi(self, RulesWindow):
        RulesWindow.setWindowTitle(QCoreApplication.translate("RulesWindow", u"Business rules", None))
        self.intro_label.setText(QCoreApplication.translate("RulesWindow", u"The rules the program cites in brackets, such as (W9) or (D3): the warranty promise (W), technical support (S), the agreement with the manufacturer (D) and the staff rules (E).", None))
        self.search_label.setText(QCoreApplication.translate("RulesWindow", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RulesWindow", u"A rule number (W9) or words in its text (\u9000\u8d27, return)", None))
    # retranslateUi

