# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_monthly_report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MonthlyReportDialog(object):
    def setupUi(self, MonthlyReportDialog):
        if not MonthlyReportDialog.objectName():
            MonthlyReportDialog.setObjectName(u"MonthlyReportDialog")
        MonthlyReportDialog.resize(600, 330)
        self.dialog_layout = QVBoxLayout(MonthlyReportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(MonthlyReportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.report_form = QFormLayout()
        self.report_form.setObjectName(u"report_form")
        self.report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.month_label = QLabel(MonthlyReportDialog)
        self.month_label.setObjectName(u"month_label")

        self.report_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month_edit = QDateEdit(MonthlyReportDialog)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")
        self.month_edit.setCalendarPopup(True)

        self.report_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month_edit)

        self.sent_on_label = QLabel(MonthlyReportDialog)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.report_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on_edit = QDateEdit(MonthlyReportDialog)
        self.sent_on_edit.setObjectName(u"sent_on_edit")
        self.sent_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.sent_on_edit.setCalendarPopup(True)

        self.report_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sent_on_edit)

        self.range_check = QCheckBox(MonthlyReportDialog)
        self.range_check.setObjectName(u"range_check")

        self.report_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.range_check)

        self.version_label = QLabel(MonthlyReportDialog)
        self.version_label.setObjectName(u"version_label")

        self.report_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.version_label)

        self.version_combo = QComboBox(MonthlyReportDialog)
        self.version_combo.addItem("")
        self.version_combo.addItem("")
        self.version_combo.setObjectName(u"version_combo")

        self.report_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.version_combo)

        self.retake_check = QCheckBox(MonthlyReportDialog)
        self.retake_check.setObjectName(u"retake_check")

        self.report_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retake_check)


        self.dialog_layout.addLayout(self.report_form)

        self.status_label = QLabel(MonthlyReportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(MonthlyReportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumSize(QSize(16777215, 14))

        self.dialog_layout.addWidget(self.progress_bar)

        self.error_label = QLabel(MonthlyReportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.message_label = QLabel(MonthlyReportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.preview_button = QPushButton(MonthlyReportDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(True)

        self.button_row.addWidget(self.preview_button)

        self.save_xlsx_button = QPushButton(MonthlyReportDialog)
        self.save_xlsx_button.setObjectName(u"save_xlsx_button")
        self.save_xlsx_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_xlsx_button)

        self.mark_sent_button = QPushButton(MonthlyReportDialog)
        self.mark_sent_button.setObjectName(u"mark_sent_button")
        self.mark_sent_button.setAutoDefault(False)

        self.button_row.addWidget(self.mark_sent_button)

        self.correct_button = QPushButton(MonthlyReportDialog)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setAutoDefault(False)

        self.button_row.addWidget(self.correct_button)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(MonthlyReportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.sent_on_label.setBuddy(self.sent_on_edit)
        self.version_label.setBuddy(self.version_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_edit, self.sent_on_edit)
        QWidget.setTabOrder(self.sent_on_edit, self.range_check)
        QWidget.setTabOrder(self.range_check, self.version_combo)
        QWidget.setTabOrder(self.version_combo, self.retake_check)
        QWidget.setTabOrder(self.retake_check, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.save_xlsx_button)
        QWidget.setTabOrder(self.save_xlsx_button, self.mark_sent_button)
        QWidget.setTabOrder(self.mark_sent_button, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.close_button)

        self.retranslateUi(MonthlyReportDialog)

        self.preview_button.setDefault(True)


        QMetaObject.connectSlotsByName(MonthlyReportDialog)
    # setupUi

    def retranslateUi(self, MonthlyReportDialog):
        MonthlyReportDialog.setWindowTitle(QCoreApplication.translate("MonthlyReportDialog", u"Repair monthly report", None))
        self.intro_label.setText(QCoreApplication.translate("MonthlyReportDialog", u"The repair monthly report to the manufacturer (\u552e\u540e\u7ef4\u4fee\u6708\u62a5\u8868) is due by the 3rd of the following month (D3).", None))
        self.month_label.setText(QCoreApplication.translate("MonthlyReportDialog", u"&Month:", None))
        self.sent_on_label.setText(QCoreApplication.translate("MonthlyReportDialog", u"Sent &on:", None))
#if QT_CONFIG(tooltip)
        self.sent_on_edit.setToolTip(QCoreApplication.translate("MonthlyReportDialog", u"The day the report went to the manufacturer (D3: by the 3rd), not the day it is recorded.", None))
#endif // QT_CONFIG(tooltip)
        self.range_check.setText(QCoreApplication.translate("MonthlyReportDialog", u"Also mark every earlier month not yet marked sent", None))
        self.version_label.setText(QCoreApplication.translate("MonthlyReportDialog", u"&Print:", None))
        self.version_combo.setItemText(0, QCoreApplication.translate("MonthlyReportDialog", u"As sent (the figures the manufacturer received)", None))
        self.version_combo.setItemText(1, QCoreApplication.translate("MonthlyReportDialog", u"Current data (recomputed; may differ from what was sent)", None))

        self.retake_check.setText(QCoreApplication.translate("MonthlyReportDialog", u"Correction: sent again with the current figures", None))
        self.preview_button.setText(QCoreApplication.translate("MonthlyReportDialog", u"&Preview PDF\u2026", None))
        self.save_xlsx_button.setText(QCoreApplication.translate("MonthlyReportDialog", u"Save as &XLSX\u2026", None))
        self.mark_sent_button.setText(QCoreApplication.translate("MonthlyReportDialog", u"Mark as &sent", None))
        self.correct_button.setText(QCoreApplication.translate("MonthlyReportDialog", u"&Correct\u2026", None))
        self.close_button.setText(QCoreApplication.translate("MonthlyReportDialog", u"Close", None))
    # retranslateUi

