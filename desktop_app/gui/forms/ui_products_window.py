# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ProductsWindow(object):
    def setupUi(self, ProductsWindow):
        if not ProductsWindow.objectName():
            ProductsWindow.setObjectName(u"ProductsWindow")
        ProductsWindow.resize(1100, 640)
        self.window_layout = QVBoxLayout(ProductsWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.intro_label = QLabel(ProductsWindow)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.window_layout.addWidget(self.intro_label)

        self.body_row = QHBoxLayout()
        self.body_row.setObjectName(u"body_row")
        self.category_box = QGroupBox(ProductsWindow)
        self.category_box.setObjectName(u"category_box")
        self.category_layout = QVBoxLayout(self.category_box)
        self.category_layout.setObjectName(u"category_layout")
        self.category_list = QListWidget(self.category_box)
        self.category_list.setObjectName(u"category_list")
        self.category_list.setAlternatingRowColors(True)

        self.category_layout.addWidget(self.category_list)

        self.category_note = QLabel(self.category_box)
        self.category_note.setObjectName(u"category_note")
        self.category_note.setText(u"")
        self.category_note.setWordWrap(True)

        self.category_layout.addWidget(self.category_note)

        self.category_buttons = QHBoxLayout()
        self.category_buttons.setObjectName(u"category_buttons")
        self.add_category_button = QPushButton(self.category_box)
        self.add_category_button.setObjectName(u"add_category_button")
        self.add_category_button.setAutoDefault(False)

        self.category_buttons.addWidget(self.add_category_button)

        self.edit_category_button = QPushButton(self.category_box)
        self.edit_category_button.setObjectName(u"edit_category_button")
        self.edit_category_button.setAutoDefault(False)

        self.category_buttons.addWidget(self.edit_category_button)


        self.category_layout.addLayout(self.category_buttons)


        self.body_row.addWidget(self.category_box)

        self.model_layout = QVBoxLayout()
        self.model_layout.setObjectName(u"model_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(ProductsWindow)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(ProductsWindow)
        self.search_edit.setObjectName(u"search_edit")

        self.search_row.addWidget(self.search_edit)

        self.inactive_check = QCheckBox(ProductsWindow)
        self.inactive_check.setObjectName(u"inactive_check")

        self.search_row.addWidget(self.inactive_check)

        self.count_label = QLabel(ProductsWindow)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.search_row.addWidget(self.count_label)


        self.model_layout.addLayout(self.search_row)

        self.models_view = QTableView(ProductsWindow)
        self.models_view.setObjectName(u"models_view")
        self.models_view.setAlternatingRowColors(True)
        self.models_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.models_view.setWordWrap(False)

        self.model_layout.addWidget(self.models_view)

        self.model_buttons = QHBoxLayout()
        self.model_buttons.setObjectName(u"model_buttons")
        self.add_model_button = QPushButton(ProductsWindow)
        self.add_model_button.setObjectName(u"add_model_button")
        self.add_model_button.setAutoDefault(False)

        self.model_buttons.addWidget(self.add_model_button)

        self.edit_model_button = QPushButton(ProductsWindow)
        self.edit_model_button.setObjectName(u"edit_model_button")
        self.edit_model_button.setAutoDefault(False)

        self.model_buttons.addWidget(self.edit_model_button)

        self.active_button = QPushButton(ProductsWindow)
        self.active_button.setObjectName(u"active_button")
        self.active_button.setAutoDefault(False)

        self.model_buttons.addWidget(self.active_button)

        self.model_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.model_buttons.addItem(self.model_buttons_spacer)

        self.import_button = QPushButton(ProductsWindow)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setAutoDefault(False)

        self.model_buttons.addWidget(self.import_button)


        self.model_layout.addLayout(self.model_buttons)


        self.body_row.addLayout(self.model_layout)

        self.body_row.setStretch(0, 1)
        self.body_row.setStretch(1, 3)

        self.window_layout.addLayout(self.body_row)

        self.message_label = QLabel(ProductsWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.window_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.category_list, self.add_category_button)
        QWidget.setTabOrder(self.add_category_button, self.edit_category_button)
        QWidget.setTabOrder(self.edit_category_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.inactive_check)
        QWidget.setTabOrder(self.inactive_check, self.models_view)
        QWidget.setTabOrder(self.models_view, self.add_model_button)
        QWidget.setTabOrder(self.add_model_button, self.edit_model_button)
        QWidget.setTabOrder(self.edit_model_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.import_button)

        self.retranslateUi(ProductsWindow)

        QMetaObject.connectSlotsByName(ProductsWindow)
    # setupUi

    def retranslateUi(self, ProductsWindow):
        ProductsWindow.setWindowTitle(QCoreApplication.translate("ProductsWindow", u"Product models", None))
        self.intro_label.setText(QCoreApplication.translate("ProductsWindow", u"Intake offers the active models listed here, with their accessories to tick (W2). The warranty policy names categories by their code (W4): a code in use cannot change.", None))
        self.category_box.setTitle(QCoreApplication.translate("ProductsWindow", u"Product categories", None))
        self.add_category_button.setText(QCoreApplication.translate("ProductsWindow", u"New ca&tegory\u2026", None))
        self.edit_category_button.setText(QCoreApplication.translate("ProductsWindow", u"Ed&it category\u2026", None))
        self.search_label.setText(QCoreApplication.translate("ProductsWindow", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ProductsWindow", u"Model or name", None))
        self.inactive_check.setText(QCoreApplication.translate("ProductsWindow", u"Show &deactivated", None))
        self.add_model_button.setText(QCoreApplication.translate("ProductsWindow", u"&New model\u2026", None))
        self.edit_model_button.setText(QCoreApplication.translate("ProductsWindow", u"&Edit model\u2026", None))
        self.active_button.setText(QCoreApplication.translate("ProductsWindow", u"Deacti&vate", None))
        self.import_button.setText(QCoreApplication.translate("ProductsWindow", u"I&mport\u2026", None))
    # retranslateUi

