# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CentreSettingsDialog(object):
    def setupUi(self, CentreSettingsDialog):
        if not CentreSettingsDialog.objectName():
            CentreSettingsDialog.setObjectName(u"CentreSettingsDialog")
        CentreSettingsDialog.resize(560, 720)
        CentreSettingsDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(CentreSettingsDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.letterhead_group = QGroupBox(CentreSettingsDialog)
        self.letterhead_group.setObjectName(u"letterhead_group")
        self.letterhead_form = QFormLayout(self.letterhead_group)
        self.letterhead_form.setObjectName(u"letterhead_form")
        self.letterhead_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(self.letterhead_group)
        self.name_label.setObjectName(u"name_label")

        self.letterhead_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.letterhead_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.letterhead_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(self.letterhead_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b00020;")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.letterhead_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.address_label = QLabel(self.letterhead_group)
        self.address_label.setObjectName(u"address_label")

        self.letterhead_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.letterhead_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.letterhead_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.address_error = QLabel(self.letterhead_group)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setStyleSheet(u"color: #b00020;")
        self.address_error.setText(u"")
        self.address_error.setWordWrap(True)
        self.address_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.letterhead_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_error)

        self.phone_label = QLabel(self.letterhead_group)
        self.phone_label.setObjectName(u"phone_label")

        self.letterhead_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.letterhead_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(50)

        self.letterhead_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(self.letterhead_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setStyleSheet(u"color: #b00020;")
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)
        self.phone_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.letterhead_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.preview_caption = QLabel(self.letterhead_group)
        self.preview_caption.setObjectName(u"preview_caption")

        self.letterhead_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.preview_caption)

        self.preview_label = QLabel(self.letterhead_group)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.preview_label.sizePolicy().hasHeightForWidth())
        self.preview_label.setSizePolicy(sizePolicy)
        self.preview_label.setText(u"")
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet(u"padding: 4px; background: palette(base);")

        self.letterhead_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.preview_label)


        self.dialog_layout.addWidget(self.letterhead_group)

        self.cities_group = QGroupBox(CentreSettingsDialog)
        self.cities_group.setObjectName(u"cities_group")
        self.cities_layout = QVBoxLayout(self.cities_group)
        self.cities_layout.setObjectName(u"cities_layout")
        self.cities_note = QLabel(self.cities_group)
        self.cities_note.setObjectName(u"cities_note")
        self.cities_note.setWordWrap(True)

        self.cities_layout.addWidget(self.cities_note)

        self.cities_row = QHBoxLayout()
        self.cities_row.setObjectName(u"cities_row")
        self.cities_list = QListWidget(self.cities_group)
        self.cities_list.setObjectName(u"cities_list")
        self.cities_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.cities_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.cities_row.addWidget(self.cities_list)

        self.city_buttons = QVBoxLayout()
        self.city_buttons.setObjectName(u"city_buttons")
        self.remove_city_button = QPushButton(self.cities_group)
        self.remove_city_button.setObjectName(u"remove_city_button")
        self.remove_city_button.setAutoDefault(False)

        self.city_buttons.addWidget(self.remove_city_button)

        self.up_button = QPushButton(self.cities_group)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setAutoDefault(False)

        self.city_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.cities_group)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setAutoDefault(False)

        self.city_buttons.addWidget(self.down_button)

        self.city_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.city_buttons.addItem(self.city_buttons_spacer)


        self.cities_row.addLayout(self.city_buttons)


        self.cities_layout.addLayout(self.cities_row)

        self.add_city_row = QHBoxLayout()
        self.add_city_row.setObjectName(u"add_city_row")
        self.new_city_label = QLabel(self.cities_group)
        self.new_city_label.setObjectName(u"new_city_label")

        self.add_city_row.addWidget(self.new_city_label)

        self.new_city_edit = QLineEdit(self.cities_group)
        self.new_city_edit.setObjectName(u"new_city_edit")
        self.new_city_edit.setMaxLength(50)

        self.add_city_row.addWidget(self.new_city_edit)

        self.add_city_button = QPushButton(self.cities_group)
        self.add_city_button.setObjectName(u"add_city_button")
        self.add_city_button.setAutoDefault(False)

        self.add_city_row.addWidget(self.add_city_button)


        self.cities_layout.addLayout(self.add_city_row)

        self.cities_error = QLabel(self.cities_group)
        self.cities_error.setObjectName(u"cities_error")
        self.cities_error.setStyleSheet(u"color: #b00020;")
        self.cities_error.setText(u"")
        self.cities_error.setWordWrap(True)
        self.cities_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cities_layout.addWidget(self.cities_error)


        self.dialog_layout.addWidget(self.cities_group)

        self.repairs_group = QGroupBox(CentreSettingsDialog)
        self.repairs_group.setObjectName(u"repairs_group")
        self.repairs_form = QFormLayout(self.repairs_group)
        self.repairs_form.setObjectName(u"repairs_form")
        self.repairs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.repeat_repair_days_label = QLabel(self.repairs_group)
        self.repeat_repair_days_label.setObjectName(u"repeat_repair_days_label")

        self.repairs_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.repeat_repair_days_label)

        self.repeat_repair_days_spin = QSpinBox(self.repairs_group)
        self.repeat_repair_days_spin.setObjectName(u"repeat_repair_days_spin")
        self.repeat_repair_days_spin.setMinimum(1)
        self.repeat_repair_days_spin.setMaximum(3650)
        self.repeat_repair_days_spin.setMinimumSize(QSize(130, 0))

        self.repairs_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.repeat_repair_days_spin)

        self.repairs_error = QLabel(self.repairs_group)
        self.repairs_error.setObjectName(u"repairs_error")
        self.repairs_error.setStyleSheet(u"color: #b00020;")
        self.repairs_error.setText(u"")
        self.repairs_error.setWordWrap(True)
        self.repairs_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.repairs_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repairs_error)


        self.dialog_layout.addWidget(self.repairs_group)

        self.security_group = QGroupBox(CentreSettingsDialog)
        self.security_group.setObjectName(u"security_group")
        self.security_form = QFormLayout(self.security_group)
        self.security_form.setObjectName(u"security_form")
        self.security_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.max_failed_label = QLabel(self.security_group)
        self.max_failed_label.setObjectName(u"max_failed_label")

        self.security_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.max_failed_label)

        self.max_failed_spin = QSpinBox(self.security_group)
        self.max_failed_spin.setObjectName(u"max_failed_spin")
        self.max_failed_spin.setMinimum(1)
        self.max_failed_spin.setMaximum(100)
        self.max_failed_spin.setMinimumSize(QSize(130, 0))

        self.security_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.max_failed_spin)

        self.lockout_label = QLabel(self.security_group)
        self.lockout_label.setObjectName(u"lockout_label")

        self.security_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lockout_label)

        self.lockout_spin = QSpinBox(self.security_group)
        self.lockout_spin.setObjectName(u"lockout_spin")
        self.lockout_spin.setMinimum(1)
        self.lockout_spin.setMaximum(1440)
        self.lockout_spin.setMinimumSize(QSize(130, 0))

        self.security_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lockout_spin)

        self.idle_lock_label = QLabel(self.security_group)
        self.idle_lock_label.setObjectName(u"idle_lock_label")

        self.security_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idle_lock_label)

        self.idle_lock_spin = QSpinBox(self.security_group)
        self.idle_lock_spin.setObjectName(u"idle_lock_spin")
        self.idle_lock_spin.setMinimum(0)
        self.idle_lock_spin.setMaximum(480)
        self.idle_lock_spin.setMinimumSize(QSize(130, 0))

        self.security_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idle_lock_spin)

        self.security_error = QLabel(self.security_group)
        self.security_error.setObjectName(u"security_error")
        self.security_error.setStyleSheet(u"color: #b00020;")
        self.security_error.setText(u"")
        self.security_error.setWordWrap(True)
        self.security_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.security_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.security_error)


        self.dialog_layout.addWidget(self.security_group)

        self.form_error_label = QLabel(CentreSettingsDialog)
        self.form_error_label.setObjectName(u"form_error_label")
        self.form_error_label.setStyleSheet(u"color: #b00020;")
        self.form_error_label.setText(u"")
        self.form_error_label.setWordWrap(True)
        self.form_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error_label)

        self.button_box = QDialogButtonBox(CentreSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.new_city_label.setBuddy(self.new_city_edit)
        self.repeat_repair_days_label.setBuddy(self.repeat_repair_days_spin)
        self.max_failed_label.setBuddy(self.max_failed_spin)
        self.lockout_label.setBuddy(self.lockout_spin)
        self.idle_lock_label.setBuddy(self.idle_lock_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.cities_list)
        QWidget.setTabOrder(self.cities_list, self.remove_city_button)
        QWidget.setTabOrder(self.remove_city_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.new_city_edit)
        QWidget.setTabOrder(self.new_city_edit, self.add_city_button)
        QWidget.setTabOrder(self.add_city_button, self.repeat_repair_days_spin)
        QWidget.setTabOrder(self.repeat_repair_days_spin, self.max_failed_spin)
        QWidget.setTabOrder(self.max_failed_spin, self.lockout_spin)
        QWidget.setTabOrder(self.lockout_spin, self.idle_lock_spin)

        self.retranslateUi(CentreSettingsDialog)

        QMetaObject.connectSlotsByName(CentreSettingsDialog)
    # setupUi

    def retranslateUi(self, CentreSettingsDialog):
        CentreSettingsDialog.setWindowTitle(QCoreApplication.translate("CentreSettingsDialog", u"Centre settings", None))
        self.letterhead_group.setTitle(QCoreApplication.translate("CentreSettingsDialog", u"Letterhead (printed on every paper)", None))
        self.name_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"Centre &name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CentreSettingsDialog", u"e.g. Shenzhen Xunlian Service Centre", None))
        self.address_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"&Address:", None))
        self.phone_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"&Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("CentreSettingsDialog", u"e.g. 0755-8632 1188", None))
        self.preview_caption.setText(QCoreApplication.translate("CentreSettingsDialog", u"Printed as:", None))
        self.cities_group.setTitle(QCoreApplication.translate("CentreSettingsDialog", u"On-site service cities (S2)", None))
        self.cities_note.setText(QCoreApplication.translate("CentreSettingsDialog", u"The intake desk offers an on-site visit only to customers in these cities; the first ones are offered first.", None))
        self.remove_city_button.setText(QCoreApplication.translate("CentreSettingsDialog", u"&Remove", None))
        self.up_button.setText(QCoreApplication.translate("CentreSettingsDialog", u"Move &up", None))
        self.down_button.setText(QCoreApplication.translate("CentreSettingsDialog", u"Move do&wn", None))
        self.new_city_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"New &city:", None))
        self.new_city_edit.setPlaceholderText(QCoreApplication.translate("CentreSettingsDialog", u"e.g. Guangzhou", None))
        self.add_city_button.setText(QCoreApplication.translate("CentreSettingsDialog", u"A&dd", None))
        self.repairs_group.setTitle(QCoreApplication.translate("CentreSettingsDialog", u"Repeat repairs (E16)", None))
        self.repeat_repair_days_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"Back again within this counts as a repeat repair:", None))
        self.repeat_repair_days_spin.setSuffix(QCoreApplication.translate("CentreSettingsDialog", u" days", None))
        self.security_group.setTitle(QCoreApplication.translate("CentreSettingsDialog", u"Sign-in and lock", None))
        self.max_failed_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"Wrong passwords before locking:", None))
        self.max_failed_spin.setSuffix("")
        self.lockout_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"Account locked for:", None))
        self.lockout_spin.setSuffix(QCoreApplication.translate("CentreSettingsDialog", u" minutes", None))
        self.idle_lock_label.setText(QCoreApplication.translate("CentreSettingsDialog", u"Lock the screen when idle for:", None))
        self.idle_lock_spin.setSuffix(QCoreApplication.translate("CentreSettingsDialog", u" minutes", None))
        self.idle_lock_spin.setSpecialValueText(QCoreApplication.translate("CentreSettingsDialog", u"never by itself", None))
    # retranslateUi

