"""The main window: assembles the tabs, menus and status bar; the work happens in the tabs."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial

import PySide6
from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app import APP_NAME, APP_NAME_ZH, __version__
from desktop_app.gui.account_windows import AccountWindows
from desktop_app.gui.deferred_tab import DeferredTab
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.gui.idle_lock import ActsForUser
from desktop_app.gui.labels import label
from desktop_app.gui.rules_menu import install_rules_menu
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.policy import PolicyService

STATUS_MESSAGE_MS = 10_000
# The path is elided in the middle beyond this width; the tooltip always has it whole.
LOCATION_LABEL_MAX_PX = 480


class MainWindow(QMainWindow):
    lock_requested = Signal()  # File > Lock (Ctrl+L); the idle lock answers it
    actor_changed = Signal(object)  # another user took over the counter (idle lock)
    tab_built = Signal(int, object)  # (index, tab): a deferred tab was just made; the composition root wires it

    def __init__(self, tabs: Sequence[ListTab | DeferredTab], actor: Actor, database_location: str,
                 parent: QWidget | None = None, *, accounts: AccountService | None = None,
                 audit_log: AuditLog | None = None, policy: PolicyService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self.setWindowTitle(f"{APP_NAME_ZH} {APP_NAME}")  # both languages, whatever the UI language
        # A DeferredTab stands in for its tab until first shown or asked for (self.tab(index)).
        self._tabs: list[ListTab | DeferredTab] = list(tabs)
        self._actor = actor
        self._database_location = database_location
        self._add_tabs()
        self._build_status_bar()
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_find.triggered.connect(self.focus_search)
        self.ui.action_reload.triggered.connect(self.reload_all)
        self.ui.action_about.triggered.connect(self.show_about)
        self.rules_menu = install_rules_menu(self)  # Help > Business rules… (F1)
        self.ui.action_lock.triggered.connect(self.lock_requested)
        self.account_windows = AccountWindows(accounts, audit_log, actor, self, policy) if accounts and audit_log else None
        self.action_policy = QAction(self.tr("Warranty &policy…"), self)  # manager-only, rule W12
        self.action_policy.setStatusTip(self.tr("Periods and categories claims are judged by; publish a new version"))
        self.ui.menu_tools.addAction(self.action_policy)
        if self.account_windows is not None:
            self.ui.action_users.triggered.connect(self.account_windows.open_users)
            self.ui.action_audit_log.triggered.connect(self.account_windows.open_audit_log)
            self.ui.action_change_password.triggered.connect(self.account_windows.change_password)
            self.account_windows.password_changed.connect(self._on_password_changed)
            self.action_policy.triggered.connect(self.account_windows.open_policy)
            self.account_windows.policy_published.connect(self.show_message)
        self._show_actor()

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        """Who acts from now on: the status bar, the manager-only entries, the tabs' next saves."""
        self._actor = actor
        if self.account_windows is not None:
            self.account_windows.set_actor(actor)
        self._show_actor()
        for tab in self.built_tabs():  # a tab made later is made for the actor of that moment
            if isinstance(tab, ActsForUser):
                tab.set_actor(actor)
        self.actor_changed.emit(actor)

    def _show_actor(self) -> None:
        actor, windows = self._actor, self.account_windows
        self._user_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=actor.display_name, role=label(actor.role)))
        self._user_label.setToolTip(self.tr("User name: {username}").format(username=actor.username))
        # Hidden and disabled: a hidden entry's shortcut must not open it either.
        for action, shown in ((self.ui.action_users, windows is not None and windows.may_manage_users()),
                              (self.ui.action_audit_log, windows is not None and windows.may_view_audit_log()),
                              (self.action_policy, windows is not None and windows.may_manage_policy()),
                              (self.ui.action_change_password, windows is not None)):
            action.setVisible(shown)
            action.setEnabled(shown)

    @Slot()
    def _on_password_changed(self) -> None:
        self.show_message(self.tr("Your password has been changed."))

    @property
    def tabs(self) -> list[ListTab]:
        """Every tab, those not shown yet made now (tests, scripts); the window itself walks only
        ``built_tabs()`` so that a reload, a user switch or the lock does not make them."""
        return [self.tab(index) for index in range(len(self._tabs))]

    def built_tabs(self) -> list[ListTab]:
        return [tab for tab in self._tabs if not isinstance(tab, DeferredTab)]

    def tab(self, index: int) -> ListTab:
        """The tab at ``index``, made now if it was deferred (the tab bar does not change)."""
        tab = self._tabs[index]
        if not isinstance(tab, DeferredTab):
            return tab
        made = tab.build(self._actor)
        self._tabs[index] = made
        tabs = self.ui.tab_widget
        current = tabs.currentIndex()
        placeholder = tabs.widget(index)
        # In before out, so that no other tab is shown (and loads) for a moment in between; the
        # same page stays current, so no currentChanged either.
        with QSignalBlocker(tabs):
            tabs.insertTab(index, made, tab.title)
            if current == index:
                tabs.setCurrentIndex(index)
            tabs.removeTab(index + 1)
        placeholder.deleteLater()
        self.tab_built.emit(index, made)
        made.reload()  # as the start did for every tab: now if shown, else when first shown
        return made

    def current_tab(self) -> ListTab:
        return self.tab(self.ui.tab_widget.currentIndex())

    def _add_tabs(self) -> None:
        for index, tab in enumerate(self._tabs):
            if isinstance(tab, DeferredTab):
                title = tab.title
                self.ui.tab_widget.addTab(QWidget(), title)  # an empty page until first shown
            else:
                title = tab.title()
                self.ui.tab_widget.addTab(tab, title)
            # Ctrl+1..4 switch tabs; as menu entries they are also discoverable.
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.show_tab, index))
            self.ui.menu_view.addAction(action)
        # Clicking a tab, Ctrl+Tab, Ctrl+1..4: a deferred tab is made before its page is painted.
        self.ui.tab_widget.currentChanged.connect(self._on_current_changed)

    def _build_status_bar(self) -> None:
        self._user_label = QLabel(self)  # _show_actor fills it in
        full = self.tr("Database: {location}").format(location=self._database_location)
        self._location_label = QLabel(self)
        metrics = self._location_label.fontMetrics()
        self._location_label.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, LOCATION_LABEL_MAX_PX))
        self._location_label.setToolTip(full)
        self._location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.status_bar.addPermanentWidget(self._user_label)
        self.ui.status_bar.addPermanentWidget(self._location_label)

    @Slot(int)
    def show_tab(self, index: int) -> None:
        self.ui.tab_widget.setCurrentIndex(index)
        self.tab(index).focus_search()

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._tabs) and isinstance(self._tabs[index], DeferredTab):
            self.tab(index)

    @Slot()
    def focus_search(self) -> None:
        if self._tabs:  # a window built without tabs (tests of the menus alone) has no search box
            self.current_tab().focus_search()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():  # shown after sign-in, not restored from the taskbar
            # Without this the tab bar has the focus: a barcode scan (SC-…+Enter) is lost and the
            # claims tab's Ctrl+N / Ctrl+R do nothing until the user clicks into the tab.
            self.focus_search()

    @Slot()
    def reload_all(self) -> None:
        for tab in self.built_tabs():  # a tab not made yet reads its rows when it is made
            tab.reload()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.ui.status_bar.showMessage(text, STATUS_MESSAGE_MS)

    def about_text(self) -> str:
        lines = [
            f"<h3>{APP_NAME_ZH} {APP_NAME}</h3>",
            "<p>" + html.escape(self.tr("Version {version}").format(version=__version__)) + "</p>",
            "<p>" + html.escape(self.tr("Database: {location}").format(location=self._database_location)) + "</p>",
            "<p>" + html.escape(
                self.tr("Built with Qt {qt} and PySide {pyside}.").format(qt=qVersion(), pyside=PySide6.__version__)
            ) + "</p>",
        ]
        return "".join(lines)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Service Counter"), self.about_text())
