"""What the spreadsheet imports (parts list, product models) share: the file read and previewed on a pool
thread (added / changed / rejected rows), then applied all or nothing, the dialog live throughout."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text
from desktop_app.gui.parts.window_support import compact, guard
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.services.actor import Actor

Rows = Sequence[Sequence[str]]


class SheetImportDialog(QDialog):
    """A subclass gives its form (``file_label``, ``busy_bar``, ``summary_label``, ``error_label``, ``tabs`` over
    ``added_table``/``changed_table``/``rejected_table``, ``apply_button``, ``close_button``) and the hooks below.
    A preview or import answers as ``importer.preview``/``.apply``: ``added``, ``changed``, ``rejected`` tuples."""

    previewed = Signal(object)  # the preview
    applied = Signal(object)  # the preview as written
    failed = Signal(str)  # the message shown

    def __init__(self, ui: Any, importer: Any, actor: Actor, permission: Permission,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self._importer = importer
        self._actor = actor
        self.path: Path | None = None
        self.preview: Any = None
        self.result: Any = None
        self._task: BackgroundTask | None = None
        self._generation = 0  # a newer run makes an older one's answer stale
        added, changed, rejected = self._headers()
        set_headers(ui.added_table, added)
        set_headers(ui.changed_table, changed)
        set_headers(ui.rejected_table, rejected)
        compact(ui.added_table, ui.changed_table, ui.rejected_table)
        ui.apply_button.clicked.connect(self.apply)
        ui.close_button.clicked.connect(self.reject)
        self._may_apply = guard(ui.apply_button, actor, permission)

    # --- hooks -----------------------------------------------------------------------------------
    def _headers(self) -> tuple[list[str], list[str], list[str]]:
        """The column titles of the added, changed and rejected tables."""
        raise NotImplementedError

    def _preview_job(self, path: Path) -> Callable[[], Any]:
        """What reads ``path`` on the pool thread; made on the UI thread, so it reads the form here."""
        raise NotImplementedError

    def _apply_job(self, path: Path) -> Callable[[], Any]:
        raise NotImplementedError

    def _grid_rows(self, preview: Any) -> tuple[Rows, Rows, Rows]:
        """The added, changed and rejected rows as the tables show them, the sheet's row number first."""
        raise NotImplementedError

    def _preview_summary(self, preview: Any, counts: dict[str, str]) -> str:
        """What applying would do; ``counts`` are ``added``, ``changed``, ``unchanged``, ``rejected`` as shown."""
        raise NotImplementedError

    def _applied_summary(self, result: Any, counts: dict[str, str]) -> str:
        raise NotImplementedError

    # --- the file --------------------------------------------------------------------------------
    def start(self, path: str | Path) -> None:
        self.path, self.result = Path(path), None
        self.ui.file_label.setText(self.tr("File: {file}").format(file=self.path.name))
        self.ui.file_label.setToolTip(str(self.path))
        self.run_preview()

    def busy(self) -> bool:
        return self._task is not None

    # --- preview ---------------------------------------------------------------------------------
    @Slot()
    def run_preview(self) -> None:
        if self.path is None:
            return
        self.preview = None
        self._run(self.tr("Reading {file}…").format(file=self.path.name), self._preview_job(self.path),
                  self._on_previewed)

    def _on_previewed(self, generation: int, preview: Any) -> None:
        if generation != self._generation:
            return
        self._done()
        self.preview = preview
        ui, counts = self.ui, self._counts(preview)
        added, changed, rejected = self._grid_rows(preview)
        fill_grid(ui.added_table, added, right=(0,))
        fill_grid(ui.changed_table, changed, right=(0,))
        fill_grid(ui.rejected_table, rejected, right=(0,), red=set(range(len(rejected))))
        ui.tabs.setTabText(0, self.tr("Added: {count}").format(count=counts["added"]))
        ui.tabs.setTabText(1, self.tr("Changed: {count}").format(count=counts["changed"]))
        ui.tabs.setTabText(2, self.tr("Rejected: {count}").format(count=counts["rejected"]))
        if preview.rejected and not (preview.added or preview.changed):
            ui.tabs.setCurrentIndex(2)
        ui.summary_label.setText(self._preview_summary(preview, counts))
        ui.apply_button.setEnabled(self._may_apply and bool(preview.added or preview.changed))
        self.previewed.emit(preview)

    # --- apply -----------------------------------------------------------------------------------
    @Slot()
    def apply(self) -> None:
        """One transaction: every accepted row or nothing (the service plans again inside it)."""
        if self.path is None or self.preview is None or self.busy():
            return
        self._run(self.tr("Importing {file}…").format(file=self.path.name), self._apply_job(self.path),
                  self._on_applied)

    def _on_applied(self, _generation: int, result: Any) -> None:
        # Not dropped when stale: it was written, and the window must show it.
        self._done()
        self.result = result
        self.ui.summary_label.setText(self._applied_summary(result, self._counts(result)))
        self.ui.apply_button.setEnabled(False)  # applied once; a second run would only find it unchanged
        self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.applied.emit(result)

    # --- shared ----------------------------------------------------------------------------------
    @staticmethod
    def _counts(preview: Any) -> dict[str, str]:
        locale = QLocale()
        return {"added": locale.toString(len(preview.added)), "changed": locale.toString(len(preview.changed)),
                "unchanged": locale.toString(preview.unchanged), "rejected": locale.toString(len(preview.rejected))}

    def _run(self, text: str, job: Callable[[], Any], done: Callable[[int, Any], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._set_busy(text)
        task = BackgroundTask(lambda _progress: job())
        task.succeeded.connect(lambda value: done(generation, value))
        task.failed.connect(lambda error: self._on_failed(generation, error))
        task.finished.connect(self._forget)
        self._task = task
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
