# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_complaint_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ComplaintForm(object):
    def setupUi(self, ComplaintForm):
        if not ComplaintForm.objectName():
            ComplaintForm.setObjectName(u"ComplaintForm")
        ComplaintForm.resize(560, 520)
        self.dialog_layout = QVBoxLayout(ComplaintForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.complaint_form = QFormLayout()
        self.complaint_form.setObjectName(u"complaint_form")
        self.complaint_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.received_via_label = QLabel(ComplaintForm)
        self.received_via_label.setObjectName(u"received_via_label")

        self.complaint_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_via_label)

        self.received_via_combo = QComboBox(ComplaintForm)
        self.received_via_combo.setObjectName(u"received_via_combo")

        self.complaint_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_via_combo)

        self.received_on_label = QLabel(ComplaintForm)
        self.received_on_label.setObjectName(u"received_on_label")

        self.complaint_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on_edit = QDateEdit(ComplaintForm)
        self.received_on_edit.setObjectName(u"received_on_edit")
        self.received_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.received_on_edit.setCalendarPopup(True)

        self.complaint_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_on_edit)

        self.received_on_error = QLabel(ComplaintForm)
        self.received_on_error.setObjectName(u"received_on_error")
        self.received_on_error.setText(u"")
        self.received_on_error.setWordWrap(True)
        self.received_on_error.setStyleSheet(u"color: #b00020;")
        self.received_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.received_on_error)

        self.complainant_label = QLabel(ComplaintForm)
        self.complainant_label.setObjectName(u"complainant_label")

        self.complaint_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complainant_label)

        self.complainant_edit = QLineEdit(ComplaintForm)
        self.complainant_edit.setObjectName(u"complainant_edit")

        self.complaint_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.complainant_edit)

        self.complainant_error = QLabel(ComplaintForm)
        self.complainant_error.setObjectName(u"complainant_error")
        self.complainant_error.setText(u"")
        self.complainant_error.setWordWrap(True)
        self.complainant_error.setStyleSheet(u"color: #b00020;")
        self.complainant_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.complainant_error)

        self.phone_label = QLabel(ComplaintForm)
        self.phone_label.setObjectName(u"phone_label")

        self.complaint_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(ComplaintForm)
        self.phone_edit.setObjectName(u"phone_edit")

        self.complaint_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(ComplaintForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)
        self.phone_error.setStyleSheet(u"color: #b00020;")
        self.phone_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.phone_error)

        self.phone_hint = QLabel(ComplaintForm)
        self.phone_hint.setObjectName(u"phone_hint")
        self.phone_hint.setText(u"")
        self.phone_hint.setWordWrap(True)
        self.phone_hint.setStyleSheet(u"color: #555555;")

        self.complaint_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.phone_hint)

        self.category_label = QLabel(ComplaintForm)
        self.category_label.setObjectName(u"category_label")

        self.complaint_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(ComplaintForm)
        self.category_combo.setObjectName(u"category_combo")

        self.complaint_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.consequence_label = QLabel(ComplaintForm)
        self.consequence_label.setObjectName(u"consequence_label")
        self.consequence_label.setText(u"")
        self.consequence_label.setWordWrap(True)
        self.consequence_label.setStyleSheet(u"color: #555555;")

        self.complaint_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.consequence_label)

        self.about_label = QLabel(ComplaintForm)
        self.about_label.setObjectName(u"about_label")

        self.complaint_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.about_label)

        self.about_combo = QComboBox(ComplaintForm)
        self.about_combo.setObjectName(u"about_combo")

        self.complaint_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.about_combo)

        self.about_error = QLabel(ComplaintForm)
        self.about_error.setObjectName(u"about_error")
        self.about_error.setText(u"")
        self.about_error.setWordWrap(True)
        self.about_error.setStyleSheet(u"color: #b00020;")
        self.about_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.about_error)

        self.work_order_label = QLabel(ComplaintForm)
        self.work_order_label.setObjectName(u"work_order_label")

        self.complaint_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.work_order_label)

        self.work_order_edit = QLineEdit(ComplaintForm)
        self.work_order_edit.setObjectName(u"work_order_edit")

        self.complaint_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.work_order_edit)

        self.work_order_error = QLabel(ComplaintForm)
        self.work_order_error.setObjectName(u"work_order_error")
        self.work_order_error.setText(u"")
        self.work_order_error.setWordWrap(True)
        self.work_order_error.setStyleSheet(u"color: #b00020;")
        self.work_order_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.work_order_error)

        self.product_label = QLabel(ComplaintForm)
        self.product_label.setObjectName(u"product_label")

        self.complaint_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.product_label)

        self.product_combo = QComboBox(ComplaintForm)
        self.product_combo.setObjectName(u"product_combo")

        self.complaint_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.product_combo)

        self.product_error = QLabel(ComplaintForm)
        self.product_error.setObjectName(u"product_error")
        self.product_error.setText(u"")
        self.product_error.setWordWrap(True)
        self.product_error.setStyleSheet(u"color: #b00020;")
        self.product_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.product_error)

        self.description_label = QLabel(ComplaintForm)
        self.description_label.setObjectName(u"description_label")

        self.complaint_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(ComplaintForm)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.complaint_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.description_error = QLabel(ComplaintForm)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setText(u"")
        self.description_error.setWordWrap(True)
        self.description_error.setStyleSheet(u"color: #b00020;")
        self.description_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complaint_form.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.description_error)


        self.dialog_layout.addLayout(self.complaint_form)

        self.error_label = QLabel(ComplaintForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(ComplaintForm)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.button_row.addWidget(self.save_button)

        self.cancel_button = QPushButton(ComplaintForm)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.received_via_label.setBuddy(self.received_via_combo)
        self.received_on_label.setBuddy(self.received_on_edit)
        self.complainant_label.setBuddy(self.complainant_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.category_label.setBuddy(self.category_combo)
        self.about_label.setBuddy(self.about_combo)
        self.work_order_label.setBuddy(self.work_order_edit)
        self.product_label.setBuddy(self.product_combo)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_via_combo, self.received_on_edit)
        QWidget.setTabOrder(self.received_on_edit, self.complainant_edit)
        QWidget.setTabOrder(self.complainant_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.about_combo)
        QWidget.setTabOrder(self.about_combo, self.work_order_edit)
        QWidget.setTabOrder(self.work_order_edit, self.product_combo)
        QWidget.setTabOrder(self.product_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ComplaintForm)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(ComplaintForm)
    # setupUi

    def retranslateUi(self, ComplaintForm):
        ComplaintForm.setWindowTitle(QCoreApplication.translate("ComplaintForm", u"Register a complaint", None))
        self.received_via_label.setText(QCoreApplication.translate("ComplaintForm", u"Received &by:", None))
        self.received_on_label.setText(QCoreApplication.translate("ComplaintForm", u"Received &on:", None))
        self.complainant_label.setText(QCoreApplication.translate("ComplaintForm", u"&From whom:", None))
        self.complainant_edit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Customer name or company, as they gave it", None))
        self.phone_label.setText(QCoreApplication.translate("ComplaintForm", u"P&hone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Where the answer reaches them (E3, E5)", None))
#if QT_CONFIG(tooltip)
        self.phone_edit.setToolTip(QCoreApplication.translate("ComplaintForm", u"The complainant's phone, kept with the complaint for the answer. A customer on record with this number is also linked to the complaint.", None))
#endif // QT_CONFIG(tooltip)
        self.category_label.setText(QCoreApplication.translate("ComplaintForm", u"&Category:", None))
        self.about_label.setText(QCoreApplication.translate("ComplaintForm", u"&About:", None))
        self.work_order_label.setText(QCoreApplication.translate("ComplaintForm", u"&Work order no.:", None))
        self.work_order_edit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Optional: the order the complaint is about", None))
        self.product_label.setText(QCoreApplication.translate("ComplaintForm", u"&Product model:", None))
        self.description_label.setText(QCoreApplication.translate("ComplaintForm", u"&Description:", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"What the customer says happened", None))
        self.save_button.setText(QCoreApplication.translate("ComplaintForm", u"&Register", None))
        self.cancel_button.setText(QCoreApplication.translate("ComplaintForm", u"Cancel", None))
    # retranslateUi

