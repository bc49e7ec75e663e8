# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLayout, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(460, 10)
        self.dialog_layout = QVBoxLayout(LockDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading_label = QLabel(LockDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.dialog_layout.addWidget(self.heading_label)

        self.prompt_label = QLabel(LockDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setText(u"")
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.username_label = QLabel(LockDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(LockDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(50)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(LockDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(LockDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(LockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.unsaved_frame = QFrame(LockDialog)
        self.unsaved_frame.setObjectName(u"unsaved_frame")
        self.unsaved_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.unsaved_frame.setStyleSheet(u"QFrame#unsaved_frame { background: #fff4e5; border: 1px solid #e6a23c; border-radius: 4px; }")
        self.unsaved_layout = QVBoxLayout(self.unsaved_frame)
        self.unsaved_layout.setObjectName(u"unsaved_layout")
        self.unsaved_label = QLabel(self.unsaved_frame)
        self.unsaved_label.setObjectName(u"unsaved_label")
        self.unsaved_label.setText(u"")
        self.unsaved_label.setWordWrap(True)

        self.unsaved_layout.addWidget(self.unsaved_label)

        self.unsaved_buttons = QHBoxLayout()
        self.unsaved_buttons.setObjectName(u"unsaved_buttons")
        self.unsaved_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unsaved_buttons.addItem(self.unsaved_spacer)

        self.go_back_button = QPushButton(self.unsaved_frame)
        self.go_back_button.setObjectName(u"go_back_button")

        self.unsaved_buttons.addWidget(self.go_back_button)

        self.discard_button = QPushButton(self.unsaved_frame)
        self.discard_button.setObjectName(u"discard_button")

        self.unsaved_buttons.addWidget(self.discard_button)


        self.unsaved_layout.addLayout(self.unsaved_buttons)


        self.dialog_layout.addWidget(self.unsaved_frame)

        self.button_box = QDialogButtonBox(LockDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.go_back_button)
        QWidget.setTabOrder(self.go_back_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.button_box)

        self.retranslateUi(LockDialog)
        self.button_box.accepted.connect(LockDialog.accept)

        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Locked", None))
        self.heading_label.setText(QCoreApplication.translate("LockDialog", u"The counter is locked", None))
        self.username_label.setText(QCoreApplication.translate("LockDialog", u"&User name:", None))
        self.password_label.setText(QCoreApplication.translate("LockDialog", u"&Password:", None))
        self.go_back_button.setText(QCoreApplication.translate("LockDialog", u"&Go back", None))
        self.discard_button.setText(QCoreApplication.translate("LockDialog", u"&Discard and switch user", None))
    # retranslateUi

