"""导入产品型号: a list of models previewed (added / changed / rejected rows), then applied all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.error_display import qt_translate
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_product_import_dialog import Ui_ProductImportDialog
from desktop_app.gui.sheet_import_dialog_base import Rows, SheetImportDialog
from desktop_app.services.actor import Actor
from desktop_app.services.product_import import ModelChange, ModelImportPreview, ProductImportService


class ProductImportDialog(SheetImportDialog):
    """The file is read on a pool thread; the dialog stays live."""

    def __init__(self, importer: ProductImportService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ProductImportDialog(), importer, actor, Permission.PRODUCTS_MANAGE, parent)
        self.setWindowTitle(self.tr("Import product models"))

    def _headers(self) -> tuple[list[str], list[str], list[str]]:
        return ([self.tr("Row"), self.tr("Model"), self.tr("Name"), self.tr("Details")],
                [self.tr("Row"), self.tr("Model"), self.tr("Name"), self.tr("Changes (old → new)")],
                [self.tr("Row"), self.tr("Model"), self.tr("Reason")])

    def _preview_job(self, path: Path) -> Callable[[], ModelImportPreview]:
        importer = self._importer
        return lambda: importer.preview(path)

    def _apply_job(self, path: Path) -> Callable[[], ModelImportPreview]:
        importer, actor = self._importer, self._actor
        return lambda: importer.apply(actor, path)

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

    def _change(self, change: ModelChange) -> str:
        return "; ".join(f"{self._field(c.field)}: {self._value(c.old)} → {self._value(c.new)}" for c in change.changes)

    def _grid_rows(self, preview: ModelImportPreview) -> tuple[Rows, Rows, Rows]:
        return ([(str(c.row), c.model, c.name, self._added(c)) for c in preview.added],
                [(str(c.row), c.model, c.name, self._change(c)) for c in preview.changed],
                [(str(r.row), r.model, "; ".join(p.render(qt_translate) for p in r.problems)) for r in preview.rejected])

    def _preview_summary(self, preview: ModelImportPreview, counts: dict[str, str]) -> str:
        return self.tr(
            "Applying adds {added} models and changes {changed} ({unchanged} unchanged). Rejected rows ({rejected}) "
            "are not imported; fix them in the file and import it again.").format(**counts)

    def _applied_summary(self, result: ModelImportPreview, counts: dict[str, str]) -> str:
        return self.tr(
            "Imported: {added} models added, {changed} changed. Rejected rows not imported: {rejected}.").format(**counts)
