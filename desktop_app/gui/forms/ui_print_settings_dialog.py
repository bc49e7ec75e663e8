# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLayout, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PrintSettingsDialog(object):
    def setupUi(self, PrintSettingsDialog):
        if not PrintSettingsDialog.objectName():
            PrintSettingsDialog.setObjectName(u"PrintSettingsDialog")
        PrintSettingsDialog.resize(520, 10)
        self.dialog_layout = QVBoxLayout(PrintSettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro_label = QLabel(PrintSettingsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.printer_caption_label = QLabel(PrintSettingsDialog)
        self.printer_caption_label.setObjectName(u"printer_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printer_caption_label)

        self.printer_label = QLabel(PrintSettingsDialog)
        self.printer_label.setObjectName(u"printer_label")
        self.printer_label.setText(u"")
        self.printer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printer_label)

        self.direct_check = QCheckBox(PrintSettingsDialog)
        self.direct_check.setObjectName(u"direct_check")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.direct_check)

        self.page_size_label = QLabel(PrintSettingsDialog)
        self.page_size_label.setObjectName(u"page_size_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.page_size_label)

        self.page_size_combo = QComboBox(PrintSettingsDialog)
        self.page_size_combo.setObjectName(u"page_size_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.page_size_combo)

        self.language_label = QLabel(PrintSettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(PrintSettingsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.label_size_label = QLabel(PrintSettingsDialog)
        self.label_size_label.setObjectName(u"label_size_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_size_label)

        self.label_size_combo = QComboBox(PrintSettingsDialog)
        self.label_size_combo.setObjectName(u"label_size_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.label_size_combo)

        self.label_printer_label = QLabel(PrintSettingsDialog)
        self.label_printer_label.setObjectName(u"label_printer_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_printer_label)

        self.label_printer_combo = QComboBox(PrintSettingsDialog)
        self.label_printer_combo.setObjectName(u"label_printer_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.label_printer_combo)

        self.label_at_intake_check = QCheckBox(PrintSettingsDialog)
        self.label_at_intake_check.setObjectName(u"label_at_intake_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.label_at_intake_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(PrintSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.page_size_label.setBuddy(self.page_size_combo)
        self.language_label.setBuddy(self.language_combo)
        self.label_size_label.setBuddy(self.label_size_combo)
        self.label_printer_label.setBuddy(self.label_printer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.direct_check, self.page_size_combo)
        QWidget.setTabOrder(self.page_size_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.label_size_combo)
        QWidget.setTabOrder(self.label_size_combo, self.label_printer_combo)
        QWidget.setTabOrder(self.label_printer_combo, self.label_at_intake_check)
        QWidget.setTabOrder(self.label_at_intake_check, self.button_box)

        self.retranslateUi(PrintSettingsDialog)
        self.button_box.accepted.connect(PrintSettingsDialog.accept)
        self.button_box.rejected.connect(PrintSettingsDialog.reject)

        QMetaObject.connectSlotsByName(PrintSettingsDialog)
    # setupUi

    def retranslateUi(self, PrintSettingsDialog):
        PrintSettingsDialog.setWindowTitle(QCoreApplication.translate("PrintSettingsDialog", u"Print settings", None))
        self.intro_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"These settings belong to this computer: each counter keeps its own printer and paper.", None))
        self.printer_caption_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"Default printer:", None))
        self.direct_check.setText(QCoreApplication.translate("PrintSettingsDialog", u"Print &receipts straight to the default printer, without a preview", None))
        self.page_size_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"Receipt and pickup slip &paper:", None))
        self.language_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"&Document language:", None))
        self.label_size_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"Unit &label size:", None))
        self.label_printer_label.setText(QCoreApplication.translate("PrintSettingsDialog", u"Label print&er:", None))
#if QT_CONFIG(tooltip)
        self.label_printer_combo.setToolTip(QCoreApplication.translate("PrintSettingsDialog", u"A label printer chosen here prints labels without a preview", None))
#endif // QT_CONFIG(tooltip)
        self.label_at_intake_check.setText(QCoreApplication.translate("PrintSettingsDialog", u"Print a unit label &automatically when a claim is saved", None))
    # retranslateUi

