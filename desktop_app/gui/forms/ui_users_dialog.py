# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(900, 640)
        self.dialog_layout = QVBoxLayout(UsersDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(UsersDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.staff_table = QTableWidget(UsersDialog)
        if (self.staff_table.columnCount() < 4):
            self.staff_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.staff_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.staff_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.staff_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.staff_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.staff_table.setObjectName(u"staff_table")
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setAlternatingRowColors(True)
        self.staff_table.setColumnCount(4)
        self.staff_table.horizontalHeader().setStretchLastSection(True)
        self.staff_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.staff_table)

        self.forms_row = QHBoxLayout()
        self.forms_row.setSpacing(12)
        self.forms_row.setObjectName(u"forms_row")
        self.add_group = QGroupBox(UsersDialog)
        self.add_group.setObjectName(u"add_group")
        self.add_layout = QVBoxLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.add_form = QFormLayout()
        self.add_form.setObjectName(u"add_form")
        self.add_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.username_label = QLabel(self.add_group)
        self.username_label.setObjectName(u"username_label")

        self.add_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.add_group)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(50)

        self.add_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(self.add_group)
        self.display_name_label.setObjectName(u"display_name_label")

        self.add_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(self.add_group)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(100)

        self.add_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(self.add_group)
        self.role_label.setObjectName(u"role_label")

        self.add_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.add_group)
        self.role_combo.setObjectName(u"role_combo")

        self.add_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_label = QLabel(self.add_group)
        self.password_label.setObjectName(u"password_label")

        self.add_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.add_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(self.add_group)
        self.repeat_label.setObjectName(u"repeat_label")

        self.add_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.add_group)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.password_hint_label = QLabel(self.add_group)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setText(u"")
        self.password_hint_label.setWordWrap(True)

        self.add_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_hint_label)


        self.add_layout.addLayout(self.add_form)

        self.add_error_label = QLabel(self.add_group)
        self.add_error_label.setObjectName(u"add_error_label")
        self.add_error_label.setStyleSheet(u"color: #b00020;")
        self.add_error_label.setText(u"")
        self.add_error_label.setWordWrap(True)
        self.add_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_layout.addWidget(self.add_error_label)

        self.add_buttons = QHBoxLayout()
        self.add_buttons.setObjectName(u"add_buttons")
        self.add_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_buttons.addItem(self.add_spacer)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.add_buttons.addWidget(self.add_button)


        self.add_layout.addLayout(self.add_buttons)


        self.forms_row.addWidget(self.add_group)

        self.selected_group = QGroupBox(UsersDialog)
        self.selected_group.setObjectName(u"selected_group")
        self.selected_layout = QVBoxLayout(self.selected_group)
        self.selected_layout.setObjectName(u"selected_layout")
        self.selected_title_row = QHBoxLayout()
        self.selected_title_row.setObjectName(u"selected_title_row")
        self.selected_label = QLabel(self.selected_group)
        self.selected_label.setObjectName(u"selected_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.selected_label.sizePolicy().hasHeightForWidth())
        self.selected_label.setSizePolicy(sizePolicy)
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_label.setText(u"")
        self.selected_label.setStyleSheet(u"font-weight: bold;")
        self.selected_label.setWordWrap(True)

        self.selected_title_row.addWidget(self.selected_label)

        self.edit_button = QPushButton(self.selected_group)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.selected_title_row.addWidget(self.edit_button)


        self.selected_layout.addLayout(self.selected_title_row)

        self.reset_form = QFormLayout()
        self.reset_form.setObjectName(u"reset_form")
        self.reset_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reset_password_label = QLabel(self.selected_group)
        self.reset_password_label.setObjectName(u"reset_password_label")

        self.reset_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reset_password_label)

        self.reset_password_edit = QLineEdit(self.selected_group)
        self.reset_password_edit.setObjectName(u"reset_password_edit")
        self.reset_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.reset_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reset_password_edit)

        self.reset_repeat_label = QLabel(self.selected_group)
        self.reset_repeat_label.setObjectName(u"reset_repeat_label")

        self.reset_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reset_repeat_label)

        self.reset_repeat_edit = QLineEdit(self.selected_group)
        self.reset_repeat_edit.setObjectName(u"reset_repeat_edit")
        self.reset_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.reset_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reset_repeat_edit)


        self.selected_layout.addLayout(self.reset_form)

        self.selected_buttons = QHBoxLayout()
        self.selected_buttons.setObjectName(u"selected_buttons")
        self.reset_button = QPushButton(self.selected_group)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.selected_buttons.addWidget(self.reset_button)

        self.selected_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selected_buttons.addItem(self.selected_spacer)

        self.active_button = QPushButton(self.selected_group)
        self.active_button.setObjectName(u"active_button")
        self.active_button.setText(u"")
        self.active_button.setAutoDefault(False)

        self.selected_buttons.addWidget(self.active_button)


        self.selected_layout.addLayout(self.selected_buttons)

        self.selected_error_label = QLabel(self.selected_group)
        self.selected_error_label.setObjectName(u"selected_error_label")
        self.selected_error_label.setStyleSheet(u"color: #b00020;")
        self.selected_error_label.setText(u"")
        self.selected_error_label.setWordWrap(True)
        self.selected_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.selected_layout.addWidget(self.selected_error_label)

        self.selected_bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.selected_layout.addItem(self.selected_bottom_spacer)


        self.forms_row.addWidget(self.selected_group)


        self.dialog_layout.addLayout(self.forms_row)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.message_label = QLabel(UsersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #1b5e20;")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.bottom_row.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(UsersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_row.addWidget(self.button_box)

        self.bottom_row.setStretch(0, 1)

        self.dialog_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.reset_password_label.setBuddy(self.reset_password_edit)
        self.reset_repeat_label.setBuddy(self.reset_repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staff_table, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.reset_password_edit)
        QWidget.setTabOrder(self.reset_password_edit, self.reset_repeat_edit)
        QWidget.setTabOrder(self.reset_repeat_edit, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.button_box)

        self.retranslateUi(UsersDialog)
        self.button_box.rejected.connect(UsersDialog.reject)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.intro_label.setText(QCoreApplication.translate("UsersDialog", u"Staff who may sign in at this counter. Accounts are never deleted: deactivate someone who has left, so their records keep their name.", None))
        ___qtablewidgetitem = self.staff_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"User name", None))
        ___qtablewidgetitem1 = self.staff_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"Name", None))
        ___qtablewidgetitem2 = self.staff_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"Role", None))
        ___qtablewidgetitem3 = self.staff_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"Status", None))
        self.add_group.setTitle(QCoreApplication.translate("UsersDialog", u"Add a user", None))
        self.username_label.setText(QCoreApplication.translate("UsersDialog", u"&User name:", None))
        self.display_name_label.setText(QCoreApplication.translate("UsersDialog", u"&Name:", None))
        self.role_label.setText(QCoreApplication.translate("UsersDialog", u"R&ole:", None))
        self.password_label.setText(QCoreApplication.translate("UsersDialog", u"&Password:", None))
        self.repeat_label.setText(QCoreApplication.translate("UsersDialog", u"R&epeat password:", None))
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"&Add user", None))
        self.selected_group.setTitle(QCoreApplication.translate("UsersDialog", u"Selected user", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("UsersDialog", u"Correct the name or change the role on the same account", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("UsersDialog", u"Ed&it\u2026", None))
        self.reset_password_label.setText(QCoreApplication.translate("UsersDialog", u"Ne&w password:", None))
        self.reset_repeat_label.setText(QCoreApplication.translate("UsersDialog", u"Repea&t new password:", None))
        self.reset_button.setText(QCoreApplication.translate("UsersDialog", u"&Set new password", None))
    # retranslateUi

