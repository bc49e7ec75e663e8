# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_completion_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReturnCompletionDialog(object):
    def setupUi(self, ReturnCompletionDialog):
        if not ReturnCompletionDialog.objectName():
            ReturnCompletionDialog.setObjectName(u"ReturnCompletionDialog")
        ReturnCompletionDialog.resize(600, 400)
        self.dialog_layout = QVBoxLayout(ReturnCompletionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReturnCompletionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.explain_label = QLabel(ReturnCompletionDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explain_label)

        self.missing_label = QLabel(ReturnCompletionDialog)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setText(u"")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(u"color: #8a4b00;")

        self.dialog_layout.addWidget(self.missing_label)

        self.refund_grid = QGridLayout()
        self.refund_grid.setObjectName(u"refund_grid")
        self.refund_grid.setVerticalSpacing(2)
        self.price_label = QLabel(ReturnCompletionDialog)
        self.price_label.setObjectName(u"price_label")

        self.refund_grid.addWidget(self.price_label, 0, 0, 1, 1)

        self.price_edit = QLineEdit(ReturnCompletionDialog)
        self.price_edit.setObjectName(u"price_edit")
        self.price_edit.setMaxLength(20)

        self.refund_grid.addWidget(self.price_edit, 0, 1, 1, 1)

        self.price_error = QLabel(ReturnCompletionDialog)
        self.price_error.setObjectName(u"price_error")
        self.price_error.setTextFormat(Qt.TextFormat.PlainText)
        self.price_error.setText(u"")
        self.price_error.setWordWrap(True)
        self.price_error.setStyleSheet(u"color: #b00020;")

        self.refund_grid.addWidget(self.price_error, 1, 1, 1, 1)

        self.charge_label = QLabel(ReturnCompletionDialog)
        self.charge_label.setObjectName(u"charge_label")

        self.refund_grid.addWidget(self.charge_label, 2, 0, 1, 1)

        self.charge_edit = QLineEdit(ReturnCompletionDialog)
        self.charge_edit.setObjectName(u"charge_edit")
        self.charge_edit.setMaxLength(20)

        self.refund_grid.addWidget(self.charge_edit, 2, 1, 1, 1)

        self.charge_error = QLabel(ReturnCompletionDialog)
        self.charge_error.setObjectName(u"charge_error")
        self.charge_error.setTextFormat(Qt.TextFormat.PlainText)
        self.charge_error.setText(u"")
        self.charge_error.setWordWrap(True)
        self.charge_error.setStyleSheet(u"color: #b00020;")

        self.refund_grid.addWidget(self.charge_error, 3, 1, 1, 1)

        self.amount_label = QLabel(ReturnCompletionDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.refund_grid.addWidget(self.amount_label, 4, 0, 1, 1)

        self.amount_edit = QLineEdit(ReturnCompletionDialog)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(20)
        self.amount_edit.setReadOnly(True)
        self.amount_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.amount_edit.setStyleSheet(u"background: #f0f0f0; font-weight: bold;")

        self.refund_grid.addWidget(self.amount_edit, 4, 1, 1, 1)

        self.amount_error = QLabel(ReturnCompletionDialog)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setTextFormat(Qt.TextFormat.PlainText)
        self.amount_error.setText(u"")
        self.amount_error.setWordWrap(True)
        self.amount_error.setStyleSheet(u"color: #b00020;")

        self.refund_grid.addWidget(self.amount_error, 5, 1, 1, 1)

        self.method_label = QLabel(ReturnCompletionDialog)
        self.method_label.setObjectName(u"method_label")

        self.refund_grid.addWidget(self.method_label, 6, 0, 1, 1)

        self.method_combo = QComboBox(ReturnCompletionDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.refund_grid.addWidget(self.method_combo, 6, 1, 1, 1)

        self.method_error = QLabel(ReturnCompletionDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setTextFormat(Qt.TextFormat.PlainText)
        self.method_error.setText(u"")
        self.method_error.setWordWrap(True)
        self.method_error.setStyleSheet(u"color: #b00020;")

        self.refund_grid.addWidget(self.method_error, 7, 1, 1, 1)

        self.returned_label = QLabel(ReturnCompletionDialog)
        self.returned_label.setObjectName(u"returned_label")

        self.refund_grid.addWidget(self.returned_label, 8, 0, 1, 1)

        self.returned_box = QWidget(ReturnCompletionDialog)
        self.returned_box.setObjectName(u"returned_box")
        self.returned_layout = QHBoxLayout(self.returned_box)
        self.returned_layout.setObjectName(u"returned_layout")
        self.returned_layout.setContentsMargins(0, 0, 0, 0)
        self.product_check = QCheckBox(self.returned_box)
        self.product_check.setObjectName(u"product_check")

        self.returned_layout.addWidget(self.product_check)

        self.accessories_check = QCheckBox(self.returned_box)
        self.accessories_check.setObjectName(u"accessories_check")

        self.returned_layout.addWidget(self.accessories_check)

        self.invoice_check = QCheckBox(self.returned_box)
        self.invoice_check.setObjectName(u"invoice_check")

        self.returned_layout.addWidget(self.invoice_check)

        self.returned_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returned_layout.addItem(self.returned_spacer)


        self.refund_grid.addWidget(self.returned_box, 8, 1, 1, 1)

        self.returned_error = QLabel(ReturnCompletionDialog)
        self.returned_error.setObjectName(u"returned_error")
        self.returned_error.setTextFormat(Qt.TextFormat.PlainText)
        self.returned_error.setText(u"")
        self.returned_error.setWordWrap(True)
        self.returned_error.setStyleSheet(u"color: #b00020;")

        self.refund_grid.addWidget(self.returned_error, 9, 1, 1, 1)

        self.note_label = QLabel(ReturnCompletionDialog)
        self.note_label.setObjectName(u"note_label")

        self.refund_grid.addWidget(self.note_label, 10, 0, 1, 1)

        self.note_edit = QLineEdit(ReturnCompletionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.refund_grid.addWidget(self.note_edit, 10, 1, 1, 1)

        self.refund_grid.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.refund_grid)

        self.error_label = QLabel(ReturnCompletionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.ok_button = QPushButton(ReturnCompletionDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(ReturnCompletionDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.price_label.setBuddy(self.price_edit)
        self.charge_label.setBuddy(self.charge_edit)
        self.method_label.setBuddy(self.method_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.price_edit, self.charge_edit)
        QWidget.setTabOrder(self.charge_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.product_check)
        QWidget.setTabOrder(self.product_check, self.accessories_check)
        QWidget.setTabOrder(self.accessories_check, self.invoice_check)
        QWidget.setTabOrder(self.invoice_check, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ReturnCompletionDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnCompletionDialog)
    # setupUi

    def retranslateUi(self, ReturnCompletionDialog):
        ReturnCompletionDialog.setWindowTitle(QCoreApplication.translate("ReturnCompletionDialog", u"Complete the return", None))
        self.explain_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"The general manager approved this return. Record the refund the customer received and tick what was handed back: the claim is then closed (W2, W9).", None))
        self.price_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"&Purchase price (yuan):", None))
        self.price_edit.setPlaceholderText(QCoreApplication.translate("ReturnCompletionDialog", u"As printed on the invoice, e.g. 1280.00", None))
        self.charge_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Missing accessories c&harge (yuan):", None))
        self.charge_edit.setPlaceholderText(QCoreApplication.translate("ReturnCompletionDialog", u"Their cost price, deducted from the refund (W2)", None))
        self.amount_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Refund (yuan):", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("ReturnCompletionDialog", u"The purchase price less the accessories charge", None))
        self.method_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Refund &method:", None))
        self.returned_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Handed back:", None))
        self.product_check.setText(QCoreApplication.translate("ReturnCompletionDialog", u"The faulty p&roduct", None))
        self.accessories_check.setText(QCoreApplication.translate("ReturnCompletionDialog", u"All &accessories received at intake", None))
        self.invoice_check.setText(QCoreApplication.translate("ReturnCompletionDialog", u"The &invoice", None))
        self.note_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ReturnCompletionDialog", u"Refund slip or transfer number", None))
        self.ok_button.setText(QCoreApplication.translate("ReturnCompletionDialog", u"&Complete the return", None))
        self.cancel_button.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Cancel", None))
    # retranslateUi

