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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReturnCompletionDialog(object):
    def setupUi(self, ReturnCompletionDialog):
        if not ReturnCompletionDialog.objectName():
            ReturnCompletionDialog.setObjectName(u"ReturnCompletionDialog")
        ReturnCompletionDialog.resize(520, 190)
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

        self.note_form = QFormLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.note_label = QLabel(ReturnCompletionDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ReturnCompletionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.note_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.note_form)

        self.error_label = QLabel(ReturnCompletionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

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
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ReturnCompletionDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnCompletionDialog)
    # setupUi

    def retranslateUi(self, ReturnCompletionDialog):
        ReturnCompletionDialog.setWindowTitle(QCoreApplication.translate("ReturnCompletionDialog", u"Complete the return", None))
        self.explain_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"The general manager approved this return. Once the customer has the refund, complete it: the claim is closed (W9).", None))
        self.note_label.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Refund &note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ReturnCompletionDialog", u"Refund slip number or how the refund was made", None))
        self.ok_button.setText(QCoreApplication.translate("ReturnCompletionDialog", u"&Complete the return", None))
        self.cancel_button.setText(QCoreApplication.translate("ReturnCompletionDialog", u"Cancel", None))
    # retranslateUi

