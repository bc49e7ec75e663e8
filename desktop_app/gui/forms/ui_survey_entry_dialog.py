# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_entry_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLayout, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SurveyEntryDialog(object):
    def setupUi(self, SurveyEntryDialog):
        if not SurveyEntryDialog.objectName():
            SurveyEntryDialog.setObjectName(u"SurveyEntryDialog")
        SurveyEntryDialog.resize(640, 10)
        self.dialog_layout = QVBoxLayout(SurveyEntryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.hint_label = QLabel(SurveyEntryDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.hint_label)

        self.top_form = QFormLayout()
        self.top_form.setObjectName(u"top_form")
        self.top_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_label = QLabel(SurveyEntryDialog)
        self.number_label.setObjectName(u"number_label")

        self.top_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(SurveyEntryDialog)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(40)

        self.top_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.work_order_error = QLabel(SurveyEntryDialog)
        self.work_order_error.setObjectName(u"work_order_error")
        self.work_order_error.setStyleSheet(u"color: #b00020;")
        self.work_order_error.setText(u"")
        self.work_order_error.setWordWrap(True)

        self.top_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.work_order_error)

        self.order_label = QLabel(SurveyEntryDialog)
        self.order_label.setObjectName(u"order_label")
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        self.order_label.setText(u"")
        self.order_label.setWordWrap(False)
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.order_label)


        self.dialog_layout.addLayout(self.top_form)

        self.scores_box = QGroupBox(SurveyEntryDialog)
        self.scores_box.setObjectName(u"scores_box")
        self.scores_box_layout = QVBoxLayout(self.scores_box)
        self.scores_box_layout.setObjectName(u"scores_box_layout")
        self.scale_label = QLabel(self.scores_box)
        self.scale_label.setObjectName(u"scale_label")
        self.scale_label.setText(u"")
        self.scale_label.setWordWrap(True)

        self.scores_box_layout.addWidget(self.scale_label)

        self.scores_layout = QVBoxLayout()
        self.scores_layout.setSpacing(2)
        self.scores_layout.setObjectName(u"scores_layout")

        self.scores_box_layout.addLayout(self.scores_layout)


        self.dialog_layout.addWidget(self.scores_box)

        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.comment_label = QLabel(SurveyEntryDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_edit = QPlainTextEdit(SurveyEntryDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumSize(QSize(16777215, 72))

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.comment_edit)

        self.comment_error = QLabel(SurveyEntryDialog)
        self.comment_error.setObjectName(u"comment_error")
        self.comment_error.setStyleSheet(u"color: #b00020;")
        self.comment_error.setText(u"")
        self.comment_error.setWordWrap(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.comment_error)

        self.customer_label = QLabel(SurveyEntryDialog)
        self.customer_label.setObjectName(u"customer_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer_edit = QLineEdit(SurveyEntryDialog)
        self.customer_edit.setObjectName(u"customer_edit")
        self.customer_edit.setMaxLength(100)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customer_edit)

        self.customer_name_error = QLabel(SurveyEntryDialog)
        self.customer_name_error.setObjectName(u"customer_name_error")
        self.customer_name_error.setText(u"")
        self.customer_name_error.setWordWrap(True)
        self.customer_name_error.setStyleSheet(u"color: #b00020;")
        self.customer_name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.customer_name_error)

        self.date_label = QLabel(SurveyEntryDialog)
        self.date_label.setObjectName(u"date_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(SurveyEntryDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setMaxLength(12)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.filled_on_error = QLabel(SurveyEntryDialog)
        self.filled_on_error.setObjectName(u"filled_on_error")
        self.filled_on_error.setStyleSheet(u"color: #b00020;")
        self.filled_on_error.setText(u"")
        self.filled_on_error.setWordWrap(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.filled_on_error)


        self.dialog_layout.addLayout(self.details_form)

        self.form_error_label = QLabel(SurveyEntryDialog)
        self.form_error_label.setObjectName(u"form_error_label")
        self.form_error_label.setStyleSheet(u"color: #b00020;")
        self.form_error_label.setText(u"")
        self.form_error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.result_label = QLabel(SurveyEntryDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setStyleSheet(u"color: #1b5e20; font-weight: bold;")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.result_label.sizePolicy().hasHeightForWidth())
        self.result_label.setSizePolicy(sizePolicy)

        self.buttons_layout.addWidget(self.result_label)

        self.save_button = QPushButton(SurveyEntryDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.close_button = QPushButton(SurveyEntryDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
        self.comment_label.setBuddy(self.comment_edit)
        self.customer_label.setBuddy(self.customer_edit)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.customer_edit)
        QWidget.setTabOrder(self.customer_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(SurveyEntryDialog)

        QMetaObject.connectSlotsByName(SurveyEntryDialog)
    # setupUi

    def retranslateUi(self, SurveyEntryDialog):
        SurveyEntryDialog.setWindowTitle(QCoreApplication.translate("SurveyEntryDialog", u"Enter survey", None))
        self.number_label.setText(QCoreApplication.translate("SurveyEntryDialog", u"&Work order no.:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("SurveyEntryDialog", u"Scan the QR code or type the number, then Enter", None))
        self.scores_box.setTitle(QCoreApplication.translate("SurveyEntryDialog", u"Scores", None))
        self.comment_label.setText(QCoreApplication.translate("SurveyEntryDialog", u"&Comment:", None))
        self.customer_label.setText(QCoreApplication.translate("SurveyEntryDialog", u"Customer's &name:", None))
        self.date_label.setText(QCoreApplication.translate("SurveyEntryDialog", u"&Filled in on:", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("SurveyEntryDialog", u"YYYY-MM-DD", None))
        self.save_button.setText(QCoreApplication.translate("SurveyEntryDialog", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("SurveyEntryDialog", u"Close", None))
    # retranslateUi

