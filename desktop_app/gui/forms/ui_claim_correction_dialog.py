# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_correction_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ClaimCorrectionDialog(object):
    def setupUi(self, ClaimCorrectionDialog):
        if not ClaimCorrectionDialog.objectName():
            ClaimCorrectionDialog.setObjectName(u"ClaimCorrectionDialog")
        ClaimCorrectionDialog.resize(780, 560)
        self.dialog_layout = QVBoxLayout(ClaimCorrectionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(ClaimCorrectionDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setStyleSheet(u"font-weight: bold;")
        self.summary_label.setText(u"")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.summary_label)

        self.notice_label = QLabel(ClaimCorrectionDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.notice_label)

        self.facts_grid = QGridLayout()
        self.facts_grid.setObjectName(u"facts_grid")
        self.name_label = QLabel(ClaimCorrectionDialog)
        self.name_label.setObjectName(u"name_label")

        self.facts_grid.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(ClaimCorrectionDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.facts_grid.addWidget(self.name_edit, 0, 1, 1, 1)

        self.contact_label = QLabel(ClaimCorrectionDialog)
        self.contact_label.setObjectName(u"contact_label")

        self.facts_grid.addWidget(self.contact_label, 0, 2, 1, 1)

        self.contact_edit = QLineEdit(ClaimCorrectionDialog)
        self.contact_edit.setObjectName(u"contact_edit")
        self.contact_edit.setMaxLength(100)

        self.facts_grid.addWidget(self.contact_edit, 0, 3, 1, 1)

        self.phone_label = QLabel(ClaimCorrectionDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.facts_grid.addWidget(self.phone_label, 1, 0, 1, 1)

        self.phone_edit = QLineEdit(ClaimCorrectionDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(50)

        self.facts_grid.addWidget(self.phone_edit, 1, 1, 1, 1)

        self.phone2_label = QLabel(ClaimCorrectionDialog)
        self.phone2_label.setObjectName(u"phone2_label")

        self.facts_grid.addWidget(self.phone2_label, 1, 2, 1, 1)

        self.phone2_edit = QLineEdit(ClaimCorrectionDialog)
        self.phone2_edit.setObjectName(u"phone2_edit")
        self.phone2_edit.setMaxLength(50)

        self.facts_grid.addWidget(self.phone2_edit, 1, 3, 1, 1)

        self.city_label = QLabel(ClaimCorrectionDialog)
        self.city_label.setObjectName(u"city_label")

        self.facts_grid.addWidget(self.city_label, 2, 0, 1, 1)

        self.city_edit = QLineEdit(ClaimCorrectionDialog)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(50)

        self.facts_grid.addWidget(self.city_edit, 2, 1, 1, 1)

        self.address_label = QLabel(ClaimCorrectionDialog)
        self.address_label.setObjectName(u"address_label")

        self.facts_grid.addWidget(self.address_label, 2, 2, 1, 1)

        self.address_edit = QLineEdit(ClaimCorrectionDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.facts_grid.addWidget(self.address_edit, 2, 3, 1, 1)

        self.customer_error = QLabel(ClaimCorrectionDialog)
        self.customer_error.setObjectName(u"customer_error")
        self.customer_error.setStyleSheet(u"color: #b00020;")
        self.customer_error.setText(u"")
        self.customer_error.setWordWrap(True)

        self.facts_grid.addWidget(self.customer_error, 3, 1, 1, 3)

        self.model_title = QLabel(ClaimCorrectionDialog)
        self.model_title.setObjectName(u"model_title")

        self.facts_grid.addWidget(self.model_title, 4, 0, 1, 1)

        self.model_label = QLabel(ClaimCorrectionDialog)
        self.model_label.setObjectName(u"model_label")
        self.model_label.setText(u"")
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_grid.addWidget(self.model_label, 4, 1, 1, 1)

        self.serial_label = QLabel(ClaimCorrectionDialog)
        self.serial_label.setObjectName(u"serial_label")

        self.facts_grid.addWidget(self.serial_label, 4, 2, 1, 1)

        self.serial_edit = QLineEdit(ClaimCorrectionDialog)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(100)

        self.facts_grid.addWidget(self.serial_edit, 4, 3, 1, 1)

        self.invoice_check = QCheckBox(ClaimCorrectionDialog)
        self.invoice_check.setObjectName(u"invoice_check")

        self.facts_grid.addWidget(self.invoice_check, 5, 0, 1, 1)

        self.sale_row = QHBoxLayout()
        self.sale_row.setObjectName(u"sale_row")
        self.sale_date_label = QLabel(ClaimCorrectionDialog)
        self.sale_date_label.setObjectName(u"sale_date_label")

        self.sale_row.addWidget(self.sale_date_label)

        self.sale_date_edit = QLineEdit(ClaimCorrectionDialog)
        self.sale_date_edit.setObjectName(u"sale_date_edit")
        self.sale_date_edit.setMaxLength(10)

        self.sale_row.addWidget(self.sale_date_edit)


        self.facts_grid.addLayout(self.sale_row, 5, 1, 1, 1)

        self.invoice_no_label = QLabel(ClaimCorrectionDialog)
        self.invoice_no_label.setObjectName(u"invoice_no_label")

        self.facts_grid.addWidget(self.invoice_no_label, 5, 2, 1, 1)

        self.invoice_no_edit = QLineEdit(ClaimCorrectionDialog)
        self.invoice_no_edit.setObjectName(u"invoice_no_edit")
        self.invoice_no_edit.setMaxLength(100)

        self.facts_grid.addWidget(self.invoice_no_edit, 5, 3, 1, 1)

        self.unit_error = QLabel(ClaimCorrectionDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setStyleSheet(u"color: #b00020;")
        self.unit_error.setText(u"")
        self.unit_error.setWordWrap(True)

        self.facts_grid.addWidget(self.unit_error, 6, 1, 1, 3)

        self.fault_label = QLabel(ClaimCorrectionDialog)
        self.fault_label.setObjectName(u"fault_label")

        self.facts_grid.addWidget(self.fault_label, 7, 0, 1, 1)

        self.fault_edit = QPlainTextEdit(ClaimCorrectionDialog)
        self.fault_edit.setObjectName(u"fault_edit")
        self.fault_edit.setTabChangesFocus(True)
        self.fault_edit.setMaximumSize(QSize(16777215, 64))

        self.facts_grid.addWidget(self.fault_edit, 7, 1, 1, 3)

        self.fault_error = QLabel(ClaimCorrectionDialog)
        self.fault_error.setObjectName(u"fault_error")
        self.fault_error.setStyleSheet(u"color: #b00020;")
        self.fault_error.setText(u"")
        self.fault_error.setWordWrap(True)

        self.facts_grid.addWidget(self.fault_error, 8, 1, 1, 3)

        self.accessories_label = QLabel(ClaimCorrectionDialog)
        self.accessories_label.setObjectName(u"accessories_label")

        self.facts_grid.addWidget(self.accessories_label, 9, 0, 1, 1)

        self.accessories_list = QListWidget(ClaimCorrectionDialog)
        self.accessories_list.setObjectName(u"accessories_list")
        self.accessories_list.setMaximumSize(QSize(16777215, 52))
        self.accessories_list.setFlow(QListView.Flow.LeftToRight)
        self.accessories_list.setProperty(u"isWrapping", True)
        self.accessories_list.setResizeMode(QListView.ResizeMode.Adjust)

        self.facts_grid.addWidget(self.accessories_list, 9, 1, 1, 3)

        self.remedy_label = QLabel(ClaimCorrectionDialog)
        self.remedy_label.setObjectName(u"remedy_label")

        self.facts_grid.addWidget(self.remedy_label, 10, 0, 1, 1)

        self.remedy_combo = QComboBox(ClaimCorrectionDialog)
        self.remedy_combo.setObjectName(u"remedy_combo")

        self.facts_grid.addWidget(self.remedy_combo, 10, 1, 1, 3)

        self.remedy_error = QLabel(ClaimCorrectionDialog)
        self.remedy_error.setObjectName(u"remedy_error")
        self.remedy_error.setStyleSheet(u"color: #b00020;")
        self.remedy_error.setText(u"")
        self.remedy_error.setWordWrap(True)

        self.facts_grid.addWidget(self.remedy_error, 11, 1, 1, 3)

        self.decision_title = QLabel(ClaimCorrectionDialog)
        self.decision_title.setObjectName(u"decision_title")

        self.facts_grid.addWidget(self.decision_title, 12, 0, 1, 1)

        self.decision_label = QLabel(ClaimCorrectionDialog)
        self.decision_label.setObjectName(u"decision_label")
        self.decision_label.setText(u"")
        self.decision_label.setTextFormat(Qt.TextFormat.PlainText)
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_grid.addWidget(self.decision_label, 12, 1, 1, 3)

        self.reason_label = QLabel(ClaimCorrectionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.facts_grid.addWidget(self.reason_label, 13, 0, 1, 1)

        self.reason_edit = QLineEdit(ClaimCorrectionDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.facts_grid.addWidget(self.reason_edit, 13, 1, 1, 3)

        self.reason_error = QLabel(ClaimCorrectionDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)

        self.facts_grid.addWidget(self.reason_error, 14, 1, 1, 3)

        self.facts_grid.setColumnStretch(1, 1)
        self.facts_grid.setColumnStretch(3, 1)

        self.dialog_layout.addLayout(self.facts_grid)

        self.error_label = QLabel(ClaimCorrectionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.ok_button = QPushButton(ClaimCorrectionDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setText(u"")

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(ClaimCorrectionDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.phone2_label.setBuddy(self.phone2_edit)
        self.city_label.setBuddy(self.city_edit)
        self.address_label.setBuddy(self.address_edit)
        self.serial_label.setBuddy(self.serial_edit)
        self.sale_date_label.setBuddy(self.sale_date_edit)
        self.invoice_no_label.setBuddy(self.invoice_no_edit)
        self.fault_label.setBuddy(self.fault_edit)
        self.accessories_label.setBuddy(self.accessories_list)
        self.remedy_label.setBuddy(self.remedy_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.contact_edit)
        QWidget.setTabOrder(self.contact_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.phone2_edit)
        QWidget.setTabOrder(self.phone2_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.serial_edit)
        QWidget.setTabOrder(self.serial_edit, self.invoice_check)
        QWidget.setTabOrder(self.invoice_check, self.sale_date_edit)
        QWidget.setTabOrder(self.sale_date_edit, self.invoice_no_edit)
        QWidget.setTabOrder(self.invoice_no_edit, self.fault_edit)
        QWidget.setTabOrder(self.fault_edit, self.accessories_list)
        QWidget.setTabOrder(self.accessories_list, self.remedy_combo)
        QWidget.setTabOrder(self.remedy_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ClaimCorrectionDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ClaimCorrectionDialog)
    # setupUi

    def retranslateUi(self, ClaimCorrectionDialog):
        ClaimCorrectionDialog.setWindowTitle(QCoreApplication.translate("ClaimCorrectionDialog", u"Correct the claim", None))
        self.name_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Customer &name:", None))
#if QT_CONFIG(tooltip)
        self.name_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The person, or the company's name", None))
#endif // QT_CONFIG(tooltip)
        self.contact_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"C&ontact person:", None))
#if QT_CONFIG(tooltip)
        self.contact_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"For a company: the person to talk to", None))
#endif // QT_CONFIG(tooltip)
        self.phone_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"&Phone:", None))
#if QT_CONFIG(tooltip)
        self.phone_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"An 11-digit mobile, a landline with area code, or a 400/800 number", None))
#endif // QT_CONFIG(tooltip)
        self.phone2_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Second p&hone:", None))
#if QT_CONFIG(tooltip)
        self.phone2_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"Another number the customer can be reached at (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.city_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Cit&y:", None))
#if QT_CONFIG(tooltip)
        self.city_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The customer's city (on-site service only in the listed cities, S2)", None))
#endif // QT_CONFIG(tooltip)
        self.address_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"A&ddress:", None))
#if QT_CONFIG(tooltip)
        self.address_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The customer's address", None))
#endif // QT_CONFIG(tooltip)
        self.model_title.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Model:", None))
        self.serial_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Seria&l no.:", None))
#if QT_CONFIG(tooltip)
        self.serial_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The serial on the unit's label; a serial already on record points the claim at that unit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.invoice_check.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The customer showed the purchase invoice (W10): return and exchange are offered only with it", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_check.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"&Invoice present", None))
        self.sale_date_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Sale da&te:", None))
#if QT_CONFIG(tooltip)
        self.sale_date_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The sale date on the invoice, e.g. 2026-03-18 (W1)", None))
#endif // QT_CONFIG(tooltip)
        self.invoice_no_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"In&voice no.:", None))
#if QT_CONFIG(tooltip)
        self.invoice_no_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The purchase invoice's number", None))
#endif // QT_CONFIG(tooltip)
        self.fault_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"&Fault:", None))
#if QT_CONFIG(tooltip)
        self.fault_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"The fault as the customer describes it", None))
#endif // QT_CONFIG(tooltip)
        self.accessories_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"&Accessories:", None))
#if QT_CONFIG(tooltip)
        self.accessories_list.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"Tick the accessories handed over (Space ticks); those not ticked are missing (W2)", None))
#endif // QT_CONFIG(tooltip)
        self.remedy_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"&Remedy chosen:", None))
#if QT_CONFIG(tooltip)
        self.remedy_combo.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"What the customer chooses among the remedies the warranty offers (W2-W5)", None))
#endif // QT_CONFIG(tooltip)
        self.decision_title.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Warranty decision:", None))
        self.reason_label.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"R&eason:", None))
#if QT_CONFIG(tooltip)
        self.reason_edit.setToolTip(QCoreApplication.translate("ClaimCorrectionDialog", u"Why the claim is corrected or withdrawn: kept in the audit log", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("ClaimCorrectionDialog", u"Close", None))
    # retranslateUi

