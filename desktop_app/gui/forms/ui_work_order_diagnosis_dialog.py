# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_order_diagnosis_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_DiagnosisDialog(object):
    def setupUi(self, DiagnosisDialog):
        if not DiagnosisDialog.objectName():
            DiagnosisDialog.setObjectName(u"DiagnosisDialog")
        DiagnosisDialog.resize(620, 440)
        self.dialog_layout = QVBoxLayout(DiagnosisDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(DiagnosisDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"font-weight: bold;")
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.pages = QStackedWidget(DiagnosisDialog)
        self.pages.setObjectName(u"pages")
        self.form_page = QWidget()
        self.form_page.setObjectName(u"form_page")
        self.form_page_layout = QVBoxLayout(self.form_page)
        self.form_page_layout.setObjectName(u"form_page_layout")
        self.form_page_layout.setContentsMargins(0, 0, 0, 0)
        self.diagnosis_form = QFormLayout()
        self.diagnosis_form.setObjectName(u"diagnosis_form")
        self.diagnosis_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fault_label = QLabel(self.form_page)
        self.fault_label.setObjectName(u"fault_label")

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fault_label)

        self.fault_combo = QComboBox(self.form_page)
        self.fault_combo.setObjectName(u"fault_combo")

        self.diagnosis_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fault_combo)

        self.fault_category_error = QLabel(self.form_page)
        self.fault_category_error.setObjectName(u"fault_category_error")
        self.fault_category_error.setText(u"")
        self.fault_category_error.setWordWrap(True)
        self.fault_category_error.setStyleSheet(u"color: #b00020;")
        self.fault_category_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.fault_category_error)

        self.cause_label = QLabel(self.form_page)
        self.cause_label.setObjectName(u"cause_label")

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_combo = QComboBox(self.form_page)
        self.cause_combo.setObjectName(u"cause_combo")

        self.diagnosis_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cause_combo)

        self.cause_hint = QLabel(self.form_page)
        self.cause_hint.setObjectName(u"cause_hint")
        self.cause_hint.setWordWrap(True)
        self.cause_hint.setStyleSheet(u"color: #555555;")

        self.diagnosis_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.cause_hint)

        self.note_label = QLabel(self.form_page)
        self.note_label.setObjectName(u"note_label")

        self.diagnosis_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.form_page)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.diagnosis_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.note_error = QLabel(self.form_page)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.diagnosis_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.note_error)


        self.form_page_layout.addLayout(self.diagnosis_form)

        self.pages.addWidget(self.form_page)
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel(self.result_page)
        self.result_title.setObjectName(u"result_title")
        self.result_title.setText(u"")
        self.result_title.setWordWrap(True)
        self.result_title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.result_title)

        self.result_form = QFormLayout()
        self.result_form.setObjectName(u"result_form")
        self.result_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intake_label = QLabel(self.result_page)
        self.intake_label.setObjectName(u"intake_label")

        self.result_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intake_label)

        self.intake_value = QLabel(self.result_page)
        self.intake_value.setObjectName(u"intake_value")
        self.intake_value.setText(u"")
        self.intake_value.setWordWrap(True)
        self.intake_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intake_value)

        self.final_label = QLabel(self.result_page)
        self.final_label.setObjectName(u"final_label")

        self.result_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.final_label)

        self.final_value = QLabel(self.result_page)
        self.final_value.setObjectName(u"final_value")
        self.final_value.setText(u"")
        self.final_value.setWordWrap(True)
        self.final_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.final_value)

        self.bearer_label = QLabel(self.result_page)
        self.bearer_label.setObjectName(u"bearer_label")

        self.result_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bearer_label)

        self.bearer_value = QLabel(self.result_page)
        self.bearer_value.setObjectName(u"bearer_value")
        self.bearer_value.setText(u"")
        self.bearer_value.setWordWrap(True)
        self.bearer_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bearer_value)


        self.result_layout.addLayout(self.result_form)

        self.warning_label = QLabel(self.result_page)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setText(u"")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(u"color: #b00020; font-weight: bold; font-size: 12pt;")
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.warning_label)

        self.repeat_label = QLabel(self.result_page)
        self.repeat_label.setObjectName(u"repeat_label")
        self.repeat_label.setText(u"")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet(u"color: #8a4b00; font-weight: bold;")
        self.repeat_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.repeat_label)

        self.result_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.result_layout.addItem(self.result_spacer)

        self.pages.addWidget(self.result_page)

        self.dialog_layout.addWidget(self.pages)

        self.error_label = QLabel(DiagnosisDialog)
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

        self.save_button = QPushButton(DiagnosisDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(DiagnosisDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)

        self.close_button = QPushButton(DiagnosisDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.fault_label.setBuddy(self.fault_combo)
        self.cause_label.setBuddy(self.cause_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fault_combo, self.cause_combo)
        QWidget.setTabOrder(self.cause_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.close_button)

        self.retranslateUi(DiagnosisDialog)

        self.pages.setCurrentIndex(0)
        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(DiagnosisDialog)
    # setupUi

    def retranslateUi(self, DiagnosisDialog):
        DiagnosisDialog.setWindowTitle(QCoreApplication.translate("DiagnosisDialog", u"Diagnosis", None))
        self.fault_label.setText(QCoreApplication.translate("DiagnosisDialog", u"&Fault category:", None))
        self.cause_label.setText(QCoreApplication.translate("DiagnosisDialog", u"&Cause:", None))
        self.cause_hint.setText(QCoreApplication.translate("DiagnosisDialog", u"User damage (drop, liquid, wrong power, opened by a third party) is not a quality problem: it makes the order a paid repair whatever the date (W11).", None))
        self.note_label.setText(QCoreApplication.translate("DiagnosisDialog", u"F&indings:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DiagnosisDialog", u"What was found, e.g. C12 capacitor bulging", None))
        self.intake_label.setText(QCoreApplication.translate("DiagnosisDialog", u"At intake:", None))
        self.final_label.setText(QCoreApplication.translate("DiagnosisDialog", u"After diagnosis:", None))
        self.bearer_label.setText(QCoreApplication.translate("DiagnosisDialog", u"Cost borne by:", None))
        self.save_button.setText(QCoreApplication.translate("DiagnosisDialog", u"&Save diagnosis", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DiagnosisDialog", u"Save and judge the warranty again (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("DiagnosisDialog", u"Cancel", None))
        self.close_button.setText(QCoreApplication.translate("DiagnosisDialog", u"&Close", None))
    # retranslateUi

