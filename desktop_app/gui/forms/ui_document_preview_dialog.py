# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(900, 760)
        self.dialog_layout = QVBoxLayout(DocumentPreviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.print_button = QPushButton(DocumentPreviewDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.print_button)

        self.save_button = QPushButton(DocumentPreviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.save_button)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.pages_label = QLabel(DocumentPreviewDialog)
        self.pages_label.setObjectName(u"pages_label")
        self.pages_label.setText(u"")

        self.toolbar_layout.addWidget(self.pages_label)

        self.zoom_out_button = QPushButton(DocumentPreviewDialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_in_button = QPushButton(DocumentPreviewDialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.zoom_in_button)

        self.fit_button = QPushButton(DocumentPreviewDialog)
        self.fit_button.setObjectName(u"fit_button")
        self.fit_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.fit_button)


        self.dialog_layout.addLayout(self.toolbar_layout)

        self.status_label = QLabel(DocumentPreviewDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.status_label)

        self.preview_container = QWidget(DocumentPreviewDialog)
        self.preview_container.setObjectName(u"preview_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview_container.sizePolicy().hasHeightForWidth())
        self.preview_container.setSizePolicy(sizePolicy)
        self.preview_layout = QVBoxLayout(self.preview_container)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_layout.addWidget(self.preview_container)

        self.button_box = QDialogButtonBox(DocumentPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.button_box)

        self.retranslateUi(DocumentPreviewDialog)
        self.button_box.rejected.connect(DocumentPreviewDialog.reject)

        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Print preview", None))
        self.print_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Choose a printer and print (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Save the document as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_out_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_in_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.fit_button.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Whole page", None))
#if QT_CONFIG(tooltip)
        self.fit_button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Show the whole page (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

