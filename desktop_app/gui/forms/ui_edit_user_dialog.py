# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edit_user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLayout,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EditUserDialog(object):
    def setupUi(self, EditUserDialog):
        if not EditUserDialog.objectName():
            EditUserDialog.setObjectName(u"EditUserDialog")
        EditUserDialog.resize(460, 10)
        EditUserDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(EditUserDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.prompt_label = QLabel(EditUserDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setText(u"")
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.display_name_label = QLabel(EditUserDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(EditUserDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(EditUserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(EditUserDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.role_hint_label = QLabel(EditUserDialog)
        self.role_hint_label.setObjectName(u"role_hint_label")
        self.role_hint_label.setText(u"")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_hint_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(EditUserDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(EditUserDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.display_name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.button_box)

        self.retranslateUi(EditUserDialog)
        self.button_box.accepted.connect(EditUserDialog.accept)
        self.button_box.rejected.connect(EditUserDialog.reject)

        QMetaObject.connectSlotsByName(EditUserDialog)
    # setupUi

    def retranslateUi(self, EditUserDialog):
        EditUserDialog.setWindowTitle(QCoreApplication.translate("EditUserDialog", u"Edit user", None))
        self.display_name_label.setText(QCoreApplication.translate("EditUserDialog", u"&Name:", None))
        self.role_label.setText(QCoreApplication.translate("EditUserDialog", u"R&ole:", None))
    # retranslateUi

