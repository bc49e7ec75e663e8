# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_decision_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecisionPanel(object):
    def setupUi(self, DecisionPanel):
        if not DecisionPanel.objectName():
            DecisionPanel.setObjectName(u"DecisionPanel")
        DecisionPanel.resize(360, 560)
        self.panel_layout = QVBoxLayout(DecisionPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.decision_group = QGroupBox(DecisionPanel)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_form = QFormLayout(self.decision_group)
        self.decision_form.setObjectName(u"decision_form")
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tier_label = QLabel(self.decision_group)
        self.tier_label.setObjectName(u"tier_label")
        self.tier_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.tier_label.setText(u"")
        self.tier_label.setWordWrap(True)

        self.decision_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.tier_label)

        self.provisional_label = QLabel(self.decision_group)
        self.provisional_label.setObjectName(u"provisional_label")
        self.provisional_label.setStyleSheet(u"color: #555555;")
        self.provisional_label.setText(u"")
        self.provisional_label.setWordWrap(True)

        self.decision_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.provisional_label)

        self.remedies_key = QLabel(self.decision_group)
        self.remedies_key.setObjectName(u"remedies_key")
        self.remedies_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.remedies_key)

        self.remedies_value = QLabel(self.decision_group)
        self.remedies_value.setObjectName(u"remedies_value")
        self.remedies_value.setText(u"\u2014")
        self.remedies_value.setWordWrap(True)
        self.remedies_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remedies_value)

        self.free_key = QLabel(self.decision_group)
        self.free_key.setObjectName(u"free_key")
        self.free_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.free_key)

        self.free_value = QLabel(self.decision_group)
        self.free_value.setObjectName(u"free_value")
        self.free_value.setTextFormat(Qt.TextFormat.PlainText)
        self.free_value.setText(u"\u2014")
        self.free_value.setWordWrap(True)
        self.free_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.free_value)

        self.charged_key = QLabel(self.decision_group)
        self.charged_key.setObjectName(u"charged_key")
        self.charged_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.charged_key)

        self.charged_value = QLabel(self.decision_group)
        self.charged_value.setObjectName(u"charged_value")
        self.charged_value.setTextFormat(Qt.TextFormat.PlainText)
        self.charged_value.setText(u"\u2014")
        self.charged_value.setWordWrap(True)
        self.charged_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.charged_value)

        self.cost_key = QLabel(self.decision_group)
        self.cost_key.setObjectName(u"cost_key")
        self.cost_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cost_key)

        self.cost_value = QLabel(self.decision_group)
        self.cost_value.setObjectName(u"cost_value")
        self.cost_value.setText(u"\u2014")
        self.cost_value.setWordWrap(True)
        self.cost_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cost_value)

        self.approval_key = QLabel(self.decision_group)
        self.approval_key.setObjectName(u"approval_key")
        self.approval_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.approval_key)

        self.approval_value = QLabel(self.decision_group)
        self.approval_value.setObjectName(u"approval_value")
        self.approval_value.setTextFormat(Qt.TextFormat.PlainText)
        self.approval_value.setText(u"\u2014")
        self.approval_value.setWordWrap(True)
        self.approval_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.approval_value)

        self.periods_key = QLabel(self.decision_group)
        self.periods_key.setObjectName(u"periods_key")
        self.periods_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.periods_key)

        self.periods_value = QLabel(self.decision_group)
        self.periods_value.setObjectName(u"periods_value")
        self.periods_value.setText(u"\u2014")
        self.periods_value.setWordWrap(True)
        self.periods_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.periods_value)

        self.rules_key = QLabel(self.decision_group)
        self.rules_key.setObjectName(u"rules_key")
        self.rules_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rules_key)

        self.rules_value = QLabel(self.decision_group)
        self.rules_value.setObjectName(u"rules_value")
        self.rules_value.setText(u"\u2014")
        self.rules_value.setWordWrap(True)
        self.rules_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rules_value)

        self.reasons_key = QLabel(self.decision_group)
        self.reasons_key.setObjectName(u"reasons_key")
        self.reasons_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasons_key)

        self.reasons_value = QLabel(self.decision_group)
        self.reasons_value.setObjectName(u"reasons_value")
        self.reasons_value.setText(u"\u2014")
        self.reasons_value.setWordWrap(True)
        self.reasons_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reasons_value)


        self.panel_layout.addWidget(self.decision_group)

        self.sla_group = QGroupBox(DecisionPanel)
        self.sla_group.setObjectName(u"sla_group")
        self.sla_form = QFormLayout(self.sla_group)
        self.sla_form.setObjectName(u"sla_form")
        self.sla_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reply_key = QLabel(self.sla_group)
        self.reply_key.setObjectName(u"reply_key")
        self.reply_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.sla_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reply_key)

        self.reply_value = QLabel(self.sla_group)
        self.reply_value.setObjectName(u"reply_value")
        self.reply_value.setText(u"\u2014")
        self.reply_value.setWordWrap(True)
        self.reply_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sla_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reply_value)

        self.answer_key = QLabel(self.sla_group)
        self.answer_key.setObjectName(u"answer_key")
        self.answer_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.sla_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answer_key)

        self.answer_value = QLabel(self.sla_group)
        self.answer_value.setObjectName(u"answer_value")
        self.answer_value.setText(u"\u2014")
        self.answer_value.setWordWrap(True)
        self.answer_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sla_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answer_value)

        self.on_site_key = QLabel(self.sla_group)
        self.on_site_key.setObjectName(u"on_site_key")
        self.on_site_key.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.sla_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.on_site_key)

        self.on_site_value = QLabel(self.sla_group)
        self.on_site_value.setObjectName(u"on_site_value")
        self.on_site_value.setTextFormat(Qt.TextFormat.PlainText)
        self.on_site_value.setText(u"\u2014")
        self.on_site_value.setWordWrap(True)
        self.on_site_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sla_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on_site_value)


        self.panel_layout.addWidget(self.sla_group)

        self.panel_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panel_layout.addItem(self.panel_spacer)


        self.retranslateUi(DecisionPanel)

        QMetaObject.connectSlotsByName(DecisionPanel)
    # setupUi

    def retranslateUi(self, DecisionPanel):
        self.decision_group.setTitle(QCoreApplication.translate("DecisionPanel", u"Warranty decision", None))
        self.remedies_key.setText(QCoreApplication.translate("DecisionPanel", u"May choose:", None))
        self.free_key.setText(QCoreApplication.translate("DecisionPanel", u"Free:", None))
        self.charged_key.setText(QCoreApplication.translate("DecisionPanel", u"Charged:", None))
        self.cost_key.setText(QCoreApplication.translate("DecisionPanel", u"Cost borne by:", None))
        self.approval_key.setText(QCoreApplication.translate("DecisionPanel", u"Approval:", None))
        self.periods_key.setText(QCoreApplication.translate("DecisionPanel", u"Periods end:", None))
        self.rules_key.setText(QCoreApplication.translate("DecisionPanel", u"Rules cited:", None))
        self.reasons_key.setText(QCoreApplication.translate("DecisionPanel", u"Why:", None))
        self.sla_group.setTitle(QCoreApplication.translate("DecisionPanel", u"Service clocks", None))
        self.reply_key.setText(QCoreApplication.translate("DecisionPanel", u"Reply by (S1):", None))
        self.answer_key.setText(QCoreApplication.translate("DecisionPanel", u"Answer by (S3):", None))
        self.on_site_key.setText(QCoreApplication.translate("DecisionPanel", u"On site (S2):", None))
        pass
    # retranslateUi

