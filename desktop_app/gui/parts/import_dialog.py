"""导入配件清单: the manufacturer's list previewed (added / changed / rejected rows), then applied all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.forms.ui_parts_import_dialog import Ui_ImportDialog
from desktop_app.gui.parts.import_texts import added_text, changed_text, rejected_text
from desktop_app.gui.sheet_import_dialog_base import Rows, SheetImportDialog
from desktop_app.services.actor import Actor
from desktop_app.services.parts_import import ImportPreview, PartsImportService

PREVIEW_DELAY_MS = 400  # typing a date digit by digit previews once


class ImportDialog(SheetImportDialog):
    """The file is read on a pool thread (a manufacturer's list can have 20,000 rows); the dialog stays live.
    Prices take effect on the date chosen here: a new date previews again."""

    def __init__(self, importer: PartsImportService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ImportDialog(), importer, actor, Permission.FEE_SCHEDULE_MANAGE, parent)
        ui = self.ui
        self.setWindowTitle(self.tr("Import the parts list"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.run_preview)
        ui.effective_edit.setMinimumDate(QDate.currentDate())  # D9: prices already used never change
        ui.effective_edit.setDate(QDate.currentDate())
        ui.effective_edit.dateChanged.connect(self._timer.start)

    def effective_from(self) -> dt.date:
        return self.ui.effective_edit.date().toPython()

    def _headers(self) -> tuple[list[str], list[str], list[str]]:
        return ([self.tr("Row"), self.tr("Part no."), self.tr("Name"), self.tr("Details")],
                [self.tr("Row"), self.tr("Part no."), self.tr("Name"), self.tr("Changes (old → new)")],
                [self.tr("Row"), self.tr("Part no."), self.tr("Reason")])

    @Slot()
    def run_preview(self) -> None:
        self._timer.stop()
        super().run_preview()

    def _preview_job(self, path: Path) -> Callable[[], ImportPreview]:
        day, importer = self.effective_from(), self._importer
        return lambda: importer.preview(path, effective_from=day)

    def _apply_job(self, path: Path) -> Callable[[], ImportPreview]:
        day, importer, actor = self.effective_from(), self._importer, self._actor
        return lambda: importer.apply(actor, path, effective_from=day)

    def _grid_rows(self, preview: ImportPreview) -> tuple[Rows, Rows, Rows]:
        return ([(str(p.row), p.part_no, p.name, added_text(p)) for p in preview.added],
                [(str(p.row), p.part_no, p.name, changed_text(p)) for p in preview.changed],
                [(str(r.row), r.part_no or "", rejected_text(r)) for r in preview.rejected])

    def _preview_summary(self, preview: ImportPreview, counts: dict[str, str]) -> str:
        return self.tr(
            "Applying adds {added} parts and changes {changed} ({unchanged} unchanged); prices take effect on {date}. "
            "Rejected rows ({rejected}) are not imported; fix them in the file and import it again.").format(
            **counts, date=preview.effective_from.isoformat())

    def _applied_summary(self, result: ImportPreview, counts: dict[str, str]) -> str:
        return self.tr(
            "Imported: {added} parts added, {changed} changed. Rejected rows not imported: {rejected}.").format(**counts)

    def _on_applied(self, generation: int, result: ImportPreview) -> None:
        self.ui.effective_edit.setEnabled(False)  # applied once: a new date would preview again
        super()._on_applied(generation, result)
