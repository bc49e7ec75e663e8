# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_visit_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateTimeEdit, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(520, 380)
        self.dialog_layout = QVBoxLayout(VisitDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(VisitDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.mode_box = QGroupBox(VisitDialog)
        self.mode_box.setObjectName(u"mode_box")
        self.mode_box.setTitle(u"")
        self.mode_layout = QVBoxLayout(self.mode_box)
        self.mode_layout.setObjectName(u"mode_layout")
        self.correct_radio = QRadioButton(self.mode_box)
        self.correct_radio.setObjectName(u"correct_radio")

        self.mode_layout.addWidget(self.correct_radio)

        self.new_radio = QRadioButton(self.mode_box)
        self.new_radio.setObjectName(u"new_radio")

        self.mode_layout.addWidget(self.new_radio)


        self.dialog_layout.addWidget(self.mode_box)

        self.visit_form = QFormLayout()
        self.visit_form.setObjectName(u"visit_form")
        self.visit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.required_label = QLabel(VisitDialog)
        self.required_label.setObjectName(u"required_label")

        self.visit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.required_label)

        self.required_value = QLabel(VisitDialog)
        self.required_value.setObjectName(u"required_value")
        self.required_value.setText(u"")
        self.required_value.setWordWrap(True)
        self.required_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.required_value)

        self.travel_check = QCheckBox(VisitDialog)
        self.travel_check.setObjectName(u"travel_check")

        self.visit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.travel_check)

        self.travel_edit = QDateTimeEdit(VisitDialog)
        self.travel_edit.setObjectName(u"travel_edit")
        self.travel_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.travel_edit.setCalendarPopup(True)

        self.visit_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.travel_edit)

        self.arrived_label = QLabel(VisitDialog)
        self.arrived_label.setObjectName(u"arrived_label")

        self.visit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_edit = QDateTimeEdit(VisitDialog)
        self.arrived_edit.setObjectName(u"arrived_edit")
        self.arrived_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.arrived_edit.setCalendarPopup(True)

        self.visit_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arrived_edit)

        self.arrived_at_error = QLabel(VisitDialog)
        self.arrived_at_error.setObjectName(u"arrived_at_error")
        self.arrived_at_error.setText(u"")
        self.arrived_at_error.setWordWrap(True)
        self.arrived_at_error.setStyleSheet(u"color: #b00020;")
        self.arrived_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.arrived_at_error)

        self.late_label = QLabel(VisitDialog)
        self.late_label.setObjectName(u"late_label")
        self.late_label.setText(u"")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.late_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.late_label)

        self.departed_check = QCheckBox(VisitDialog)
        self.departed_check.setObjectName(u"departed_check")

        self.visit_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departed_check)

        self.departed_edit = QDateTimeEdit(VisitDialog)
        self.departed_edit.setObjectName(u"departed_edit")
        self.departed_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.departed_edit.setCalendarPopup(True)

        self.visit_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departed_edit)

        self.departed_at_error = QLabel(VisitDialog)
        self.departed_at_error.setObjectName(u"departed_at_error")
        self.departed_at_error.setText(u"")
        self.departed_at_error.setWordWrap(True)
        self.departed_at_error.setStyleSheet(u"color: #b00020;")
        self.departed_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visit_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.departed_at_error)

        self.called_check = QCheckBox(VisitDialog)
        self.called_check.setObjectName(u"called_check")

        self.visit_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.called_check)


        self.dialog_layout.addLayout(self.visit_form)

        self.error_label = QLabel(VisitDialog)
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

        self.save_button = QPushButton(VisitDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(VisitDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.arrived_label.setBuddy(self.arrived_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.correct_radio, self.new_radio)
        QWidget.setTabOrder(self.new_radio, self.travel_check)
        QWidget.setTabOrder(self.travel_check, self.travel_edit)
        QWidget.setTabOrder(self.travel_edit, self.arrived_edit)
        QWidget.setTabOrder(self.arrived_edit, self.departed_check)
        QWidget.setTabOrder(self.departed_check, self.departed_edit)
        QWidget.setTabOrder(self.departed_edit, self.called_check)
        QWidget.setTabOrder(self.called_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(VisitDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"On-site visit", None))
        self.correct_radio.setText(QCoreApplication.translate("VisitDialog", u"Co&rrect this visit's times (a time was typed wrong)", None))
#if QT_CONFIG(tooltip)
        self.correct_radio.setToolTip(QCoreApplication.translate("VisitDialog", u"The form shows the times recorded for this visit: change only the wrong one", None))
#endif // QT_CONFIG(tooltip)
        self.new_radio.setText(QCoreApplication.translate("VisitDialog", u"Record a &new visit (another trip to the customer)", None))
        self.required_label.setText(QCoreApplication.translate("VisitDialog", u"Required arrival:", None))
        self.travel_check.setText(QCoreApplication.translate("VisitDialog", u"Set &off:", None))
        self.arrived_label.setText(QCoreApplication.translate("VisitDialog", u"&Arrived:", None))
        self.departed_check.setText(QCoreApplication.translate("VisitDialog", u"&Departed:", None))
        self.called_check.setText(QCoreApplication.translate("VisitDialog", u"&Called headquarters after leaving (E23)", None))
        self.save_button.setText(QCoreApplication.translate("VisitDialog", u"&Save visit", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("VisitDialog", u"Save the visit times (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("VisitDialog", u"Cancel", None))
    # retranslateUi

