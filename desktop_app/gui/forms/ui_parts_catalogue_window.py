# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_catalogue_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CatalogueWindow(object):
    def setupUi(self, CatalogueWindow):
        if not CatalogueWindow.objectName():
            CatalogueWindow.setObjectName(u"CatalogueWindow")
        CatalogueWindow.resize(1180, 720)
        self.window_layout = QVBoxLayout(CatalogueWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(CatalogueWindow)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(CatalogueWindow)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(320, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_row.addItem(self.search_spacer)

        self.count_label = QLabel(CatalogueWindow)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.search_row.addWidget(self.count_label)


        self.window_layout.addLayout(self.search_row)

        self.parts_view = QTableView(CatalogueWindow)
        self.parts_view.setObjectName(u"parts_view")
        self.parts_view.setAlternatingRowColors(True)
        self.parts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_view.setWordWrap(False)

        self.window_layout.addWidget(self.parts_view)

        self.schedule_label = QLabel(CatalogueWindow)
        self.schedule_label.setObjectName(u"schedule_label")
        self.schedule_label.setText(u"")
        self.schedule_label.setWordWrap(True)

        self.window_layout.addWidget(self.schedule_label)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.add_button = QPushButton(CatalogueWindow)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.action_row.addWidget(self.add_button)

        self.edit_button = QPushButton(CatalogueWindow)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.action_row.addWidget(self.edit_button)

        self.fee_button = QPushButton(CatalogueWindow)
        self.fee_button.setObjectName(u"fee_button")
        self.fee_button.setAutoDefault(False)

        self.action_row.addWidget(self.fee_button)

        self.action_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.import_button = QPushButton(CatalogueWindow)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setAutoDefault(False)

        self.action_row.addWidget(self.import_button)

        self.export_button = QPushButton(CatalogueWindow)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.action_row.addWidget(self.export_button)


        self.window_layout.addLayout(self.action_row)

        self.message_label = QLabel(CatalogueWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.window_layout.addWidget(self.message_label)

        self.window_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.parts_view)
        QWidget.setTabOrder(self.parts_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.fee_button)
        QWidget.setTabOrder(self.fee_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)

        self.retranslateUi(CatalogueWindow)

        QMetaObject.connectSlotsByName(CatalogueWindow)
    # setupUi

    def retranslateUi(self, CatalogueWindow):
        CatalogueWindow.setWindowTitle(QCoreApplication.translate("CatalogueWindow", u"Parts catalogue", None))
        self.search_label.setText(QCoreApplication.translate("CatalogueWindow", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CatalogueWindow", u"Part no., name, category or product model", None))
        self.add_button.setText(QCoreApplication.translate("CatalogueWindow", u"&New part\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("CatalogueWindow", u"&Edit part\u2026", None))
        self.fee_button.setText(QCoreApplication.translate("CatalogueWindow", u"Publish &fee schedule\u2026", None))
#if QT_CONFIG(tooltip)
        self.fee_button.setToolTip(QCoreApplication.translate("CatalogueWindow", u"New prices for the selected parts from an effective date (D6); orders before it keep the old prices.", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("CatalogueWindow", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("CatalogueWindow", u"The manufacturer's parts list as XLSX or CSV (UTF-8 or GBK): preview first, then apply.", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CatalogueWindow", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("CatalogueWindow", u"The whole catalogue with the prices in force today, in the import layout.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

