# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_detail_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop_app.gui.evaluation.history_chart import HistoryChart

class Ui_EvaluationDetailPanel(object):
    def setupUi(self, EvaluationDetailPanel):
        if not EvaluationDetailPanel.objectName():
            EvaluationDetailPanel.setObjectName(u"EvaluationDetailPanel")
        EvaluationDetailPanel.resize(560, 640)
        self.panel_layout = QVBoxLayout(EvaluationDetailPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(EvaluationDetailPanel)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.name_label.setText(u"")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.name_label)

        self.hint_label = QLabel(EvaluationDetailPanel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #555555;")
        self.hint_label.setWordWrap(True)

        self.panel_layout.addWidget(self.hint_label)

        self.figures_group = QGroupBox(EvaluationDetailPanel)
        self.figures_group.setObjectName(u"figures_group")
        self.figures_grid = QGridLayout(self.figures_group)
        self.figures_grid.setObjectName(u"figures_grid")
        self.figures_grid.setHorizontalSpacing(12)
        self.figures_grid.setVerticalSpacing(4)

        self.panel_layout.addWidget(self.figures_group)

        self.evidence_splitter = QSplitter(EvaluationDetailPanel)
        self.evidence_splitter.setObjectName(u"evidence_splitter")
        self.evidence_splitter.setOrientation(Qt.Orientation.Vertical)
        self.evidence_splitter.setChildrenCollapsible(False)
        self.evidence_tree = QTreeWidget(self.evidence_splitter)
        self.evidence_tree.setObjectName(u"evidence_tree")
        self.evidence_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_tree.setAlternatingRowColors(True)
        self.evidence_tree.setUniformRowHeights(True)
        self.evidence_tree.setColumnCount(2)
        self.evidence_splitter.addWidget(self.evidence_tree)
        self.chart_box = QWidget(self.evidence_splitter)
        self.chart_box.setObjectName(u"chart_box")
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 4, 0, 0)
        self.chart_label = QLabel(self.chart_box)
        self.chart_label.setObjectName(u"chart_label")
        self.chart_label.setStyleSheet(u"font-weight: bold;")

        self.chart_layout.addWidget(self.chart_label)

        self.history_chart = HistoryChart(self.chart_box)
        self.history_chart.setObjectName(u"history_chart")

        self.chart_layout.addWidget(self.history_chart)

        self.evidence_splitter.addWidget(self.chart_box)

        self.panel_layout.addWidget(self.evidence_splitter)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.message_label = QLabel(EvaluationDetailPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_row.addWidget(self.message_label)

        self.button_row_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_row_spacer)

        self.print_sheet_button = QPushButton(EvaluationDetailPanel)
        self.print_sheet_button.setObjectName(u"print_sheet_button")

        self.button_row.addWidget(self.print_sheet_button)

        self.mark_signed_button = QPushButton(EvaluationDetailPanel)
        self.mark_signed_button.setObjectName(u"mark_signed_button")

        self.button_row.addWidget(self.mark_signed_button)

        self.undo_signed_button = QPushButton(EvaluationDetailPanel)
        self.undo_signed_button.setObjectName(u"undo_signed_button")

        self.button_row.addWidget(self.undo_signed_button)

        self.button_row.setStretch(0, 1)

        self.panel_layout.addLayout(self.button_row)

        QWidget.setTabOrder(self.evidence_tree, self.print_sheet_button)
        QWidget.setTabOrder(self.print_sheet_button, self.mark_signed_button)
        QWidget.setTabOrder(self.mark_signed_button, self.undo_signed_button)

        self.retranslateUi(EvaluationDetailPanel)

        QMetaObject.connectSlotsByName(EvaluationDetailPanel)
    # setupUi

    def retranslateUi(self, EvaluationDetailPanel):
        self.hint_label.setText(QCoreApplication.translate("EvaluationDetailPanel", u"Choose a staff member in the list to see the month's figures, the evidence behind them and the last 12 months.", None))
        self.figures_group.setTitle(QCoreApplication.translate("EvaluationDetailPanel", u"Figures of the month", None))
        ___qtreewidgetitem = self.evidence_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EvaluationDetailPanel", u"Details", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EvaluationDetailPanel", u"Evidence", None))
        self.chart_label.setText(QCoreApplication.translate("EvaluationDetailPanel", u"The last 12 months", None))
        self.print_sheet_button.setText(QCoreApplication.translate("EvaluationDetailPanel", u"&Print evaluation sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.mark_signed_button.setToolTip(QCoreApplication.translate("EvaluationDetailPanel", u"The staff member signed the printed sheet: its fines total and demerits are kept as signed.", None))
#endif // QT_CONFIG(tooltip)
        self.mark_signed_button.setText(QCoreApplication.translate("EvaluationDetailPanel", u"Recor&d as signed", None))
#if QT_CONFIG(tooltip)
        self.undo_signed_button.setToolTip(QCoreApplication.translate("EvaluationDetailPanel", u"General manager only: take back a month recorded as signed by mistake, with the reason.", None))
#endif // QT_CONFIG(tooltip)
        self.undo_signed_button.setText(QCoreApplication.translate("EvaluationDetailPanel", u"&Undo signature\u2026", None))
        pass
    # retranslateUi

