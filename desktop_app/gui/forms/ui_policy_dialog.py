# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLayout, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(480, 10)
        PolicyDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(PolicyDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.version_label = QLabel(PolicyDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setText(u"")

        self.dialog_layout.addWidget(self.version_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.return_months_label = QLabel(PolicyDialog)
        self.return_months_label.setObjectName(u"return_months_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.return_months_label)

        self.return_months_spin = QSpinBox(PolicyDialog)
        self.return_months_spin.setObjectName(u"return_months_spin")
        self.return_months_spin.setMinimum(0)
        self.return_months_spin.setMaximum(1200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.return_months_spin)

        self.exchange_months_label = QLabel(PolicyDialog)
        self.exchange_months_label.setObjectName(u"exchange_months_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exchange_months_label)

        self.exchange_months_spin = QSpinBox(PolicyDialog)
        self.exchange_months_spin.setObjectName(u"exchange_months_spin")
        self.exchange_months_spin.setMinimum(0)
        self.exchange_months_spin.setMaximum(1200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exchange_months_spin)

        self.repair_months_label = QLabel(PolicyDialog)
        self.repair_months_label.setObjectName(u"repair_months_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repair_months_label)

        self.repair_months_spin = QSpinBox(PolicyDialog)
        self.repair_months_spin.setObjectName(u"repair_months_spin")
        self.repair_months_spin.setMinimum(0)
        self.repair_months_spin.setMaximum(1200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repair_months_spin)

        self.long_repair_months_label = QLabel(PolicyDialog)
        self.long_repair_months_label.setObjectName(u"long_repair_months_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.long_repair_months_label)

        self.long_repair_months_spin = QSpinBox(PolicyDialog)
        self.long_repair_months_spin.setObjectName(u"long_repair_months_spin")
        self.long_repair_months_spin.setMinimum(0)
        self.long_repair_months_spin.setMaximum(1200)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.long_repair_months_spin)

        self.doa_days_label = QLabel(PolicyDialog)
        self.doa_days_label.setObjectName(u"doa_days_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doa_days_label)

        self.doa_days_spin = QSpinBox(PolicyDialog)
        self.doa_days_spin.setObjectName(u"doa_days_spin")
        self.doa_days_spin.setMinimum(0)
        self.doa_days_spin.setMaximum(1200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doa_days_spin)

        self.early_defect_days_label = QLabel(PolicyDialog)
        self.early_defect_days_label.setObjectName(u"early_defect_days_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.early_defect_days_label)

        self.early_defect_days_spin = QSpinBox(PolicyDialog)
        self.early_defect_days_spin.setObjectName(u"early_defect_days_spin")
        self.early_defect_days_spin.setMinimum(0)
        self.early_defect_days_spin.setMaximum(1200)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.early_defect_days_spin)

        self.manufacturer_warranty_months_label = QLabel(PolicyDialog)
        self.manufacturer_warranty_months_label.setObjectName(u"manufacturer_warranty_months_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.manufacturer_warranty_months_label)

        self.manufacturer_warranty_months_spin = QSpinBox(PolicyDialog)
        self.manufacturer_warranty_months_spin.setObjectName(u"manufacturer_warranty_months_spin")
        self.manufacturer_warranty_months_spin.setMinimum(0)
        self.manufacturer_warranty_months_spin.setMaximum(1200)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.manufacturer_warranty_months_spin)

        self.effective_from_label = QLabel(PolicyDialog)
        self.effective_from_label.setObjectName(u"effective_from_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.effective_from_label)

        self.effective_from_edit = QDateEdit(PolicyDialog)
        self.effective_from_edit.setObjectName(u"effective_from_edit")
        self.effective_from_edit.setCalendarPopup(True)
        self.effective_from_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.effective_from_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.categories_group = QGroupBox(PolicyDialog)
        self.categories_group.setObjectName(u"categories_group")
        self.categories_layout = QVBoxLayout(self.categories_group)
        self.categories_layout.setObjectName(u"categories_layout")

        self.dialog_layout.addWidget(self.categories_group)

        self.wear_parts_note = QLabel(PolicyDialog)
        self.wear_parts_note.setObjectName(u"wear_parts_note")
        self.wear_parts_note.setWordWrap(True)

        self.dialog_layout.addWidget(self.wear_parts_note)

        self.old_claims_note = QLabel(PolicyDialog)
        self.old_claims_note.setObjectName(u"old_claims_note")
        self.old_claims_note.setWordWrap(True)

        self.dialog_layout.addWidget(self.old_claims_note)

        self.error_label = QLabel(PolicyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PolicyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.return_months_label.setBuddy(self.return_months_spin)
        self.exchange_months_label.setBuddy(self.exchange_months_spin)
        self.repair_months_label.setBuddy(self.repair_months_spin)
        self.long_repair_months_label.setBuddy(self.long_repair_months_spin)
        self.doa_days_label.setBuddy(self.doa_days_spin)
        self.early_defect_days_label.setBuddy(self.early_defect_days_spin)
        self.manufacturer_warranty_months_label.setBuddy(self.manufacturer_warranty_months_spin)
        self.effective_from_label.setBuddy(self.effective_from_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PolicyDialog)
        self.button_box.accepted.connect(PolicyDialog.accept)
        self.button_box.rejected.connect(PolicyDialog.reject)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"Warranty policy", None))
        self.return_months_label.setText(QCoreApplication.translate("PolicyDialog", u"&Return period (W2):", None))
        self.return_months_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.exchange_months_label.setText(QCoreApplication.translate("PolicyDialog", u"&Exchange period (W3):", None))
        self.exchange_months_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.repair_months_label.setText(QCoreApplication.translate("PolicyDialog", u"Free re&pair period (W4):", None))
        self.repair_months_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.long_repair_months_label.setText(QCoreApplication.translate("PolicyDialog", u"&Longer repair period (W4):", None))
        self.long_repair_months_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.doa_days_label.setText(QCoreApplication.translate("PolicyDialog", u"&DOA window (D11):", None))
        self.doa_days_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" days", None))
        self.early_defect_days_label.setText(QCoreApplication.translate("PolicyDialog", u"Early &quality defect window (D12):", None))
        self.early_defect_days_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" days", None))
        self.manufacturer_warranty_months_label.setText(QCoreApplication.translate("PolicyDialog", u"&Manufacturer warranty (D10):", None))
        self.manufacturer_warranty_months_spin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.effective_from_label.setText(QCoreApplication.translate("PolicyDialog", u"Effective &from:", None))
        self.categories_group.setTitle(QCoreApplication.translate("PolicyDialog", u"Product categories with the longer repair period (W4)", None))
        self.wear_parts_note.setText(QCoreApplication.translate("PolicyDialog", u"The wear-part list (W6) is kept in the parts catalogue, not here.", None))
        self.old_claims_note.setText(QCoreApplication.translate("PolicyDialog", u"Publishing makes a new version. Claims already judged keep the version they were judged under (W12).", None))
    # retranslateUi

