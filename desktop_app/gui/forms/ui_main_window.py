# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setWindowTitle(u"\u552e\u540e\u670d\u52a1\u53f0 Service Counter")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_find = QAction(MainWindow)
        self.action_find.setObjectName(u"action_find")
#if QT_CONFIG(shortcut)
        self.action_find.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.action_reload = QAction(MainWindow)
        self.action_reload.setObjectName(u"action_reload")
#if QT_CONFIG(shortcut)
        self.action_reload.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.action_change_password = QAction(MainWindow)
        self.action_change_password.setObjectName(u"action_change_password")
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.action_users = QAction(MainWindow)
        self.action_users.setObjectName(u"action_users")
        self.action_audit_log = QAction(MainWindow)
        self.action_audit_log.setObjectName(u"action_audit_log")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 0)
        self.tab_widget = QTabWidget(self.central_widget)
        self.tab_widget.setObjectName(u"tab_widget")
        self.tab_widget.setDocumentMode(True)

        self.central_layout.addWidget(self.tab_widget)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_tools = QMenu(self.menu_bar)
        self.menu_tools.setObjectName(u"menu_tools")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_tools.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_change_password)
        self.menu_file.addAction(self.action_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.action_find)
        self.menu_view.addSeparator()
        self.menu_tools.addAction(self.action_reload)
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.action_users)
        self.menu_tools.addAction(self.action_audit_log)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(statustip)
        self.action_quit.setStatusTip(QCoreApplication.translate("MainWindow", u"Close Service Counter", None))
#endif // QT_CONFIG(statustip)
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Search in this tab", None))
#if QT_CONFIG(statustip)
        self.action_find.setStatusTip(QCoreApplication.translate("MainWindow", u"Put the cursor in the current tab's search box", None))
#endif // QT_CONFIG(statustip)
        self.action_reload.setText(QCoreApplication.translate("MainWindow", u"&Reload", None))
#if QT_CONFIG(statustip)
        self.action_reload.setStatusTip(QCoreApplication.translate("MainWindow", u"Read the lists again from the database", None))
#endif // QT_CONFIG(statustip)
        self.action_change_password.setText(QCoreApplication.translate("MainWindow", u"&Change password\u2026", None))
#if QT_CONFIG(statustip)
        self.action_change_password.setStatusTip(QCoreApplication.translate("MainWindow", u"Change your own password", None))
#endif // QT_CONFIG(statustip)
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(statustip)
        self.action_lock.setStatusTip(QCoreApplication.translate("MainWindow", u"Hide the window until you or the next person signs in", None))
#endif // QT_CONFIG(statustip)
        self.action_users.setText(QCoreApplication.translate("MainWindow", u"&Users\u2026", None))
#if QT_CONFIG(statustip)
        self.action_users.setStatusTip(QCoreApplication.translate("MainWindow", u"Add staff, reset passwords, deactivate accounts", None))
#endif // QT_CONFIG(statustip)
        self.action_audit_log.setText(QCoreApplication.translate("MainWindow", u"&Audit log\u2026", None))
#if QT_CONFIG(statustip)
        self.action_audit_log.setStatusTip(QCoreApplication.translate("MainWindow", u"Who changed what, and when", None))
#endif // QT_CONFIG(statustip)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About Service Counter", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_tools.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

