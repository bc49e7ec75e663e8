# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_part_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PartDialog(object):
    def setupUi(self, PartDialog):
        if not PartDialog.objectName():
            PartDialog.setObjectName(u"PartDialog")
        PartDialog.resize(520, 520)
        self.dialog_layout = QVBoxLayout(PartDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.part_form = QFormLayout()
        self.part_form.setObjectName(u"part_form")
        self.part_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.part_no_label = QLabel(PartDialog)
        self.part_no_label.setObjectName(u"part_no_label")

        self.part_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.part_no_label)

        self.part_no_edit = QLineEdit(PartDialog)
        self.part_no_edit.setObjectName(u"part_no_edit")
        self.part_no_edit.setMaxLength(50)

        self.part_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.part_no_edit)

        self.part_no_error = QLabel(PartDialog)
        self.part_no_error.setObjectName(u"part_no_error")
        self.part_no_error.setText(u"")
        self.part_no_error.setWordWrap(True)
        self.part_no_error.setStyleSheet(u"color: #b00020;")
        self.part_no_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.part_no_error)

        self.name_label = QLabel(PartDialog)
        self.name_label.setObjectName(u"name_label")

        self.part_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PartDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.part_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(PartDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet(u"color: #b00020;")
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.name_error)

        self.models_label = QLabel(PartDialog)
        self.models_label.setObjectName(u"models_label")

        self.part_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.models_label)

        self.models_edit = QLineEdit(PartDialog)
        self.models_edit.setObjectName(u"models_edit")

        self.part_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.models_edit)

        self.models_error = QLabel(PartDialog)
        self.models_error.setObjectName(u"models_error")
        self.models_error.setText(u"")
        self.models_error.setWordWrap(True)
        self.models_error.setStyleSheet(u"color: #b00020;")
        self.models_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.models_error)

        self.category_label = QLabel(PartDialog)
        self.category_label.setObjectName(u"category_label")

        self.part_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_edit = QLineEdit(PartDialog)
        self.category_edit.setObjectName(u"category_edit")
        self.category_edit.setMaxLength(50)

        self.part_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.category_edit)

        self.category_error = QLabel(PartDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setText(u"")
        self.category_error.setWordWrap(True)
        self.category_error.setStyleSheet(u"color: #b00020;")
        self.category_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.category_error)

        self.unit_label = QLabel(PartDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.part_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(PartDialog)
        self.unit_combo.setObjectName(u"unit_combo")

        self.part_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.unit_error = QLabel(PartDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setText(u"")
        self.unit_error.setWordWrap(True)
        self.unit_error.setStyleSheet(u"color: #b00020;")
        self.unit_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.unit_error)

        self.wear_label = QLabel(PartDialog)
        self.wear_label.setObjectName(u"wear_label")

        self.part_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.wear_label)

        self.wear_check = QCheckBox(PartDialog)
        self.wear_check.setObjectName(u"wear_check")

        self.part_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.wear_check)

        self.wear_error = QLabel(PartDialog)
        self.wear_error.setObjectName(u"wear_error")
        self.wear_error.setText(u"")
        self.wear_error.setWordWrap(True)
        self.wear_error.setStyleSheet(u"color: #b00020;")
        self.wear_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.wear_error)

        self.reorder_label = QLabel(PartDialog)
        self.reorder_label.setObjectName(u"reorder_label")

        self.part_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reorder_label)

        self.reorder_spin = QSpinBox(PartDialog)
        self.reorder_spin.setObjectName(u"reorder_spin")
        self.reorder_spin.setMaximum(999999999)

        self.part_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reorder_spin)

        self.reorder_error = QLabel(PartDialog)
        self.reorder_error.setObjectName(u"reorder_error")
        self.reorder_error.setText(u"")
        self.reorder_error.setWordWrap(True)
        self.reorder_error.setStyleSheet(u"color: #b00020;")
        self.reorder_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.reorder_error)

        self.active_label = QLabel(PartDialog)
        self.active_label.setObjectName(u"active_label")

        self.part_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_check = QCheckBox(PartDialog)
        self.active_check.setObjectName(u"active_check")

        self.part_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.cost_label = QLabel(PartDialog)
        self.cost_label.setObjectName(u"cost_label")

        self.part_form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.cost_label)

        self.cost_edit = QLineEdit(PartDialog)
        self.cost_edit.setObjectName(u"cost_edit")

        self.part_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.cost_edit)

        self.cost_error = QLabel(PartDialog)
        self.cost_error.setObjectName(u"cost_error")
        self.cost_error.setText(u"")
        self.cost_error.setWordWrap(True)
        self.cost_error.setStyleSheet(u"color: #b00020;")
        self.cost_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.cost_error)

        self.fee_label = QLabel(PartDialog)
        self.fee_label.setObjectName(u"fee_label")

        self.part_form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_edit = QLineEdit(PartDialog)
        self.fee_edit.setObjectName(u"fee_edit")

        self.part_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.fee_edit)

        self.fee_error = QLabel(PartDialog)
        self.fee_error.setObjectName(u"fee_error")
        self.fee_error.setText(u"")
        self.fee_error.setWordWrap(True)
        self.fee_error.setStyleSheet(u"color: #b00020;")
        self.fee_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.fee_error)

        self.prices_from_label = QLabel(PartDialog)
        self.prices_from_label.setObjectName(u"prices_from_label")

        self.part_form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.prices_from_label)

        self.prices_from_edit = QDateEdit(PartDialog)
        self.prices_from_edit.setObjectName(u"prices_from_edit")
        self.prices_from_edit.setCalendarPopup(True)
        self.prices_from_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.part_form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.prices_from_edit)

        self.prices_from_error = QLabel(PartDialog)
        self.prices_from_error.setObjectName(u"prices_from_error")
        self.prices_from_error.setText(u"")
        self.prices_from_error.setWordWrap(True)
        self.prices_from_error.setStyleSheet(u"color: #b00020;")
        self.prices_from_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.part_form.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.prices_from_error)


        self.dialog_layout.addLayout(self.part_form)

        self.prices_note_label = QLabel(PartDialog)
        self.prices_note_label.setObjectName(u"prices_note_label")
        self.prices_note_label.setText(u"")
        self.prices_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prices_note_label)

        self.error_label = QLabel(PartDialog)
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

        self.ok_button = QPushButton(PartDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setText(u"")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(PartDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.part_no_label.setBuddy(self.part_no_edit)
        self.name_label.setBuddy(self.name_edit)
        self.models_label.setBuddy(self.models_edit)
        self.category_label.setBuddy(self.category_edit)
        self.unit_label.setBuddy(self.unit_combo)
        self.wear_label.setBuddy(self.wear_check)
        self.reorder_label.setBuddy(self.reorder_spin)
        self.active_label.setBuddy(self.active_check)
        self.cost_label.setBuddy(self.cost_edit)
        self.fee_label.setBuddy(self.fee_edit)
        self.prices_from_label.setBuddy(self.prices_from_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.part_no_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.models_edit)
        QWidget.setTabOrder(self.models_edit, self.category_edit)
        QWidget.setTabOrder(self.category_edit, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.wear_check)
        QWidget.setTabOrder(self.wear_check, self.reorder_spin)
        QWidget.setTabOrder(self.reorder_spin, self.active_check)
        QWidget.setTabOrder(self.active_check, self.cost_edit)
        QWidget.setTabOrder(self.cost_edit, self.fee_edit)
        QWidget.setTabOrder(self.fee_edit, self.prices_from_edit)
        QWidget.setTabOrder(self.prices_from_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(PartDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(PartDialog)
    # setupUi

    def retranslateUi(self, PartDialog):
        self.part_no_label.setText(QCoreApplication.translate("PartDialog", u"Part &no.:", None))
        self.name_label.setText(QCoreApplication.translate("PartDialog", u"&Name:", None))
        self.models_label.setText(QCoreApplication.translate("PartDialog", u"Compatible &models:", None))
        self.models_edit.setPlaceholderText(QCoreApplication.translate("PartDialog", u"Separate models with \u3001 or commas", None))
        self.category_label.setText(QCoreApplication.translate("PartDialog", u"&Category:", None))
        self.unit_label.setText(QCoreApplication.translate("PartDialog", u"&Unit:", None))
        self.wear_label.setText(QCoreApplication.translate("PartDialog", u"Wear part (W6):", None))
        self.wear_check.setText(QCoreApplication.translate("PartDialog", u"&Never covered by warranty", None))
        self.reorder_label.setText(QCoreApplication.translate("PartDialog", u"&Reorder level:", None))
        self.active_label.setText(QCoreApplication.translate("PartDialog", u"Active:", None))
        self.active_check.setText(QCoreApplication.translate("PartDialog", u"&In use (inactive parts are not offered)", None))
        self.cost_label.setText(QCoreApplication.translate("PartDialog", u"C&ost price:", None))
        self.cost_edit.setPlaceholderText(QCoreApplication.translate("PartDialog", u"e.g. 120.00", None))
        self.fee_label.setText(QCoreApplication.translate("PartDialog", u"&Fee-schedule price:", None))
        self.fee_edit.setPlaceholderText(QCoreApplication.translate("PartDialog", u"e.g. 150.00", None))
        self.prices_from_label.setText(QCoreApplication.translate("PartDialog", u"Prices &from:", None))
        self.cancel_button.setText(QCoreApplication.translate("PartDialog", u"Cancel", None))
        pass
    # retranslateUi

