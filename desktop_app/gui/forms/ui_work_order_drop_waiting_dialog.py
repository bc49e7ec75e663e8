# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_drop_waiting_dialog.ui'
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

class Ui_DropWaitingDialog(object):
    def setupUi(self, DropWaitingDialog):
        if not DropWaitingDialog.objectName():
            DropWaitingDialog.setObjectName(u"DropWaitingDialog")
        DropWaitingDialog.resize(520, 240)
        self.dialog_layout = QVBoxLayout(DropWaitingDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(DropWaitingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.current_label = QLabel(DropWaitingDialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setText(u"")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.current_label)

        self.drop_form = QFormLayout()
        self.drop_form.setObjectName(u"drop_form")
        self.drop_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.line_label = QLabel(DropWaitingDialog)
        self.line_label.setObjectName(u"line_label")

        self.drop_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.line_label)

        self.line_combo = QComboBox(DropWaitingDialog)
        self.line_combo.setObjectName(u"line_combo")

        self.drop_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.line_combo)

        self.line_error = QLabel(DropWaitingDialog)
        self.line_error.setObjectName(u"line_error")
        self.line_error.setText(u"")
        self.line_error.setWordWrap(True)
        self.line_error.setStyleSheet(u"color: #b00020;")

        self.drop_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.line_error)

        self.reason_label = QLabel(DropWaitingDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.drop_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(DropWaitingDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.drop_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(DropWaitingDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")

        self.drop_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.dialog_layout.addLayout(self.drop_form)

        self.note_label = QLabel(DropWaitingDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(u"color: #555555;")

        self.dialog_layout.addWidget(self.note_label)

        self.error_label = QLabel(DropWaitingDialog)
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

        self.ok_button = QPushButton(DropWaitingDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(DropWaitingDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.line_label.setBuddy(self.line_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.line_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(DropWaitingDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(DropWaitingDialog)
    # setupUi

    def retranslateUi(self, DropWaitingDialog):
        DropWaitingDialog.setWindowTitle(QCoreApplication.translate("DropWaitingDialog", u"Drop a waiting part", None))
        self.line_label.setText(QCoreApplication.translate("DropWaitingDialog", u"&Part:", None))
#if QT_CONFIG(tooltip)
        self.line_combo.setToolTip(QCoreApplication.translate("DropWaitingDialog", u"The order's part lines still waiting for stock", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("DropWaitingDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("DropWaitingDialog", u"Why it is no longer needed, e.g. not the fault, the customer declined the wear part", None))
        self.note_label.setText(QCoreApplication.translate("DropWaitingDialog", u"The line leaves the order and no longer counts towards the next requisition. A requisition already made is not changed: what arrives goes into stock (D8). When no other part waits, the repair goes on.", None))
        self.ok_button.setText(QCoreApplication.translate("DropWaitingDialog", u"&Drop part", None))
        self.cancel_button.setText(QCoreApplication.translate("DropWaitingDialog", u"Cancel", None))
    # retranslateUi

