# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_new_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NewReturnDialog(object):
    def setupUi(self, NewReturnDialog):
        if not NewReturnDialog.objectName():
            NewReturnDialog.setObjectName(u"NewReturnDialog")
        NewReturnDialog.resize(900, 560)
        self.dialog_layout = QVBoxLayout(NewReturnDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(NewReturnDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.kind_row = QHBoxLayout()
        self.kind_row.setObjectName(u"kind_row")
        self.unit_radio = QRadioButton(NewReturnDialog)
        self.unit_radio.setObjectName(u"unit_radio")
        self.unit_radio.setChecked(True)

        self.kind_row.addWidget(self.unit_radio)

        self.part_radio = QRadioButton(NewReturnDialog)
        self.part_radio.setObjectName(u"part_radio")

        self.kind_row.addWidget(self.part_radio)

        self.kind_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_row.addItem(self.kind_spacer)


        self.dialog_layout.addLayout(self.kind_row)

        self.entry_layout = QGridLayout()
        self.entry_layout.setObjectName(u"entry_layout")
        self.code_label = QLabel(NewReturnDialog)
        self.code_label.setObjectName(u"code_label")

        self.entry_layout.addWidget(self.code_label, 0, 0, 1, 1)

        self.code_edit = QLineEdit(NewReturnDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setPlaceholderText(u"")

        self.entry_layout.addWidget(self.code_edit, 0, 1, 1, 1)

        self.quantity_label = QLabel(NewReturnDialog)
        self.quantity_label.setObjectName(u"quantity_label")

        self.entry_layout.addWidget(self.quantity_label, 0, 2, 1, 1)

        self.quantity_spin = QSpinBox(NewReturnDialog)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(9999)

        self.entry_layout.addWidget(self.quantity_spin, 0, 3, 1, 1)

        self.found_on_label = QLabel(NewReturnDialog)
        self.found_on_label.setObjectName(u"found_on_label")

        self.entry_layout.addWidget(self.found_on_label, 1, 0, 1, 1)

        self.found_on_row = QHBoxLayout()
        self.found_on_row.setObjectName(u"found_on_row")
        self.found_on_edit = QDateEdit(NewReturnDialog)
        self.found_on_edit.setObjectName(u"found_on_edit")
        self.found_on_edit.setCalendarPopup(True)
        self.found_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.found_on_row.addWidget(self.found_on_edit)

        self.found_on_hint = QLabel(NewReturnDialog)
        self.found_on_hint.setObjectName(u"found_on_hint")
        self.found_on_hint.setText(u"")
        self.found_on_hint.setWordWrap(True)
        self.found_on_hint.setStyleSheet(u"color: #555555;")

        self.found_on_row.addWidget(self.found_on_hint)

        self.found_on_row.setStretch(1, 1)

        self.entry_layout.addLayout(self.found_on_row, 1, 1, 1, 3)

        self.reason_label = QLabel(NewReturnDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.entry_layout.addWidget(self.reason_label, 2, 0, 1, 1)

        self.reason_edit = QLineEdit(NewReturnDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.entry_layout.addWidget(self.reason_edit, 2, 1, 1, 2)

        self.add_button = QPushButton(NewReturnDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.entry_layout.addWidget(self.add_button, 2, 3, 1, 1)

        self.code_error = QLabel(NewReturnDialog)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setText(u"")
        self.code_error.setWordWrap(True)
        self.code_error.setStyleSheet(u"color: #b00020;")
        self.code_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entry_layout.addWidget(self.code_error, 3, 0, 1, 4)


        self.dialog_layout.addLayout(self.entry_layout)

        self.lines_box = QGroupBox(NewReturnDialog)
        self.lines_box.setObjectName(u"lines_box")
        self.lines_layout = QVBoxLayout(self.lines_box)
        self.lines_layout.setObjectName(u"lines_layout")
        self.lines_table = QTableWidget(self.lines_box)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().setVisible(False)

        self.lines_layout.addWidget(self.lines_table)

        self.lines_row = QHBoxLayout()
        self.lines_row.setObjectName(u"lines_row")
        self.remove_button = QPushButton(self.lines_box)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.lines_row.addWidget(self.remove_button)

        self.lines_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_row.addItem(self.lines_spacer)


        self.lines_layout.addLayout(self.lines_row)

        self.lines_error = QLabel(self.lines_box)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setText(u"")
        self.lines_error.setWordWrap(True)
        self.lines_error.setStyleSheet(u"color: #b00020;")
        self.lines_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines_layout.addWidget(self.lines_error)


        self.dialog_layout.addWidget(self.lines_box)

        self.note_row = QHBoxLayout()
        self.note_row.setObjectName(u"note_row")
        self.note_label = QLabel(NewReturnDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_row.addWidget(self.note_label)

        self.note_edit = QLineEdit(NewReturnDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.note_row.addWidget(self.note_edit)


        self.dialog_layout.addLayout(self.note_row)

        self.error_label = QLabel(NewReturnDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(NewReturnDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(NewReturnDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.quantity_label.setBuddy(self.quantity_spin)
        self.found_on_label.setBuddy(self.found_on_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_radio, self.part_radio)
        QWidget.setTabOrder(self.part_radio, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.quantity_spin)
        QWidget.setTabOrder(self.quantity_spin, self.found_on_edit)
        QWidget.setTabOrder(self.found_on_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.lines_table)
        QWidget.setTabOrder(self.lines_table, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(NewReturnDialog)

        QMetaObject.connectSlotsByName(NewReturnDialog)
    # setupUi

    def retranslateUi(self, NewReturnDialog):
        NewReturnDialog.setWindowTitle(QCoreApplication.translate("NewReturnDialog", u"New return application", None))
        self.intro_label.setText(QCoreApplication.translate("NewReturnDialog", u"List every unit and part to send back, with the reason. Each line is classified by the dealer agreement (D11\u2013D14), which decides who pays freight and parts.", None))
        self.unit_radio.setText(QCoreApplication.translate("NewReturnDialog", u"&Unit (claim or serial no.)", None))
        self.part_radio.setText(QCoreApplication.translate("NewReturnDialog", u"&Part (part no.)", None))
        self.code_label.setText(QCoreApplication.translate("NewReturnDialog", u"C&ode:", None))
        self.quantity_label.setText(QCoreApplication.translate("NewReturnDialog", u"&Qty:", None))
        self.found_on_label.setText(QCoreApplication.translate("NewReturnDialog", u"&Found on:", None))
#if QT_CONFIG(tooltip)
        self.found_on_edit.setToolTip(QCoreApplication.translate("NewReturnDialog", u"The day the defect was found: the DOA and early-defect windows count to it (D11, D12)", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("NewReturnDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("NewReturnDialog", u"What is wrong with it", None))
        self.add_button.setText(QCoreApplication.translate("NewReturnDialog", u"&Add line", None))
        self.lines_box.setTitle(QCoreApplication.translate("NewReturnDialog", u"Detailed list (D15)", None))
        self.remove_button.setText(QCoreApplication.translate("NewReturnDialog", u"Re&move line", None))
        self.note_label.setText(QCoreApplication.translate("NewReturnDialog", u"&Note:", None))
        self.save_button.setText(QCoreApplication.translate("NewReturnDialog", u"&Save application", None))
        self.cancel_button.setText(QCoreApplication.translate("NewReturnDialog", u"Cancel", None))
    # retranslateUi

