# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_movement_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StockMovementDialog(object):
    def setupUi(self, StockMovementDialog):
        if not StockMovementDialog.objectName():
            StockMovementDialog.setObjectName(u"StockMovementDialog")
        StockMovementDialog.resize(460, 320)
        self.dialog_layout = QVBoxLayout(StockMovementDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(StockMovementDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.intro_label)

        self.movement_form = QFormLayout()
        self.movement_form.setObjectName(u"movement_form")
        self.movement_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.on_hand_label = QLabel(StockMovementDialog)
        self.on_hand_label.setObjectName(u"on_hand_label")

        self.movement_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_hand_label)

        self.on_hand_value = QLabel(StockMovementDialog)
        self.on_hand_value.setObjectName(u"on_hand_value")
        self.on_hand_value.setText(u"")

        self.movement_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_hand_value)

        self.counted_label = QLabel(StockMovementDialog)
        self.counted_label.setObjectName(u"counted_label")

        self.movement_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.counted_label)

        self.counted_spin = QSpinBox(StockMovementDialog)
        self.counted_spin.setObjectName(u"counted_spin")
        self.counted_spin.setMaximum(999999)

        self.movement_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.counted_spin)

        self.counted_error = QLabel(StockMovementDialog)
        self.counted_error.setObjectName(u"counted_error")
        self.counted_error.setText(u"")
        self.counted_error.setWordWrap(True)
        self.counted_error.setStyleSheet(u"color: #b00020;")
        self.counted_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.counted_error)

        self.order_label = QLabel(StockMovementDialog)
        self.order_label.setObjectName(u"order_label")

        self.movement_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.order_label)

        self.order_combo = QComboBox(StockMovementDialog)
        self.order_combo.setObjectName(u"order_combo")

        self.movement_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.order_combo)

        self.order_error = QLabel(StockMovementDialog)
        self.order_error.setObjectName(u"order_error")
        self.order_error.setText(u"")
        self.order_error.setWordWrap(True)
        self.order_error.setStyleSheet(u"color: #b00020;")
        self.order_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.order_error)

        self.tool_name_label = QLabel(StockMovementDialog)
        self.tool_name_label.setObjectName(u"tool_name_label")

        self.movement_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tool_name_label)

        self.tool_name_edit = QLineEdit(StockMovementDialog)
        self.tool_name_edit.setObjectName(u"tool_name_edit")

        self.movement_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tool_name_edit)

        self.tool_name_error = QLabel(StockMovementDialog)
        self.tool_name_error.setObjectName(u"tool_name_error")
        self.tool_name_error.setText(u"")
        self.tool_name_error.setWordWrap(True)
        self.tool_name_error.setStyleSheet(u"color: #b00020;")
        self.tool_name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.tool_name_error)

        self.unit_label = QLabel(StockMovementDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.movement_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(StockMovementDialog)
        self.unit_combo.setObjectName(u"unit_combo")

        self.movement_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.quantity_label = QLabel(StockMovementDialog)
        self.quantity_label.setObjectName(u"quantity_label")

        self.movement_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_spin = QSpinBox(StockMovementDialog)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(99999)

        self.movement_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.quantity_spin)

        self.quantity_error = QLabel(StockMovementDialog)
        self.quantity_error.setObjectName(u"quantity_error")
        self.quantity_error.setText(u"")
        self.quantity_error.setWordWrap(True)
        self.quantity_error.setStyleSheet(u"color: #b00020;")
        self.quantity_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.quantity_error)

        self.bought_by_label = QLabel(StockMovementDialog)
        self.bought_by_label.setObjectName(u"bought_by_label")

        self.movement_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.bought_by_label)

        self.bought_by_combo = QComboBox(StockMovementDialog)
        self.bought_by_combo.setObjectName(u"bought_by_combo")

        self.movement_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.bought_by_combo)

        self.bought_by_error = QLabel(StockMovementDialog)
        self.bought_by_error.setObjectName(u"bought_by_error")
        self.bought_by_error.setText(u"")
        self.bought_by_error.setWordWrap(True)
        self.bought_by_error.setStyleSheet(u"color: #b00020;")
        self.bought_by_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.bought_by_error)

        self.reason_label = QLabel(StockMovementDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setText(u"")

        self.movement_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(StockMovementDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.movement_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(StockMovementDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.movement_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.reason_error)

        self.signoff_label = QLabel(StockMovementDialog)
        self.signoff_label.setObjectName(u"signoff_label")

        self.movement_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.signoff_label)

        self.signoff_value = QLabel(StockMovementDialog)
        self.signoff_value.setObjectName(u"signoff_value")
        self.signoff_value.setTextFormat(Qt.TextFormat.PlainText)
        self.signoff_value.setText(u"")

        self.movement_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.signoff_value)


        self.dialog_layout.addLayout(self.movement_form)

        self.error_label = QLabel(StockMovementDialog)
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

        self.ok_button = QPushButton(StockMovementDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setText(u"")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(StockMovementDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.on_hand_label.setBuddy(self.on_hand_value)
        self.counted_label.setBuddy(self.counted_spin)
        self.order_label.setBuddy(self.order_combo)
        self.tool_name_label.setBuddy(self.tool_name_edit)
        self.unit_label.setBuddy(self.unit_combo)
        self.quantity_label.setBuddy(self.quantity_spin)
        self.bought_by_label.setBuddy(self.bought_by_combo)
        self.reason_label.setBuddy(self.reason_edit)
        self.signoff_label.setBuddy(self.signoff_value)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.counted_spin, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.tool_name_edit)
        QWidget.setTabOrder(self.tool_name_edit, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.quantity_spin)
        QWidget.setTabOrder(self.quantity_spin, self.bought_by_combo)
        QWidget.setTabOrder(self.bought_by_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(StockMovementDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(StockMovementDialog)
    # setupUi

    def retranslateUi(self, StockMovementDialog):
        self.on_hand_label.setText(QCoreApplication.translate("StockMovementDialog", u"On hand:", None))
        self.counted_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Counted:", None))
        self.order_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Work order:", None))
        self.tool_name_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Tool:", None))
        self.tool_name_edit.setPlaceholderText(QCoreApplication.translate("StockMovementDialog", u"What was bought, e.g. \u5265\u7ebf\u94b3", None))
        self.unit_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Unit:", None))
        self.quantity_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Quantity:", None))
        self.bought_by_label.setText(QCoreApplication.translate("StockMovementDialog", u"&Bought by:", None))
        self.signoff_label.setText(QCoreApplication.translate("StockMovementDialog", u"Signed off by:", None))
        self.cancel_button.setText(QCoreApplication.translate("StockMovementDialog", u"Cancel", None))
        pass
    # retranslateUi

