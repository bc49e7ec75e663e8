"""导入配件清单: the manufacturer's list previewed (added / changed / rejected rows), then applied all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_parts_import_dialog import Ui_ImportDialog
from desktop_app.gui.parts.import_texts import added_text, changed_text, rejected_text
from desktop_app.gui.parts.window_support import compact, guard
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.services.actor import Actor
from desktop_app.services.parts_import import ImportPreview, PartsImportService

PREVIEW_DELAY_MS = 400  # typing a date digit by digit previews once


class ImportDialog(QDialog):
    """The file is read on a pool thread (a manufacturer's list can have 20,000 rows); the dialog stays live."""

    previewed = Signal(object)  # ImportPreview
    applied = Signal(object)  # ImportPreview as written
    failed = Signal(str)  # the message shown

    def __init__(self, importer: PartsImportService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._importer = importer
        self._actor = actor
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportPreview | None = None
        self._task: BackgroundTask | None = None
        self._generation = 0  # a newer preview makes an older one's answer stale
        ui = self.ui
        self.setWindowTitle(self.tr("Import the parts list"))
        set_headers(ui.added_table, [self.tr("Row"), self.tr("Part no."), self.tr("Name"), self.tr("Details")])
        set_headers(ui.changed_table, [self.tr("Row"), self.tr("Part no."), self.tr("Name"),
                                       self.tr("Changes (old → new)")])
        set_headers(ui.rejected_table, [self.tr("Row"), self.tr("Part no."), self.tr("Reason")])
        compact(ui.added_table, ui.changed_table, ui.rejected_table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.run_preview)
        ui.effective_edit.setMinimumDate(QDate.currentDate())  # D9: prices already used never change
        ui.effective_edit.setDate(QDate.currentDate())
        ui.effective_edit.dateChanged.connect(self._timer.start)
        ui.apply_button.clicked.connect(self.apply)
        ui.close_button.clicked.connect(self.reject)
        self._may_apply = guard(ui.apply_button, actor, Permission.FEE_SCHEDULE_MANAGE)

    def start(self, path: str | Path) -> None:
        self.path, self.result = Path(path), None
        self.ui.file_label.setText(self.tr("File: {file}").format(file=self.path.name))
        self.ui.file_label.setToolTip(str(self.path))
        self.run_preview()

    def effective_from(self) -> dt.date:
        return self.ui.effective_edit.date().toPython()

    def busy(self) -> bool:
        return self._task is not None

    # --- preview -----------------------------------------------------------------------------------
    @Slot()
    def run_preview(self) -> None:
        self._timer.stop()
        if self.path is None:
            return
        path, day, importer = self.path, self.effective_from(), self._importer
        self._generation += 1
        generation = self._generation
        self.preview = None
        self._set_busy(self.tr("Reading {file}…").format(file=path.name))
        task = BackgroundTask(lambda _progress: importer.preview(path, effective_from=day))
        task.succeeded.connect(lambda preview: self._on_previewed(generation, preview))
        task.failed.connect(lambda error: self._on_failed(generation, error))
        self._run(task)

    def _on_previewed(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return
        self._done()
        self.preview = preview
        ui, locale = self.ui, QLocale()
        fill_grid(ui.added_table, [(str(p.row), p.part_no, p.name, added_text(p)) for p in preview.added], right=(0,))
        fill_grid(ui.changed_table, [(str(p.row), p.part_no, p.name, changed_text(p)) for p in preview.changed],
                  right=(0,))
        fill_grid(ui.rejected_table, [(str(r.row), r.part_no or "", rejected_text(r)) for r in preview.rejected],
                  right=(0,), red=set(range(len(preview.rejected))))
        ui.tabs.setTabText(0, self.tr("Added: {count}").format(count=locale.toString(len(preview.added))))
        ui.tabs.setTabText(1, self.tr("Changed: {count}").format(count=locale.toString(len(preview.changed))))
        ui.tabs.setTabText(2, self.tr("Rejected: {count}").format(count=locale.toString(len(preview.rejected))))
        if preview.rejected and not (preview.added or preview.changed):
            ui.tabs.setCurrentIndex(2)
        ui.summary_label.setText(self.tr(
            "Applying adds {added} parts and changes {changed} ({unchanged} unchanged); prices take effect on {date}. "
            "Rejected rows ({rejected}) are not imported; fix them in the file and import it again.").format(
            added=locale.toString(len(preview.added)), changed=locale.toString(len(preview.changed)),
            unchanged=locale.toString(preview.unchanged), rejected=locale.toString(len(preview.rejected)),
            date=preview.effective_from.isoformat()))
        ui.apply_button.setEnabled(self._may_apply and bool(preview.added or preview.changed))
        self.previewed.emit(preview)

    # --- apply -------------------------------------------------------------------------------------
    @Slot()
    def apply(self) -> None:
        """One transaction: every accepted row or nothing (the service plans again inside it)."""
        if self.path is None or self.preview is None or self.busy():
            return
        path, day, importer, actor = self.path, self.effective_from(), self._importer, self._actor
        self._generation += 1
        generation = self._generation
        self._set_busy(self.tr("Importing {file}…").format(file=path.name))
        task = BackgroundTask(lambda _progress: importer.apply(actor, path, effective_from=day))
        task.succeeded.connect(lambda result: self._on_applied(generation, result))
        task.failed.connect(lambda error: self._on_failed(generation, error))
        self._run(task)

    def _on_applied(self, generation: int, result: ImportPreview) -> None:
        self._done()
        self.result = result
        locale = QLocale()
        self.ui.summary_label.setText(self.tr(
            "Imported: {added} parts added, {changed} changed. Rejected rows not imported: {rejected}.").format(
            added=locale.toString(len(result.added)), changed=locale.toString(len(result.changed)),
            rejected=locale.toString(len(result.rejected))))
        self.ui.apply_button.setEnabled(False)  # applied once; a second run would only find it unchanged
        self.ui.effective_edit.setEnabled(False)
        self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.applied.emit(result)

    # --- shared ------------------------------------------------------------------------------------
    def _run(self, task: BackgroundTask) -> None:
        self._task = task
        task.finished.connect(self._forget)
        task.start()

    @Slot()
    def _forget(self) -> None:
        if self._task is not None and not self._task.running:
            self._task = None

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._done()
        message = error_text(error)
        self.ui.error_label.setText(message)
        self.ui.summary_label.clear()
        self.ui.apply_button.setEnabled(False)
        self.failed.emit(message)

    def _set_busy(self, text: str) -> None:
        ui = self.ui
        ui.busy_bar.show()
        ui.summary_label.setText(text)
        ui.error_label.clear()
        ui.apply_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _done(self) -> None:
        self.ui.busy_bar.hide()
        self.unsetCursor()

    @Slot()
    def reject(self) -> None:
        if self.busy() and self.preview is not None:
            return  # applying: closing now would hide whether it was written
        super().reject()
