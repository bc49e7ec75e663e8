# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_parts_picker.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PartsPicker(object):
    def setupUi(self, PartsPicker):
        if not PartsPicker.objectName():
            PartsPicker.setObjectName(u"PartsPicker")
        PartsPicker.resize(720, 420)
        self.picker_layout = QVBoxLayout(PartsPicker)
        self.picker_layout.setObjectName(u"picker_layout")
        self.picker_layout.setContentsMargins(0, 0, 0, 0)
        self.find_row = QHBoxLayout()
        self.find_row.setObjectName(u"find_row")
        self.find_label = QLabel(PartsPicker)
        self.find_label.setObjectName(u"find_label")

        self.find_row.addWidget(self.find_label)

        self.find_edit = QLineEdit(PartsPicker)
        self.find_edit.setObjectName(u"find_edit")
        self.find_edit.setClearButtonEnabled(True)

        self.find_row.addWidget(self.find_edit)

        self.fits_only_check = QCheckBox(PartsPicker)
        self.fits_only_check.setObjectName(u"fits_only_check")

        self.find_row.addWidget(self.fits_only_check)


        self.picker_layout.addLayout(self.find_row)

        self.others_label = QLabel(PartsPicker)
        self.others_label.setObjectName(u"others_label")
        self.others_label.setText(u"")
        self.others_label.setWordWrap(True)
        self.others_label.setStyleSheet(u"color: #666666;")

        self.picker_layout.addWidget(self.others_label)

        self.results_table = QTableWidget(PartsPicker)
        self.results_table.setObjectName(u"results_table")
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setTabKeyNavigation(False)
        self.results_table.setAlternatingRowColors(True)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setWordWrap(False)
        self.results_table.setMinimumSize(QSize(0, 150))
        self.results_table.horizontalHeader().setStretchLastSection(True)
        self.results_table.verticalHeader().setVisible(False)

        self.picker_layout.addWidget(self.results_table)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.quantity_label = QLabel(PartsPicker)
        self.quantity_label.setObjectName(u"quantity_label")

        self.add_row.addWidget(self.quantity_label)

        self.quantity_spin = QSpinBox(PartsPicker)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(999)
        self.quantity_spin.setValue(1)

        self.add_row.addWidget(self.quantity_spin)

        self.add_button = QPushButton(PartsPicker)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.add_row.addWidget(self.add_button)

        self.add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_row.addItem(self.add_spacer)

        self.remove_button = QPushButton(PartsPicker)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.add_row.addWidget(self.remove_button)


        self.picker_layout.addLayout(self.add_row)

        self.chosen_label = QLabel(PartsPicker)
        self.chosen_label.setObjectName(u"chosen_label")

        self.picker_layout.addWidget(self.chosen_label)

        self.chosen_table = QTableWidget(PartsPicker)
        self.chosen_table.setObjectName(u"chosen_table")
        self.chosen_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen_table.setTabKeyNavigation(False)
        self.chosen_table.setAlternatingRowColors(True)
        self.chosen_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chosen_table.setWordWrap(False)
        self.chosen_table.setMinimumSize(QSize(0, 110))
        self.chosen_table.horizontalHeader().setStretchLastSection(True)
        self.chosen_table.verticalHeader().setVisible(False)

        self.picker_layout.addWidget(self.chosen_table)

        self.short_label = QLabel(PartsPicker)
        self.short_label.setObjectName(u"short_label")
        self.short_label.setText(u"")
        self.short_label.setWordWrap(True)
        self.short_label.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.short_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.picker_layout.addWidget(self.short_label)

        self.picker_layout.setStretch(2, 3)
        self.picker_layout.setStretch(5, 2)
#if QT_CONFIG(shortcut)
        self.find_label.setBuddy(self.find_edit)
        self.quantity_label.setBuddy(self.quantity_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.find_edit, self.fits_only_check)
        QWidget.setTabOrder(self.fits_only_check, self.results_table)
        QWidget.setTabOrder(self.results_table, self.quantity_spin)
        QWidget.setTabOrder(self.quantity_spin, self.add_button)
        QWidget.setTabOrder(self.add_button, self.chosen_table)
        QWidget.setTabOrder(self.chosen_table, self.remove_button)

        self.retranslateUi(PartsPicker)

        QMetaObject.connectSlotsByName(PartsPicker)
    # setupUi

    def retranslateUi(self, PartsPicker):
        self.find_label.setText(QCoreApplication.translate("PartsPicker", u"&Find part:", None))
        self.find_edit.setPlaceholderText(QCoreApplication.translate("PartsPicker", u"Part no. or name; Enter searches, Down goes to the list", None))
        self.fits_only_check.setText(QCoreApplication.translate("PartsPicker", u"&Only parts for this unit", None))
#if QT_CONFIG(tooltip)
        self.fits_only_check.setToolTip(QCoreApplication.translate("PartsPicker", u"Parts listed for the unit's model, and parts listed for no model (universal)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.results_table.setToolTip(QCoreApplication.translate("PartsPicker", u"Enter or double-click adds the part", None))
#endif // QT_CONFIG(tooltip)
        self.quantity_label.setText(QCoreApplication.translate("PartsPicker", u"&Quantity:", None))
        self.add_button.setText(QCoreApplication.translate("PartsPicker", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("PartsPicker", u"Add the selected part with this quantity", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("PartsPicker", u"&Remove line", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("PartsPicker", u"Remove the selected line from the list below", None))
#endif // QT_CONFIG(tooltip)
        self.chosen_label.setText(QCoreApplication.translate("PartsPicker", u"Parts for this order:", None))
        pass
    # retranslateUi

