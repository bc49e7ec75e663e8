# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fault_catalogue_dialog.ui'
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

class Ui_FaultCatalogueDialog(object):
    def setupUi(self, FaultCatalogueDialog):
        if not FaultCatalogueDialog.objectName():
            FaultCatalogueDialog.setObjectName(u"FaultCatalogueDialog")
        FaultCatalogueDialog.resize(900, 520)
        self.dialog_layout = QVBoxLayout(FaultCatalogueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FaultCatalogueDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.line_row = QHBoxLayout()
        self.line_row.setObjectName(u"line_row")
        self.line_label = QLabel(FaultCatalogueDialog)
        self.line_label.setObjectName(u"line_label")

        self.line_row.addWidget(self.line_label)

        self.line_combo = QComboBox(FaultCatalogueDialog)
        self.line_combo.setObjectName(u"line_combo")
        self.line_combo.setMinimumContentsLength(24)

        self.line_row.addWidget(self.line_combo)

        self.line_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_row.addItem(self.line_spacer)


        self.dialog_layout.addLayout(self.line_row)

        self.body_row = QHBoxLayout()
        self.body_row.setObjectName(u"body_row")
        self.fault_table = QTableWidget(FaultCatalogueDialog)
        if (self.fault_table.columnCount() < 5):
            self.fault_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.fault_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fault_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fault_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.fault_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.fault_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.fault_table.setObjectName(u"fault_table")
        self.fault_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fault_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fault_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fault_table.setColumnCount(5)
        self.fault_table.horizontalHeader().setStretchLastSection(True)
        self.fault_table.verticalHeader().setVisible(False)

        self.body_row.addWidget(self.fault_table)

        self.form_box = QGroupBox(FaultCatalogueDialog)
        self.form_box.setObjectName(u"form_box")
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_layout.setObjectName(u"form_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.code_label = QLabel(self.form_box)
        self.code_label.setObjectName(u"code_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(self.form_box)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(50)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_error = QLabel(self.form_box)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setWordWrap(True)
        self.code_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.name_zh_label = QLabel(self.form_box)
        self.name_zh_label.setObjectName(u"name_zh_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_zh_label)

        self.name_zh_edit = QLineEdit(self.form_box)
        self.name_zh_edit.setObjectName(u"name_zh_edit")
        self.name_zh_edit.setMaxLength(100)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_zh_edit)

        self.name_zh_error = QLabel(self.form_box)
        self.name_zh_error.setObjectName(u"name_zh_error")
        self.name_zh_error.setWordWrap(True)
        self.name_zh_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_zh_error)

        self.name_en_label = QLabel(self.form_box)
        self.name_en_label.setObjectName(u"name_en_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en_edit = QLineEdit(self.form_box)
        self.name_en_edit.setObjectName(u"name_en_edit")
        self.name_en_edit.setMaxLength(100)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name_en_edit)

        self.name_en_error = QLabel(self.form_box)
        self.name_en_error.setObjectName(u"name_en_error")
        self.name_en_error.setWordWrap(True)
        self.name_en_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.name_en_error)


        self.form_layout.addLayout(self.fields)

        self.form_buttons = QHBoxLayout()
        self.form_buttons.setObjectName(u"form_buttons")
        self.new_button = QPushButton(self.form_box)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.form_buttons.addWidget(self.new_button)

        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.form_buttons.addWidget(self.save_button)

        self.active_button = QPushButton(self.form_box)
        self.active_button.setObjectName(u"active_button")
        self.active_button.setAutoDefault(False)

        self.form_buttons.addWidget(self.active_button)


        self.form_layout.addLayout(self.form_buttons)

        self.message_label = QLabel(self.form_box)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.addWidget(self.message_label)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_layout.addItem(self.form_spacer)


        self.body_row.addWidget(self.form_box)

        self.body_row.setStretch(0, 3)
        self.body_row.setStretch(1, 2)

        self.dialog_layout.addLayout(self.body_row)

        self.button_box = QDialogButtonBox(FaultCatalogueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.line_label.setBuddy(self.line_combo)
        self.code_label.setBuddy(self.code_edit)
        self.name_zh_label.setBuddy(self.name_zh_edit)
        self.name_en_label.setBuddy(self.name_en_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.line_combo, self.fault_table)
        QWidget.setTabOrder(self.fault_table, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.name_zh_edit)
        QWidget.setTabOrder(self.name_zh_edit, self.name_en_edit)
        QWidget.setTabOrder(self.name_en_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.active_button)

        self.retranslateUi(FaultCatalogueDialog)
        self.button_box.rejected.connect(FaultCatalogueDialog.reject)

        QMetaObject.connectSlotsByName(FaultCatalogueDialog)
    # setupUi

    def retranslateUi(self, FaultCatalogueDialog):
        FaultCatalogueDialog.setWindowTitle(QCoreApplication.translate("FaultCatalogueDialog", u"Fault catalogue", None))
        self.intro_label.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Diagnosis chooses a fault category from the product line's catalogue; the monthly reports (E2) and repeat repairs (E16) count by it. A category in use is retired rather than deleted.", None))
        self.line_label.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Product &line:", None))
        ___qtablewidgetitem = self.fault_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Code", None))
        ___qtablewidgetitem1 = self.fault_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Chinese name", None))
        ___qtablewidgetitem2 = self.fault_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FaultCatalogueDialog", u"English name", None))
        ___qtablewidgetitem3 = self.fault_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Orders", None))
        ___qtablewidgetitem4 = self.fault_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FaultCatalogueDialog", u"Status", None))
        self.form_box.setTitle(QCoreApplication.translate("FaultCatalogueDialog", u"Category", None))
        self.code_label.setText(QCoreApplication.translate("FaultCatalogueDialog", u"C&ode:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("FaultCatalogueDialog", u"e.g. no_power", None))
        self.name_zh_label.setText(QCoreApplication.translate("FaultCatalogueDialog", u"&Chinese name:", None))
        self.name_en_label.setText(QCoreApplication.translate("FaultCatalogueDialog", u"&English name:", None))
        self.name_en_edit.setPlaceholderText(QCoreApplication.translate("FaultCatalogueDialog", u"Optional: the Chinese name is used", None))
        self.new_button.setText(QCoreApplication.translate("FaultCatalogueDialog", u"&New", None))
        self.save_button.setText(QCoreApplication.translate("FaultCatalogueDialog", u"&Save", None))
        self.active_button.setText(QCoreApplication.translate("FaultCatalogueDialog", u"&Retire", None))
    # retranslateUi

