# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_quote_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop_app.gui.work_orders.parts_picker import PartsPicker

class Ui_QuoteDialog(object):
    def setupUi(self, QuoteDialog):
        if not QuoteDialog.objectName():
            QuoteDialog.setObjectName(u"QuoteDialog")
        QuoteDialog.resize(780, 640)
        self.dialog_layout = QVBoxLayout(QuoteDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(QuoteDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.quote_form = QFormLayout()
        self.quote_form.setObjectName(u"quote_form")
        self.quote_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rate_label = QLabel(QuoteDialog)
        self.rate_label.setObjectName(u"rate_label")

        self.quote_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rate_label)

        self.rate_combo = QComboBox(QuoteDialog)
        self.rate_combo.setObjectName(u"rate_combo")

        self.quote_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rate_combo)

        self.labour_label = QLabel(QuoteDialog)
        self.labour_label.setObjectName(u"labour_label")

        self.quote_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labour_label)

        self.labour_spin = QDoubleSpinBox(QuoteDialog)
        self.labour_spin.setObjectName(u"labour_spin")
        self.labour_spin.setPrefix(u"\u00a5 ")
        self.labour_spin.setDecimals(2)
        self.labour_spin.setMaximum(999999.989999999990687)
        self.labour_spin.setSingleStep(10.000000000000000)
        self.labour_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.quote_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labour_spin)

        self.labour_error = QLabel(QuoteDialog)
        self.labour_error.setObjectName(u"labour_error")
        self.labour_error.setText(u"")
        self.labour_error.setWordWrap(True)
        self.labour_error.setStyleSheet(u"color: #b00020;")
        self.labour_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quote_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.labour_error)

        self.travel_label = QLabel(QuoteDialog)
        self.travel_label.setObjectName(u"travel_label")

        self.quote_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.travel_label)

        self.travel_spin = QDoubleSpinBox(QuoteDialog)
        self.travel_spin.setObjectName(u"travel_spin")
        self.travel_spin.setPrefix(u"\u00a5 ")
        self.travel_spin.setDecimals(2)
        self.travel_spin.setMaximum(999999.989999999990687)
        self.travel_spin.setSingleStep(10.000000000000000)
        self.travel_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.quote_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.travel_spin)

        self.travel_error = QLabel(QuoteDialog)
        self.travel_error.setObjectName(u"travel_error")
        self.travel_error.setText(u"")
        self.travel_error.setWordWrap(True)
        self.travel_error.setStyleSheet(u"color: #b00020;")
        self.travel_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quote_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.travel_error)


        self.dialog_layout.addLayout(self.quote_form)

        self.parts_label = QLabel(QuoteDialog)
        self.parts_label.setObjectName(u"parts_label")

        self.dialog_layout.addWidget(self.parts_label)

        self.parts_picker = PartsPicker(QuoteDialog)
        self.parts_picker.setObjectName(u"parts_picker")

        self.dialog_layout.addWidget(self.parts_picker)

        self.parts_error = QLabel(QuoteDialog)
        self.parts_error.setObjectName(u"parts_error")
        self.parts_error.setText(u"")
        self.parts_error.setWordWrap(True)
        self.parts_error.setStyleSheet(u"color: #b00020;")
        self.parts_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.parts_error)

        self.total_label = QLabel(QuoteDialog)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")
        self.total_label.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.total_label)

        self.hint_label = QLabel(QuoteDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.dialog_layout.addWidget(self.hint_label)

        self.error_label = QLabel(QuoteDialog)
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

        self.save_button = QPushButton(QuoteDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(QuoteDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.rate_label.setBuddy(self.rate_combo)
        self.labour_label.setBuddy(self.labour_spin)
        self.travel_label.setBuddy(self.travel_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rate_combo, self.labour_spin)
        QWidget.setTabOrder(self.labour_spin, self.travel_spin)
        QWidget.setTabOrder(self.travel_spin, self.parts_picker)
        QWidget.setTabOrder(self.parts_picker, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(QuoteDialog)

        QMetaObject.connectSlotsByName(QuoteDialog)
    # setupUi

    def retranslateUi(self, QuoteDialog):
        QuoteDialog.setWindowTitle(QCoreApplication.translate("QuoteDialog", u"Quote for a paid repair", None))
        self.rate_label.setText(QCoreApplication.translate("QuoteDialog", u"&Labour rate:", None))
#if QT_CONFIG(tooltip)
        self.rate_combo.setToolTip(QCoreApplication.translate("QuoteDialog", u"Labour charges of the fee schedule in force; fills in the labour", None))
#endif // QT_CONFIG(tooltip)
        self.labour_label.setText(QCoreApplication.translate("QuoteDialog", u"La&bour:", None))
        self.travel_label.setText(QCoreApplication.translate("QuoteDialog", u"&Travel:", None))
        self.parts_label.setText(QCoreApplication.translate("QuoteDialog", u"Parts, charged at the fee schedule's cost price (W5):", None))
        self.hint_label.setText(QCoreApplication.translate("QuoteDialog", u"The order waits for the customer's answer; record it with \u201cCustomer accepted\u201d or \u201cCustomer refused\u201d.", None))
        self.save_button.setText(QCoreApplication.translate("QuoteDialog", u"&Save quote", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("QuoteDialog", u"Record the quote (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("QuoteDialog", u"Cancel", None))
    # retranslateUi

