# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisition_note_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequisitionNoteDialog(object):
    def setupUi(self, RequisitionNoteDialog):
        if not RequisitionNoteDialog.objectName():
            RequisitionNoteDialog.setObjectName(u"RequisitionNoteDialog")
        RequisitionNoteDialog.resize(480, 160)
        self.dialog_layout = QVBoxLayout(RequisitionNoteDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RequisitionNoteDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.note_form = QFormLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.note_label = QLabel(RequisitionNoteDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")

        self.note_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(RequisitionNoteDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.note_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.note_error = QLabel(RequisitionNoteDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.note_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.note_error)


        self.dialog_layout.addLayout(self.note_form)

        self.error_label = QLabel(RequisitionNoteDialog)
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

        self.ok_button = QPushButton(RequisitionNoteDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setText(u"")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(RequisitionNoteDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(RequisitionNoteDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(RequisitionNoteDialog)
    # setupUi

    def retranslateUi(self, RequisitionNoteDialog):
        self.cancel_button.setText(QCoreApplication.translate("RequisitionNoteDialog", u"Cancel", None))
        pass
    # retranslateUi

