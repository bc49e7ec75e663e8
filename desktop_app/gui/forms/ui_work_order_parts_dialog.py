# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_parts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.gui.work_orders.parts_picker import PartsPicker

class Ui_PartsDialog(object):
    def setupUi(self, PartsDialog):
        if not PartsDialog.objectName():
            PartsDialog.setObjectName(u"PartsDialog")
        PartsDialog.resize(780, 560)
        self.dialog_layout = QVBoxLayout(PartsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PartsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.pages = QStackedWidget(PartsDialog)
        self.pages.setObjectName(u"pages")
        self.pick_page = QWidget()
        self.pick_page.setObjectName(u"pick_page")
        self.pick_layout = QVBoxLayout(self.pick_page)
        self.pick_layout.setObjectName(u"pick_layout")
        self.pick_layout.setContentsMargins(0, 0, 0, 0)
        self.parts_picker = PartsPicker(self.pick_page)
        self.parts_picker.setObjectName(u"parts_picker")

        self.pick_layout.addWidget(self.parts_picker)

        self.parts_error = QLabel(self.pick_page)
        self.parts_error.setObjectName(u"parts_error")
        self.parts_error.setText(u"")
        self.parts_error.setWordWrap(True)
        self.parts_error.setStyleSheet(u"color: #b00020;")
        self.parts_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.parts_error)

        self.consent_label = QLabel(self.pick_page)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setText(u"")
        self.consent_label.setWordWrap(True)
        self.consent_label.setStyleSheet(u"color: #8a4b00; font-weight: bold;")
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.consent_label)

        self.consent_check = QCheckBox(self.pick_page)
        self.consent_check.setObjectName(u"consent_check")

        self.pick_layout.addWidget(self.consent_check)

        self.consent_error = QLabel(self.pick_page)
        self.consent_error.setObjectName(u"consent_error")
        self.consent_error.setText(u"")
        self.consent_error.setWordWrap(True)
        self.consent_error.setStyleSheet(u"color: #b00020;")
        self.consent_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.consent_error)

        self.consent_wait_label = QLabel(self.pick_page)
        self.consent_wait_label.setObjectName(u"consent_wait_label")
        self.consent_wait_label.setText(u"")
        self.consent_wait_label.setWordWrap(True)
        self.consent_wait_label.setStyleSheet(u"color: #555555;")
        self.consent_wait_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.consent_wait_label)

        self.reason_label = QLabel(self.pick_page)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setText(u"")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(u"color: #8a4b00; font-weight: bold;")
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.reason_label)

        self.reason_row = QHBoxLayout()
        self.reason_row.setObjectName(u"reason_row")
        self.reason_caption = QLabel(self.pick_page)
        self.reason_caption.setObjectName(u"reason_caption")

        self.reason_row.addWidget(self.reason_caption)

        self.reason_edit = QLineEdit(self.pick_page)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.reason_row.addWidget(self.reason_edit)


        self.pick_layout.addLayout(self.reason_row)

        self.reason_error = QLabel(self.pick_page)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pick_layout.addWidget(self.reason_error)

        self.pages.addWidget(self.pick_page)
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel(self.result_page)
        self.result_title.setObjectName(u"result_title")
        self.result_title.setText(u"")
        self.result_title.setWordWrap(True)
        self.result_title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.result_title)

        self.shortage_table = QTableWidget(self.result_page)
        self.shortage_table.setObjectName(u"shortage_table")
        self.shortage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortage_table.setAlternatingRowColors(True)
        self.shortage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortage_table.setWordWrap(False)
        self.shortage_table.horizontalHeader().setStretchLastSection(True)
        self.shortage_table.verticalHeader().setVisible(False)

        self.result_layout.addWidget(self.shortage_table)

        self.result_detail = QLabel(self.result_page)
        self.result_detail.setObjectName(u"result_detail")
        self.result_detail.setText(u"")
        self.result_detail.setWordWrap(True)
        self.result_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.result_detail)

        self.pages.addWidget(self.result_page)

        self.dialog_layout.addWidget(self.pages)

        self.error_label = QLabel(PartsDialog)
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

        self.issue_button = QPushButton(PartsDialog)
        self.issue_button.setObjectName(u"issue_button")
        self.issue_button.setAutoDefault(False)

        self.button_row.addWidget(self.issue_button)

        self.cancel_button = QPushButton(PartsDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)

        self.close_button = QPushButton(PartsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.parts_picker, self.consent_check)
        QWidget.setTabOrder(self.consent_check, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.close_button)

        self.retranslateUi(PartsDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PartsDialog)
    # setupUi

    def retranslateUi(self, PartsDialog):
        PartsDialog.setWindowTitle(QCoreApplication.translate("PartsDialog", u"Issue parts", None))
        self.consent_check.setText(QCoreApplication.translate("PartsDialog", u"The customer a&grees to pay for these wear parts at cost", None))
#if QT_CONFIG(tooltip)
        self.consent_check.setToolTip(QCoreApplication.translate("PartsDialog", u"Ask the customer first: the consent is recorded with your name and the time (W3, W6)", None))
#endif // QT_CONFIG(tooltip)
        self.reason_caption.setText(QCoreApplication.translate("PartsDialog", u"&Why this part:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("PartsDialog", u"A short reason, kept with the issue in the audit trail", None))
        self.issue_button.setText(QCoreApplication.translate("PartsDialog", u"&Issue from stock", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("PartsDialog", u"Issue the listed parts to this order (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("PartsDialog", u"Cancel", None))
        self.close_button.setText(QCoreApplication.translate("PartsDialog", u"&Close", None))
    # retranslateUi

