"""Backups from the window: automatic at start and on exit, and Tools menu entries to back up and restore."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from desktop_app.db.opening import Database
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.busy_dialog import BusyDialog
from desktop_app.gui.error_display import show_error
from desktop_app.services.backups import BackupResult, BackupService, backups_folder, own_backup_running, restore

log = logging.getLogger(__name__)


class BackupActions(QObject):
    """Owns the backup menu entries of one window and the automatic backups of its database."""

    # A restore's outcome, once shown: the kept copy's path (None: there was no database yet), or
    # the exception that refused it (the window goes on).
    restore_finished = Signal(object)

    def __init__(self, window: QMainWindow, database: Database) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._service = BackupService(database)
        self._task: BackgroundTask | None = None  # a backup or the restore: one at a time
        self._busy: BusyDialog | None = None
        self.restored = False  # set once a restore replaced the data: the window is only closing now
        self.backup_action = QAction(QCoreApplication.translate("BackupActions", "&Back up now…"), self)
        self.restore_action = QAction(QCoreApplication.translate("BackupActions", "Rest&ore from a backup…"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore_from_file)

    def install(self, menu_holder: QMainWindow) -> None:
        menu = menu_holder.ui.menu_tools  # type: ignore[attr-defined]
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def automatic_at_start(self) -> None:
        """The daily automatic backup, off the UI thread; failures are logged and shown in the status bar."""
        if not self._database.is_sqlite:
            return
        self._run(lambda progress: self._service.automatic(), quiet=True)

    def automatic_on_exit(self) -> None:
        """On exit the backup runs in the foreground: the process is about to end."""
        if not self._database.is_sqlite or self.restored:
            return
        try:
            self._service.automatic(force=True)
        except Exception:  # noqa: BLE001 - never block quitting; the next start tries again
            log.exception("backup on exit failed")

    @Slot()
    def back_up_now(self) -> None:
        if not self._database.is_sqlite:
            QMessageBox.information(self._window, QCoreApplication.translate("BackupActions", "Backups"), QCoreApplication.translate("BackupActions", 
                "This counter uses a shared PostgreSQL database: it is backed up on the server with pg_dump "
                "and restored with pg_restore (see the README)."))
            return
        self._run(lambda progress: self._service.backup(), quiet=False)

    @Slot()
    def restore_from_file(self) -> None:
        if not self._database.is_sqlite:
            self.back_up_now()  # the same explanation
            return
        folder = str(backups_folder(self._service.path))
        chosen, _ = QFileDialog.getOpenFileName(self._window, QCoreApplication.translate("BackupActions", "Restore from a backup"), folder,
                                                QCoreApplication.translate("BackupActions", "Service Counter databases (*.sqlite3 *.db);;All files (*)"))
        if not chosen:
            return
        answer = QMessageBox.question(self._window, QCoreApplication.translate("BackupActions", "Restore from a backup"), QCoreApplication.translate("BackupActions", 
            "Replace the current data with the backup {file}?\nQuit the program at every other counter first. "
            "The current database is kept beside it, and the program closes afterwards; start it again to "
            "continue.").format(file=Path(chosen).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._task is not None and self._task.running:
            # This window's own backup has the file open: "another counter" would send the desk
            # round the counters for nothing. It ends by itself.
            show_error(self._window, own_backup_running())
            return
        current, backup = self._service.path, Path(chosen)
        # This window's own pooled connections would count as a counter using the file (and be refused).
        self._database.dispose()
        # Off the UI thread (a large file takes a while; the window repaints meanwhile), behind a modal
        # busy dialog so nothing in this window reads the database and reopens it half-way.
        self._busy = BusyDialog(QCoreApplication.translate("BackupActions", "Restoring the backup {file}…")
                                .format(file=backup.name),
                                QCoreApplication.translate("BackupActions", "Restore from a backup"), self._window)
        self._busy.show()
        task = BackgroundTask(lambda progress: restore(current, backup))  # no parent: see gui.latest_task
        task.succeeded.connect(self._restored)
        task.failed.connect(self._restore_refused)
        self._task = task
        task.start()

    @Slot(object)
    def _restore_refused(self, error: BaseException) -> None:
        self._stop_busy()
        show_error(self._window, error)  # the file is untouched; the window's pool reconnects when next used
        self.restore_finished.emit(error)

    @Slot(object)
    def _restored(self, kept: Path | None) -> None:
        self._stop_busy()
        # The window's lists, signed-in user and open forms describe the data before the restore:
        # nothing more may be done with them, and no backup of them is taken on exit.
        self.restored = True
        self._window.setEnabled(False)
        self._database.dispose()
        QMessageBox.information(self._window, QCoreApplication.translate("BackupActions", "Restore from a backup"), QCoreApplication.translate("BackupActions", 
            "The backup was restored. The previous database is kept as {file}. The program now closes.")
            .format(file=kept.name if kept else ""))
        self.restore_finished.emit(kept)
        QApplication.quit()

    def _stop_busy(self) -> None:
        if self._busy is not None:
            self._busy.stop_waiting()
            self._busy = None

    def _run(self, work, *, quiet: bool) -> None:  # type: ignore[no-untyped-def]
        if self._task is not None and self._task.running:
            return
        dialog = None
        if not quiet:
            dialog = QProgressDialog(QCoreApplication.translate("BackupActions", "Backing up the database…"), None, 0, 0, self._window)
            dialog.setWindowTitle(QCoreApplication.translate("BackupActions", "Backups"))
            dialog.setMinimumDuration(300)
        task = BackgroundTask(work, self)
        task.succeeded.connect(lambda result: self._done(result, quiet))
        task.failed.connect(lambda error: self._failed(error, quiet))
        if dialog is not None:
            task.finished.connect(dialog.close)
        self._task = task
        task.start()

    def _done(self, result: BackupResult | None, quiet: bool) -> None:
        if result is None:
            return
        message = QCoreApplication.translate("BackupActions", "Backup written and checked: {file}").format(file=result.path.name)
        self._window.statusBar().showMessage(message, 10_000)
        if not quiet:
            QMessageBox.information(self._window, QCoreApplication.translate("BackupActions", "Backups"), QCoreApplication.translate("BackupActions", 
                "Backup written and checked:\n{path}").format(path=str(result.path)))

    def _failed(self, error: BaseException, quiet: bool) -> None:
        log.error("backup failed: %s", error)
        if quiet:
            self._window.statusBar().showMessage(QCoreApplication.translate("BackupActions", "The automatic backup failed; see Tools → Back up now."), 15_000)
        else:
            show_error(self._window, error)
