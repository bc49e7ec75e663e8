# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLayout,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(520, 10)
        FirstRunDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(FirstRunDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading_label = QLabel(FirstRunDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setText(u"")
        self.heading_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.dialog_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(FirstRunDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.username_label = QLabel(FirstRunDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(FirstRunDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(50)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(FirstRunDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(FirstRunDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(100)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.password_label = QLabel(FirstRunDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(FirstRunDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(FirstRunDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(FirstRunDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.password_hint_label = QLabel(FirstRunDialog)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setText(u"")
        self.password_hint_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_hint_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.sample_data_check = QCheckBox(FirstRunDialog)
        self.sample_data_check.setObjectName(u"sample_data_check")

        self.dialog_layout.addWidget(self.sample_data_check)

        self.sample_data_hint_label = QLabel(FirstRunDialog)
        self.sample_data_hint_label.setObjectName(u"sample_data_hint_label")
        self.sample_data_hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.sample_data_hint_label)

        self.error_label = QLabel(FirstRunDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FirstRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.sample_data_check)
        QWidget.setTabOrder(self.sample_data_check, self.button_box)

        self.retranslateUi(FirstRunDialog)
        self.button_box.accepted.connect(FirstRunDialog.accept)
        self.button_box.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up Service Counter", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"This database is new. Create the account of the service centre's general manager; the general manager then adds the other staff.", None))
        self.username_label.setText(QCoreApplication.translate("FirstRunDialog", u"&User name:", None))
        self.display_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Password:", None))
        self.repeat_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password:", None))
        self.sample_data_check.setText(QCoreApplication.translate("FirstRunDialog", u"&Load sample data", None))
        self.sample_data_hint_label.setText(QCoreApplication.translate("FirstRunDialog", u"Fills the database with made-up customers, claims, work orders and requisitions, for trying the program out and for training.", None))
    # retranslateUi

