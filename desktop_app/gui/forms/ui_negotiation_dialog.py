# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'negotiation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLayout, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NegotiationDialog(object):
    def setupUi(self, NegotiationDialog):
        if not NegotiationDialog.objectName():
            NegotiationDialog.setObjectName(u"NegotiationDialog")
        NegotiationDialog.resize(560, 10)
        self.dialog_layout = QVBoxLayout(NegotiationDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro_label = QLabel(NegotiationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.escalation_label = QLabel(NegotiationDialog)
        self.escalation_label.setObjectName(u"escalation_label")
        self.escalation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.escalation_label.setText(u"")
        self.escalation_label.setWordWrap(True)
        self.escalation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.escalation_label)

        self.settle_form = QFormLayout()
        self.settle_form.setObjectName(u"settle_form")
        self.settle_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outcome_label = QLabel(NegotiationDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.settle_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(NegotiationDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.settle_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.note_label = QLabel(NegotiationDialog)
        self.note_label.setObjectName(u"note_label")

        self.settle_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(NegotiationDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.settle_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.arrival_label = QLabel(NegotiationDialog)
        self.arrival_label.setObjectName(u"arrival_label")

        self.settle_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arrival_label)

        self.arrival_edit = QLineEdit(NegotiationDialog)
        self.arrival_edit.setObjectName(u"arrival_edit")

        self.settle_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arrival_edit)


        self.dialog_layout.addLayout(self.settle_form)

        self.error_label = QLabel(NegotiationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.ok_button = QPushButton(NegotiationDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(NegotiationDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.note_label.setBuddy(self.note_edit)
        self.arrival_label.setBuddy(self.arrival_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outcome_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.arrival_edit)
        QWidget.setTabOrder(self.arrival_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(NegotiationDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(NegotiationDialog)
    # setupUi

    def retranslateUi(self, NegotiationDialog):
        NegotiationDialog.setWindowTitle(QCoreApplication.translate("NegotiationDialog", u"Settle the negotiation", None))
        self.outcome_label.setText(QCoreApplication.translate("NegotiationDialog", u"&Outcome:", None))
#if QT_CONFIG(tooltip)
        self.outcome_combo.setToolTip(QCoreApplication.translate("NegotiationDialog", u"How the negotiation with the customer ended (W8)", None))
#endif // QT_CONFIG(tooltip)
        self.note_label.setText(QCoreApplication.translate("NegotiationDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("NegotiationDialog", u"What was agreed with the customer (required)", None))
        self.arrival_label.setText(QCoreApplication.translate("NegotiationDialog", u"&Arrive by:", None))
#if QT_CONFIG(tooltip)
        self.arrival_edit.setToolTip(QCoreApplication.translate("NegotiationDialog", u"The time the customer asked the technician to arrive (S3)", None))
#endif // QT_CONFIG(tooltip)
        self.arrival_edit.setPlaceholderText(QCoreApplication.translate("NegotiationDialog", u"When the customer wants us there, e.g. 2026-03-18 14:30", None))
        self.ok_button.setText(QCoreApplication.translate("NegotiationDialog", u"&Settle", None))
        self.cancel_button.setText(QCoreApplication.translate("NegotiationDialog", u"Cancel", None))
    # retranslateUi

