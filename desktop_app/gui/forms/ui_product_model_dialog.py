# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_model_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProductModelDialog(object):
    def setupUi(self, ProductModelDialog):
        if not ProductModelDialog.objectName():
            ProductModelDialog.setObjectName(u"ProductModelDialog")
        ProductModelDialog.resize(620, 360)
        self.dialog_layout = QVBoxLayout(ProductModelDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.model_label = QLabel(ProductModelDialog)
        self.model_label.setObjectName(u"model_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_edit = QLineEdit(ProductModelDialog)
        self.model_edit.setObjectName(u"model_edit")
        self.model_edit.setMaxLength(100)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.model_edit)

        self.model_error = QLabel(ProductModelDialog)
        self.model_error.setObjectName(u"model_error")
        self.model_error.setWordWrap(True)
        self.model_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.model_error)

        self.name_label = QLabel(ProductModelDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ProductModelDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(ProductModelDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.category_label = QLabel(ProductModelDialog)
        self.category_label.setObjectName(u"category_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(ProductModelDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.category_error = QLabel(ProductModelDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setWordWrap(True)
        self.category_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.category_error)

        self.accessories_label = QLabel(ProductModelDialog)
        self.accessories_label.setObjectName(u"accessories_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accessories_label)

        self.accessories_edit = QLineEdit(ProductModelDialog)
        self.accessories_edit.setObjectName(u"accessories_edit")
        self.accessories_edit.setPlaceholderText(u"\u7535\u6e90\u7ebf\u3001\u5b89\u88c5\u652f\u67b6\u3001\u8bf4\u660e\u4e66")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.accessories_edit)

        self.accessories_error = QLabel(ProductModelDialog)
        self.accessories_error.setObjectName(u"accessories_error")
        self.accessories_error.setWordWrap(True)
        self.accessories_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.accessories_error)


        self.dialog_layout.addLayout(self.fields)

        self.accessories_hint = QLabel(ProductModelDialog)
        self.accessories_hint.setObjectName(u"accessories_hint")
        self.accessories_hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.accessories_hint)

        self.error_label = QLabel(ProductModelDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.ok_button = QPushButton(ProductModelDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(ProductModelDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.model_label.setBuddy(self.model_edit)
        self.name_label.setBuddy(self.name_edit)
        self.category_label.setBuddy(self.category_combo)
        self.accessories_label.setBuddy(self.accessories_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.model_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.accessories_edit)
        QWidget.setTabOrder(self.accessories_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ProductModelDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ProductModelDialog)
    # setupUi

    def retranslateUi(self, ProductModelDialog):
        ProductModelDialog.setWindowTitle(QCoreApplication.translate("ProductModelDialog", u"Product model", None))
        self.model_label.setText(QCoreApplication.translate("ProductModelDialog", u"&Model:", None))
        self.model_edit.setPlaceholderText(QCoreApplication.translate("ProductModelDialog", u"e.g. S5720-28P", None))
        self.name_label.setText(QCoreApplication.translate("ProductModelDialog", u"&Name:", None))
        self.category_label.setText(QCoreApplication.translate("ProductModelDialog", u"C&ategory:", None))
        self.accessories_label.setText(QCoreApplication.translate("ProductModelDialog", u"A&ccessories:", None))
        self.accessories_hint.setText(QCoreApplication.translate("ProductModelDialog", u"Short names separated by \u3001 or ;. The operator ticks them at intake; missing ones are charged at cost (W2).", None))
        self.ok_button.setText(QCoreApplication.translate("ProductModelDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("ProductModelDialog", u"Cancel", None))
    # retranslateUi

