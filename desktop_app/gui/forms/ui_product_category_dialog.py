# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_category_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProductCategoryDialog(object):
    def setupUi(self, ProductCategoryDialog):
        if not ProductCategoryDialog.objectName():
            ProductCategoryDialog.setObjectName(u"ProductCategoryDialog")
        ProductCategoryDialog.resize(520, 300)
        self.dialog_layout = QVBoxLayout(ProductCategoryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.code_label = QLabel(ProductCategoryDialog)
        self.code_label.setObjectName(u"code_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(ProductCategoryDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(50)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_error = QLabel(ProductCategoryDialog)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setWordWrap(True)
        self.code_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.name_zh_label = QLabel(ProductCategoryDialog)
        self.name_zh_label.setObjectName(u"name_zh_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_zh_label)

        self.name_zh_edit = QLineEdit(ProductCategoryDialog)
        self.name_zh_edit.setObjectName(u"name_zh_edit")
        self.name_zh_edit.setMaxLength(100)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_zh_edit)

        self.name_zh_error = QLabel(ProductCategoryDialog)
        self.name_zh_error.setObjectName(u"name_zh_error")
        self.name_zh_error.setWordWrap(True)
        self.name_zh_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_zh_error)

        self.name_en_label = QLabel(ProductCategoryDialog)
        self.name_en_label.setObjectName(u"name_en_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en_edit = QLineEdit(ProductCategoryDialog)
        self.name_en_edit.setObjectName(u"name_en_edit")
        self.name_en_edit.setMaxLength(100)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name_en_edit)

        self.name_en_error = QLabel(ProductCategoryDialog)
        self.name_en_error.setObjectName(u"name_en_error")
        self.name_en_error.setWordWrap(True)
        self.name_en_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.name_en_error)


        self.dialog_layout.addLayout(self.fields)

        self.note_label = QLabel(ProductCategoryDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.error_label = QLabel(ProductCategoryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.ok_button = QPushButton(ProductCategoryDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(True)

        self.button_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(ProductCategoryDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_zh_label.setBuddy(self.name_zh_edit)
        self.name_en_label.setBuddy(self.name_en_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.name_zh_edit)
        QWidget.setTabOrder(self.name_zh_edit, self.name_en_edit)
        QWidget.setTabOrder(self.name_en_edit, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(ProductCategoryDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(ProductCategoryDialog)
    # setupUi

    def retranslateUi(self, ProductCategoryDialog):
        ProductCategoryDialog.setWindowTitle(QCoreApplication.translate("ProductCategoryDialog", u"Product category", None))
        self.code_label.setText(QCoreApplication.translate("ProductCategoryDialog", u"C&ode:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("ProductCategoryDialog", u"e.g. industrial_ethernet", None))
        self.name_zh_label.setText(QCoreApplication.translate("ProductCategoryDialog", u"&Chinese name:", None))
        self.name_en_label.setText(QCoreApplication.translate("ProductCategoryDialog", u"&English name:", None))
        self.ok_button.setText(QCoreApplication.translate("ProductCategoryDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("ProductCategoryDialog", u"Cancel", None))
    # retranslateUi

