# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_improvement_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImprovementReportDialog(object):
    def setupUi(self, ImprovementReportDialog):
        if not ImprovementReportDialog.objectName():
            ImprovementReportDialog.setObjectName(u"ImprovementReportDialog")
        ImprovementReportDialog.resize(520, 240)
        self.dialog_layout = QVBoxLayout(ImprovementReportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ImprovementReportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.report_form = QFormLayout()
        self.report_form.setObjectName(u"report_form")
        self.report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.first_label = QLabel(ImprovementReportDialog)
        self.first_label.setObjectName(u"first_label")

        self.report_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_label)

        self.first_edit = QDateEdit(ImprovementReportDialog)
        self.first_edit.setObjectName(u"first_edit")
        self.first_edit.setDisplayFormat(u"yyyy-MM")
        self.first_edit.setCalendarPopup(True)

        self.report_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_edit)

        self.last_label = QLabel(ImprovementReportDialog)
        self.last_label.setObjectName(u"last_label")

        self.report_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_label)

        self.last_edit = QDateEdit(ImprovementReportDialog)
        self.last_edit.setObjectName(u"last_edit")
        self.last_edit.setDisplayFormat(u"yyyy-MM")
        self.last_edit.setCalendarPopup(True)

        self.report_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_edit)


        self.dialog_layout.addLayout(self.report_form)

        self.progress_bar = QProgressBar(ImprovementReportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumSize(QSize(16777215, 14))

        self.dialog_layout.addWidget(self.progress_bar)

        self.error_label = QLabel(ImprovementReportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.preview_button = QPushButton(ImprovementReportDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(True)

        self.button_row.addWidget(self.preview_button)

        self.close_button = QPushButton(ImprovementReportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first_edit)
        self.last_label.setBuddy(self.last_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_edit, self.last_edit)
        QWidget.setTabOrder(self.last_edit, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.close_button)

        self.retranslateUi(ImprovementReportDialog)

        self.preview_button.setDefault(True)


        QMetaObject.connectSlotsByName(ImprovementReportDialog)
    # setupUi

    def retranslateUi(self, ImprovementReportDialog):
        ImprovementReportDialog.setWindowTitle(QCoreApplication.translate("ImprovementReportDialog", u"Improvement report", None))
        self.intro_label.setText(QCoreApplication.translate("ImprovementReportDialog", u"For the general manager: the most frequent faults per model, repeat repairs, suspected design defects and non-quality complaints (E2, E5, E6, E16).", None))
        self.first_label.setText(QCoreApplication.translate("ImprovementReportDialog", u"&From:", None))
        self.last_label.setText(QCoreApplication.translate("ImprovementReportDialog", u"&To:", None))
        self.preview_button.setText(QCoreApplication.translate("ImprovementReportDialog", u"&Preview PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("ImprovementReportDialog", u"Close", None))
    # retranslateUi

