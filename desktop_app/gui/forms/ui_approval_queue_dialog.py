# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_queue_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ApprovalQueueDialog(object):
    def setupUi(self, ApprovalQueueDialog):
        if not ApprovalQueueDialog.objectName():
            ApprovalQueueDialog.setObjectName(u"ApprovalQueueDialog")
        ApprovalQueueDialog.resize(900, 520)
        self.dialog_layout = QVBoxLayout(ApprovalQueueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ApprovalQueueDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.pages = QStackedWidget(ApprovalQueueDialog)
        self.pages.setObjectName(u"pages")
        self.queue_page = QWidget()
        self.queue_page.setObjectName(u"queue_page")
        self.queue_layout = QVBoxLayout(self.queue_page)
        self.queue_layout.setObjectName(u"queue_layout")
        self.queue_layout.setContentsMargins(0, 0, 0, 0)
        self.queue_table = QTableWidget(self.queue_page)
        self.queue_table.setObjectName(u"queue_table")
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setWordWrap(False)
        self.queue_table.horizontalHeader().setStretchLastSection(True)
        self.queue_table.verticalHeader().setVisible(False)

        self.queue_layout.addWidget(self.queue_table)

        self.detail_label = QLabel(self.queue_page)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setText(u"")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.queue_layout.addWidget(self.detail_label)

        self.pages.addWidget(self.queue_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(u"color: #555555; font-size: 13pt;")

        self.empty_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)

        self.dialog_layout.addWidget(self.pages)

        self.note_form = QFormLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_label = QLabel(ApprovalQueueDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ApprovalQueueDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.note_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.arrival_label = QLabel(ApprovalQueueDialog)
        self.arrival_label.setObjectName(u"arrival_label")

        self.note_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrival_label)

        self.arrival_edit = QLineEdit(ApprovalQueueDialog)
        self.arrival_edit.setObjectName(u"arrival_edit")
        self.arrival_edit.setMaxLength(20)

        self.note_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrival_edit)


        self.dialog_layout.addLayout(self.note_form)

        self.error_label = QLabel(ApprovalQueueDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.approve_button = QPushButton(ApprovalQueueDialog)
        self.approve_button.setObjectName(u"approve_button")
        self.approve_button.setAutoDefault(False)

        self.button_row.addWidget(self.approve_button)

        self.refuse_button = QPushButton(ApprovalQueueDialog)
        self.refuse_button.setObjectName(u"refuse_button")
        self.refuse_button.setAutoDefault(False)

        self.button_row.addWidget(self.refuse_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(ApprovalQueueDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
        self.arrival_label.setBuddy(self.arrival_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queue_table, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.arrival_edit)
        QWidget.setTabOrder(self.arrival_edit, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.refuse_button)
        QWidget.setTabOrder(self.refuse_button, self.close_button)

        self.retranslateUi(ApprovalQueueDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ApprovalQueueDialog)
    # setupUi

    def retranslateUi(self, ApprovalQueueDialog):
        ApprovalQueueDialog.setWindowTitle(QCoreApplication.translate("ApprovalQueueDialog", u"Returns awaiting approval", None))
        self.intro_label.setText(QCoreApplication.translate("ApprovalQueueDialog", u"Every return needs the general manager's approval (W9). A refused return becomes an exchange, or a free repair where no exchange is offered.", None))
        self.empty_label.setText(QCoreApplication.translate("ApprovalQueueDialog", u"No returns are waiting for approval.", None))
        self.note_label.setText(QCoreApplication.translate("ApprovalQueueDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ApprovalQueueDialog", u"Required when refusing: the reason", None))
        self.arrival_label.setText(QCoreApplication.translate("ApprovalQueueDialog", u"Re&quired arrival:", None))
        self.arrival_edit.setPlaceholderText(QCoreApplication.translate("ApprovalQueueDialog", u"When refusing: when the customer wants us there, e.g. 2026-03-18 14:30", None))
#if QT_CONFIG(tooltip)
        self.arrival_edit.setToolTip(QCoreApplication.translate("ApprovalQueueDialog", u"A refused return on an on-site request becomes an on-site order: the date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late", None))
#endif // QT_CONFIG(tooltip)
        self.approve_button.setText(QCoreApplication.translate("ApprovalQueueDialog", u"&Approve return", None))
#if QT_CONFIG(tooltip)
        self.approve_button.setToolTip(QCoreApplication.translate("ApprovalQueueDialog", u"Approve the selected return (W9)", None))
#endif // QT_CONFIG(tooltip)
        self.refuse_button.setText(QCoreApplication.translate("ApprovalQueueDialog", u"&Refuse return", None))
#if QT_CONFIG(tooltip)
        self.refuse_button.setToolTip(QCoreApplication.translate("ApprovalQueueDialog", u"Refuse the selected return, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ApprovalQueueDialog", u"Close", None))
    # retranslateUi

