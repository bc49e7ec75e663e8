# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(620, 480)
        self.dialog_layout = QVBoxLayout(ReportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.report_form = QFormLayout()
        self.report_form.setObjectName(u"report_form")
        self.report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cause_label = QLabel(ReportDialog)
        self.cause_label.setObjectName(u"cause_label")

        self.report_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_edit = QPlainTextEdit(ReportDialog)
        self.cause_edit.setObjectName(u"cause_edit")
        self.cause_edit.setTabChangesFocus(True)
        self.cause_edit.setMaximumSize(QSize(16777215, 90))

        self.report_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cause_edit)

        self.report_fault_cause_error = QLabel(ReportDialog)
        self.report_fault_cause_error.setObjectName(u"report_fault_cause_error")
        self.report_fault_cause_error.setText(u"")
        self.report_fault_cause_error.setWordWrap(True)
        self.report_fault_cause_error.setStyleSheet(u"color: #b00020;")
        self.report_fault_cause_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.report_fault_cause_error)

        self.solution_label = QLabel(ReportDialog)
        self.solution_label.setObjectName(u"solution_label")

        self.report_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.solution_label)

        self.solution_edit = QPlainTextEdit(ReportDialog)
        self.solution_edit.setObjectName(u"solution_edit")
        self.solution_edit.setTabChangesFocus(True)
        self.solution_edit.setMaximumSize(QSize(16777215, 90))

        self.report_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.solution_edit)

        self.report_solution_error = QLabel(ReportDialog)
        self.report_solution_error.setObjectName(u"report_solution_error")
        self.report_solution_error.setText(u"")
        self.report_solution_error.setWordWrap(True)
        self.report_solution_error.setStyleSheet(u"color: #b00020;")
        self.report_solution_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.report_solution_error)

        self.parts_label = QLabel(ReportDialog)
        self.parts_label.setObjectName(u"parts_label")

        self.report_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.parts_label)

        self.parts_value = QLabel(ReportDialog)
        self.parts_value.setObjectName(u"parts_value")
        self.parts_value.setText(u"")
        self.parts_value.setWordWrap(True)
        self.parts_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parts_value)

        self.no_parts_check = QCheckBox(ReportDialog)
        self.no_parts_check.setObjectName(u"no_parts_check")

        self.report_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.no_parts_check)

        self.parts_error = QLabel(ReportDialog)
        self.parts_error.setObjectName(u"parts_error")
        self.parts_error.setText(u"")
        self.parts_error.setWordWrap(True)
        self.parts_error.setStyleSheet(u"color: #b00020;")
        self.parts_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.parts_error)

        self.opinion_label = QLabel(ReportDialog)
        self.opinion_label.setObjectName(u"opinion_label")

        self.report_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.opinion_label)

        self.opinion_edit = QLineEdit(ReportDialog)
        self.opinion_edit.setObjectName(u"opinion_edit")

        self.report_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.opinion_edit)

        self.report_customer_opinion_error = QLabel(ReportDialog)
        self.report_customer_opinion_error.setObjectName(u"report_customer_opinion_error")
        self.report_customer_opinion_error.setText(u"")
        self.report_customer_opinion_error.setWordWrap(True)
        self.report_customer_opinion_error.setStyleSheet(u"color: #b00020;")
        self.report_customer_opinion_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.report_customer_opinion_error)


        self.dialog_layout.addLayout(self.report_form)

        self.hint_label = QLabel(ReportDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.dialog_layout.addWidget(self.hint_label)

        self.error_label = QLabel(ReportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.save_button = QPushButton(ReportDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(ReportDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.cause_label.setBuddy(self.cause_edit)
        self.solution_label.setBuddy(self.solution_edit)
        self.opinion_label.setBuddy(self.opinion_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cause_edit, self.solution_edit)
        QWidget.setTabOrder(self.solution_edit, self.no_parts_check)
        QWidget.setTabOrder(self.no_parts_check, self.opinion_edit)
        QWidget.setTabOrder(self.opinion_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ReportDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Service report", None))
        self.cause_label.setText(QCoreApplication.translate("ReportDialog", u"Fault &cause:", None))
        self.cause_edit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"Why it failed", None))
        self.solution_label.setText(QCoreApplication.translate("ReportDialog", u"&Solution:", None))
        self.solution_edit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"What was done", None))
        self.parts_label.setText(QCoreApplication.translate("ReportDialog", u"Replaced parts:", None))
        self.no_parts_check.setText(QCoreApplication.translate("ReportDialog", u"&No parts replaced", None))
        self.opinion_label.setText(QCoreApplication.translate("ReportDialog", u"Customer's &opinion:", None))
        self.opinion_edit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"What the customer said about the service", None))
        self.hint_label.setText(QCoreApplication.translate("ReportDialog", u"An order closes only with a complete report: fault cause, solution, replaced parts (or \u201cno parts replaced\u201d) and the customer's opinion (E17, E23).", None))
        self.save_button.setText(QCoreApplication.translate("ReportDialog", u"Sa&ve report", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReportDialog", u"Save the service report (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("ReportDialog", u"Cancel", None))
    # retranslateUi

