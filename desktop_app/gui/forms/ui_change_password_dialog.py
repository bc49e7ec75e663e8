# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLayout, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(440, 10)
        ChangePasswordDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(ChangePasswordDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.prompt_label = QLabel(ChangePasswordDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setText(u"")
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.old_password_label = QLabel(ChangePasswordDialog)
        self.old_password_label.setObjectName(u"old_password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_password_label)

        self.old_password_edit = QLineEdit(ChangePasswordDialog)
        self.old_password_edit.setObjectName(u"old_password_edit")
        self.old_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password_edit)

        self.password_label = QLabel(ChangePasswordDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(ChangePasswordDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(ChangePasswordDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(ChangePasswordDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.password_hint_label = QLabel(ChangePasswordDialog)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setText(u"")
        self.password_hint_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_hint_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ChangePasswordDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ChangePasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_password_label.setBuddy(self.old_password_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.old_password_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.button_box)

        self.retranslateUi(ChangePasswordDialog)
        self.button_box.accepted.connect(ChangePasswordDialog.accept)
        self.button_box.rejected.connect(ChangePasswordDialog.reject)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.old_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.repeat_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password:", None))
    # retranslateUi

