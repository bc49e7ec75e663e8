# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisition_new_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QDoubleSpinBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NewRequisitionDialog(object):
    def setupUi(self, NewRequisitionDialog):
        if not NewRequisitionDialog.objectName():
            NewRequisitionDialog.setObjectName(u"NewRequisitionDialog")
        NewRequisitionDialog.resize(900, 720)
        self.dialog_layout = QVBoxLayout(NewRequisitionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(NewRequisitionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.head_layout = QGridLayout()
        self.head_layout.setObjectName(u"head_layout")
        self.month_label = QLabel(NewRequisitionDialog)
        self.month_label.setObjectName(u"month_label")

        self.head_layout.addWidget(self.month_label, 0, 0, 1, 1)

        self.month_edit = QDateEdit(NewRequisitionDialog)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")
        self.month_edit.setCalendarPopup(True)

        self.head_layout.addWidget(self.month_edit, 0, 1, 1, 1)

        self.suggest_button = QPushButton(NewRequisitionDialog)
        self.suggest_button.setObjectName(u"suggest_button")
        self.suggest_button.setAutoDefault(False)

        self.head_layout.addWidget(self.suggest_button, 0, 2, 1, 1)

        self.head_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.head_layout.addItem(self.head_spacer, 0, 3, 1, 1)

        self.month_error = QLabel(NewRequisitionDialog)
        self.month_error.setObjectName(u"month_error")
        self.month_error.setText(u"")
        self.month_error.setWordWrap(True)
        self.month_error.setStyleSheet(u"color: #b00020;")
        self.month_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.head_layout.addWidget(self.month_error, 1, 0, 1, 4)

        self.shipping_label = QLabel(NewRequisitionDialog)
        self.shipping_label.setObjectName(u"shipping_label")

        self.head_layout.addWidget(self.shipping_label, 2, 0, 1, 1)

        self.shipping_combo = QComboBox(NewRequisitionDialog)
        self.shipping_combo.setObjectName(u"shipping_combo")

        self.head_layout.addWidget(self.shipping_combo, 2, 1, 1, 2)

        self.urgent_cost_label = QLabel(NewRequisitionDialog)
        self.urgent_cost_label.setObjectName(u"urgent_cost_label")

        self.head_layout.addWidget(self.urgent_cost_label, 3, 0, 1, 1)

        self.urgent_cost_spin = QDoubleSpinBox(NewRequisitionDialog)
        self.urgent_cost_spin.setObjectName(u"urgent_cost_spin")
        self.urgent_cost_spin.setDecimals(2)
        self.urgent_cost_spin.setMaximum(999999.989999999990687)
        self.urgent_cost_spin.setPrefix(u"\u00a5")

        self.head_layout.addWidget(self.urgent_cost_spin, 3, 1, 1, 1)

        self.urgent_hint_label = QLabel(NewRequisitionDialog)
        self.urgent_hint_label.setObjectName(u"urgent_hint_label")
        self.urgent_hint_label.setStyleSheet(u"color: #555555;")

        self.head_layout.addWidget(self.urgent_hint_label, 3, 2, 1, 2)

        self.urgent_cost_error = QLabel(NewRequisitionDialog)
        self.urgent_cost_error.setObjectName(u"urgent_cost_error")
        self.urgent_cost_error.setText(u"")
        self.urgent_cost_error.setWordWrap(True)
        self.urgent_cost_error.setStyleSheet(u"color: #b00020;")
        self.urgent_cost_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.head_layout.addWidget(self.urgent_cost_error, 4, 0, 1, 4)

        self.note_label = QLabel(NewRequisitionDialog)
        self.note_label.setObjectName(u"note_label")

        self.head_layout.addWidget(self.note_label, 5, 0, 1, 1)

        self.note_edit = QLineEdit(NewRequisitionDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.head_layout.addWidget(self.note_edit, 5, 1, 1, 3)


        self.dialog_layout.addLayout(self.head_layout)

        self.lines_box = QGroupBox(NewRequisitionDialog)
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

        self.total_label = QLabel(self.lines_box)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")

        self.lines_row.addWidget(self.total_label)


        self.lines_layout.addLayout(self.lines_row)

        self.lines_error = QLabel(self.lines_box)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setText(u"")
        self.lines_error.setWordWrap(True)
        self.lines_error.setStyleSheet(u"color: #b00020;")
        self.lines_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines_layout.addWidget(self.lines_error)


        self.dialog_layout.addWidget(self.lines_box)

        self.add_box = QGroupBox(NewRequisitionDialog)
        self.add_box.setObjectName(u"add_box")
        self.add_layout = QVBoxLayout(self.add_box)
        self.add_layout.setObjectName(u"add_layout")
        self.find_row = QHBoxLayout()
        self.find_row.setObjectName(u"find_row")
        self.find_label = QLabel(self.add_box)
        self.find_label.setObjectName(u"find_label")

        self.find_row.addWidget(self.find_label)

        self.find_edit = QLineEdit(self.add_box)
        self.find_edit.setObjectName(u"find_edit")
        self.find_edit.setClearButtonEnabled(True)

        self.find_row.addWidget(self.find_edit)

        self.add_quantity_label = QLabel(self.add_box)
        self.add_quantity_label.setObjectName(u"add_quantity_label")

        self.find_row.addWidget(self.add_quantity_label)

        self.add_quantity_spin = QSpinBox(self.add_box)
        self.add_quantity_spin.setObjectName(u"add_quantity_spin")
        self.add_quantity_spin.setMinimum(1)
        self.add_quantity_spin.setMaximum(99999)

        self.find_row.addWidget(self.add_quantity_spin)

        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.find_row.addWidget(self.add_button)


        self.add_layout.addLayout(self.find_row)

        self.results_table = QTableWidget(self.add_box)
        self.results_table.setObjectName(u"results_table")
        self.results_table.setAlternatingRowColors(True)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.verticalHeader().setVisible(False)

        self.add_layout.addWidget(self.results_table)


        self.dialog_layout.addWidget(self.add_box)

        self.error_label = QLabel(NewRequisitionDialog)
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

        self.save_button = QPushButton(NewRequisitionDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(NewRequisitionDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(2, 3)
        self.dialog_layout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.shipping_label.setBuddy(self.shipping_combo)
        self.urgent_cost_label.setBuddy(self.urgent_cost_spin)
        self.note_label.setBuddy(self.note_edit)
        self.find_label.setBuddy(self.find_edit)
        self.add_quantity_label.setBuddy(self.add_quantity_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_edit, self.suggest_button)
        QWidget.setTabOrder(self.suggest_button, self.shipping_combo)
        QWidget.setTabOrder(self.shipping_combo, self.urgent_cost_spin)
        QWidget.setTabOrder(self.urgent_cost_spin, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.lines_table)
        QWidget.setTabOrder(self.lines_table, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.find_edit)
        QWidget.setTabOrder(self.find_edit, self.add_quantity_spin)
        QWidget.setTabOrder(self.add_quantity_spin, self.add_button)
        QWidget.setTabOrder(self.add_button, self.results_table)
        QWidget.setTabOrder(self.results_table, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(NewRequisitionDialog)

        QMetaObject.connectSlotsByName(NewRequisitionDialog)
    # setupUi

    def retranslateUi(self, NewRequisitionDialog):
        NewRequisitionDialog.setWindowTitle(QCoreApplication.translate("NewRequisitionDialog", u"New requisition", None))
        self.intro_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"The suggestion replaces the month's consumption, covers the open orders' shortages and tops up to the reorder levels (D8). Change quantities, remove lines or add parts, then save the draft.", None))
        self.month_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Month:", None))
        self.suggest_button.setText(QCoreApplication.translate("NewRequisitionDialog", u"Suggest a&gain", None))
        self.shipping_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"S&hipping:", None))
        self.urgent_cost_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Urgent cost difference (D8):", None))
        self.urgent_hint_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"charged to the centre", None))
        self.note_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"N&ote:", None))
        self.lines_box.setTitle(QCoreApplication.translate("NewRequisitionDialog", u"Lines", None))
        self.remove_button.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Remove line", None))
        self.add_box.setTitle(QCoreApplication.translate("NewRequisitionDialog", u"Add a part", None))
        self.find_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Find:", None))
        self.find_edit.setPlaceholderText(QCoreApplication.translate("NewRequisitionDialog", u"Part no. or name", None))
        self.add_quantity_label.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Qty:", None))
        self.add_button.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Add", None))
        self.save_button.setText(QCoreApplication.translate("NewRequisitionDialog", u"&Save draft", None))
        self.cancel_button.setText(QCoreApplication.translate("NewRequisitionDialog", u"Cancel", None))
    # retranslateUi

