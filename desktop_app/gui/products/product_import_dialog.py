"""导入产品型号: a list of models previewed (added / changed / rejected rows), then applied all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text, qt_translate
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_product_import_dialog import Ui_ProductImportDialog
from desktop_app.gui.parts.window_support import compact, guard
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.services.actor import Actor
from desktop_app.services.product_import import ModelChange, ModelImportPreview, ProductImportService


class ProductImportDialog(QDialog):
    """The file is read on a pool thread; the dialog stays live."""

    previewed = Signal(object)  # ModelImportPreview
    applied = Signal(object)  # ModelImportPreview as written
    failed = Signal(str)  # the message shown

    def __init__(self, importer: ProductImportService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProductImportDialog()
        ui.setupUi(self)
        self._importer, self._actor = importer, actor
        self.path: Path | None = None
        self.preview: ModelImportPreview | None = None
        self.result: ModelImportPreview | None = None
        self._task: BackgroundTask | None = None
        self._generation = 0  # a newer run makes an older one's answer stale
        self.setWindowTitle(self.tr("Import product models"))
        set_headers(ui.added_table, [self.tr("Row"), self.tr("Model"), self.tr("Name"), self.tr("Details")])
        set_headers(ui.changed_table, [self.tr("Row"), self.tr("Model"), self.tr("Name"), self.tr("Changes (old → new)")])
        set_headers(ui.rejected_table, [self.tr("Row"), self.tr("Model"), self.tr("Reason")])
        compact(ui.added_table, ui.changed_table, ui.rejected_table)
        ui.apply_button.clicked.connect(self.apply)
        ui.close_button.clicked.connect(self.reject)
        self._may_apply = guard(ui.apply_button, actor, Permission.PRODUCTS_MANAGE)

    def start(self, path: str | Path) -> None:
        self.path, self.result = Path(path), None
        self.ui.file_label.setText(self.tr("File: {file}").format(file=self.path.name))
        self.ui.file_label.setToolTip(str(self.path))
        self.run_preview()

    def busy(self) -> bool:
        return self._task is not None

    # --- how a change reads ----------------------------------------------------------------------
    def _field(self, name: str) -> str:
        return {"name": self.tr("Name"), "category": self.tr("Category"),
                "accessories": self.tr("Accessories")}.get(name, name)

    @staticmethod
    def _value(value: Any) -> str:
        if isinstance(value, tuple):
            return "、".join(value) or MISSING
        return MISSING if value in (None, "") else str(value)

    def _added(self, change: ModelChange) -> str:
        return "; ".join(f"{self._field(c.field)}: {self._value(c.new)}" for c in change.changes if c.field != "name")

    def _changed(self, change: ModelChange) -> str:
        return "; ".join(f"{self._field(c.field)}: {self._value(c.old)} → {self._value(c.new)}" for c in change.changes)

    # --- preview and apply -----------------------------------------------------------------------
    @Slot()
    def run_preview(self) -> None:
        if self.path is None:
            return
        path, importer = self.path, self._importer
        self.preview = None
        self._run(self.tr("Reading {file}…").format(file=path.name), lambda _p: importer.preview(path),
                  self._on_previewed)

    def _on_previewed(self, preview: ModelImportPreview) -> None:
        self.preview = preview
        ui, locale = self.ui, QLocale()
        fill_grid(ui.added_table, [(str(c.row), c.model, c.name, self._added(c)) for c in preview.added], right=(0,))
        fill_grid(ui.changed_table, [(str(c.row), c.model, c.name, self._changed(c)) for c in preview.changed],
                  right=(0,))
        fill_grid(ui.rejected_table, [(str(r.row), r.model, "; ".join(p.render(qt_translate) for p in r.problems))
                                      for r in preview.rejected], right=(0,), red=set(range(len(preview.rejected))))
        ui.tabs.setTabText(0, self.tr("Added: {count}").format(count=locale.toString(len(preview.added))))
        ui.tabs.setTabText(1, self.tr("Changed: {count}").format(count=locale.toString(len(preview.changed))))
        ui.tabs.setTabText(2, self.tr("Rejected: {count}").format(count=locale.toString(len(preview.rejected))))
        if preview.rejected and not (preview.added or preview.changed):
            ui.tabs.setCurrentIndex(2)
        ui.summary_label.setText(self.tr(
            "Applying adds {added} models and changes {changed} ({unchanged} unchanged). Rejected rows ({rejected}) "
            "are not imported; fix them in the file and import it again.").format(
            added=locale.toString(len(preview.added)), changed=locale.toString(len(preview.changed)),
            unchanged=locale.toString(preview.unchanged), rejected=locale.toString(len(preview.rejected))))
        ui.apply_button.setEnabled(self._may_apply and bool(preview.added or preview.changed))
        self.previewed.emit(preview)

    @Slot()
    def apply(self) -> None:
        """One transaction: every accepted row or nothing (the service plans again inside it)."""
        if self.path is None or self.preview is None or self.busy():
            return
        path, importer, actor = self.path, self._importer, self._actor
        self._run(self.tr("Importing {file}…").format(file=path.name), lambda _p: importer.apply(actor, path),
                  self._on_applied)

    def _on_applied(self, result: ModelImportPreview) -> None:
        self.result = result
        locale = QLocale()
        self.ui.summary_label.setText(self.tr(
            "Imported: {added} models added, {changed} changed. Rejected rows not imported: {rejected}.").format(
            added=locale.toString(len(result.added)), changed=locale.toString(len(result.changed)),
            rejected=locale.toString(len(result.rejected))))
        self.ui.apply_button.setEnabled(False)  # applied once; a second run would only find it unchanged
        self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.applied.emit(result)

    # --- shared ----------------------------------------------------------------------------------
    def _run(self, text: str, work: Any, done: Any) -> None:
        self._generation += 1
        generation = self._generation
        ui = self.ui
        ui.busy_bar.show()
        ui.summary_label.setText(text)
        ui.error_label.clear()
        ui.apply_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        task = BackgroundTask(work)
        task.succeeded.connect(lambda value: self._finish(generation) and done(value))
        task.failed.connect(lambda error: self._finish(generation) and self._on_failed(error))
        task.finished.connect(self._forget)
        self._task = task
        task.start()

    def _finish(self, generation: int) -> bool:
        """Whether the answer is still wanted; the busy look ends either way."""
        self.ui.busy_bar.hide()
        self.unsetCursor()
        return generation == self._generation

    @Slot()
    def _forget(self) -> None:
        if self._task is not None and not self._task.running:
            self._task = None

    def _on_failed(self, error: BaseException) -> None:
        message = error_text(error)
        self.ui.error_label.setText(message)
        self.ui.summary_label.clear()
        self.ui.apply_button.setEnabled(False)
        self.failed.emit(message)

    @Slot()
    def reject(self) -> None:
        if self.busy() and self.preview is not None:
            return  # applying: closing now would hide whether it was written
        super().reject()
