# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reassign_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReassignDialog(object):
    def setupUi(self, ReassignDialog):
        if not ReassignDialog.objectName():
            ReassignDialog.setObjectName(u"ReassignDialog")
        ReassignDialog.resize(520, 220)
        self.dialog_layout = QVBoxLayout(ReassignDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReassignDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.current_label = QLabel(ReassignDialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setText(u"")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.current_label)

        self.reassign_form = QFormLayout()
        self.reassign_form.setObjectName(u"reassign_form")
        self.reassign_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.technician_label = QLabel(ReassignDialog)
        self.technician_label.setObjectName(u"technician_label")

        self.reassign_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.technician_label)

        self.technician_combo = QComboBox(ReassignDialog)
        self.technician_combo.setObjectName(u"technician_combo")

        self.reassign_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.technician_combo)

        self.technician_error = QLabel(ReassignDialog)
        self.technician_error.setObjectName(u"technician_error")
        self.technician_error.setText(u"")
        self.technician_error.setWordWrap(True)
        self.technician_error.setStyleSheet(u"color: #b00020;")

        self.reassign_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.technician_error)

        self.reason_label = QLabel(ReassignDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.reassign_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ReassignDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.reassign_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(ReassignDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")

        self.reassign_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.dialog_layout.addLayout(self.reassign_form)

        self.note_label = QLabel(ReassignDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(u"color: #555555;")

        self.dialog_layout.addWidget(self.note_label)

        self.error_label = QLabel(ReassignDialog)
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

        self.ok_button = QPushButton(ReassignDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(ReassignDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.technician_label.setBuddy(self.technician_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.technician_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ReassignDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReassignDialog)
    # setupUi

    def retranslateUi(self, ReassignDialog):
        ReassignDialog.setWindowTitle(QCoreApplication.translate("ReassignDialog", u"Hand the order to another technician", None))
        self.technician_label.setText(QCoreApplication.translate("ReassignDialog", u"&To:", None))
#if QT_CONFIG(tooltip)
        self.technician_combo.setToolTip(QCoreApplication.translate("ReassignDialog", u"Active technicians and supervisors; the number is their open orders", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("ReassignDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ReassignDialog", u"Why it changes hands, e.g. left the company, on sick leave (kept in its history)", None))
        self.note_label.setText(QCoreApplication.translate("ReassignDialog", u"The state stays. From now on the new technician works the order and is credited with its completion, service report and survey; what was already done stays with whoever did it.", None))
        self.ok_button.setText(QCoreApplication.translate("ReassignDialog", u"&Hand over", None))
        self.cancel_button.setText(QCoreApplication.translate("ReassignDialog", u"Cancel", None))
    # retranslateUi

