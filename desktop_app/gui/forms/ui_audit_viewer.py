# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_viewer.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditViewer(object):
    def setupUi(self, AuditViewer):
        if not AuditViewer.objectName():
            AuditViewer.setObjectName(u"AuditViewer")
        AuditViewer.resize(1120, 680)
        self.dialog_layout = QVBoxLayout(AuditViewer)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(6)
        self.filter_row.setObjectName(u"filter_row")
        self.user_label = QLabel(AuditViewer)
        self.user_label.setObjectName(u"user_label")

        self.filter_row.addWidget(self.user_label)

        self.user_combo = QComboBox(AuditViewer)
        self.user_combo.setObjectName(u"user_combo")
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.user_combo)

        self.user_gap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.user_gap)

        self.entity_label = QLabel(AuditViewer)
        self.entity_label.setObjectName(u"entity_label")

        self.filter_row.addWidget(self.entity_label)

        self.entity_combo = QComboBox(AuditViewer)
        self.entity_combo.setObjectName(u"entity_combo")
        self.entity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.entity_combo)

        self.entity_id_label = QLabel(AuditViewer)
        self.entity_id_label.setObjectName(u"entity_id_label")

        self.filter_row.addWidget(self.entity_id_label)

        self.entity_id_edit = QLineEdit(AuditViewer)
        self.entity_id_edit.setObjectName(u"entity_id_edit")
        self.entity_id_edit.setMaximumSize(QSize(170, 16777215))
        self.entity_id_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.entity_id_edit)

        self.entity_gap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.entity_gap)

        self.from_check = QCheckBox(AuditViewer)
        self.from_check.setObjectName(u"from_check")

        self.filter_row.addWidget(self.from_check)

        self.from_date = QDateEdit(AuditViewer)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setDisplayFormat(u"yyyy-MM-dd")
        self.from_date.setCalendarPopup(True)

        self.filter_row.addWidget(self.from_date)

        self.to_check = QCheckBox(AuditViewer)
        self.to_check.setObjectName(u"to_check")

        self.filter_row.addWidget(self.to_check)

        self.to_date = QDateEdit(AuditViewer)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setDisplayFormat(u"yyyy-MM-dd")
        self.to_date.setCalendarPopup(True)

        self.filter_row.addWidget(self.to_date)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.dialog_layout.addLayout(self.filter_row)

        self.table_view = QTableView(AuditViewer)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.table_view)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.count_label = QLabel(AuditViewer)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.bottom_row.addWidget(self.count_label)

        self.button_box = QDialogButtonBox(AuditViewer)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user_combo)
        self.entity_label.setBuddy(self.entity_combo)
        self.entity_id_label.setBuddy(self.entity_id_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_combo, self.entity_combo)
        QWidget.setTabOrder(self.entity_combo, self.entity_id_edit)
        QWidget.setTabOrder(self.entity_id_edit, self.from_check)
        QWidget.setTabOrder(self.from_check, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_check)
        QWidget.setTabOrder(self.to_check, self.to_date)
        QWidget.setTabOrder(self.to_date, self.table_view)
        QWidget.setTabOrder(self.table_view, self.button_box)

        self.retranslateUi(AuditViewer)
        self.button_box.rejected.connect(AuditViewer.reject)

        QMetaObject.connectSlotsByName(AuditViewer)
    # setupUi

    def retranslateUi(self, AuditViewer):
        AuditViewer.setWindowTitle(QCoreApplication.translate("AuditViewer", u"Audit log", None))
        self.user_label.setText(QCoreApplication.translate("AuditViewer", u"&User:", None))
        self.entity_label.setText(QCoreApplication.translate("AuditViewer", u"&Record type:", None))
        self.entity_id_label.setText(QCoreApplication.translate("AuditViewer", u"&Number:", None))
        self.from_check.setText(QCoreApplication.translate("AuditViewer", u"&From:", None))
        self.to_check.setText(QCoreApplication.translate("AuditViewer", u"&To:", None))
    # retranslateUi

