"""配件目录: the parts catalogue with its fee-schedule prices, edited by hand or imported from the manufacturer's list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.catalogue_window_base import CatalogueWindowBase, documents_folder
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import MISSING, date_text, money_text, text_or_missing
from desktop_app.gui.forms.ui_parts_catalogue_window import Ui_CatalogueWindow
from desktop_app.gui.paged_table_model import CENTER, RIGHT, Column, PagedTableModel
from desktop_app.gui.parts.fee_schedule_dialog import FeeScheduleDialog
from desktop_app.gui.parts.import_dialog import ImportDialog
from desktop_app.gui.parts.part_dialog import PartDialog
from desktop_app.gui.parts.window_support import guard, show_message
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.work_orders.texts import yes_no
from desktop_app.services.actor import Actor
from desktop_app.services.part_views import PartListing
from desktop_app.services.parts_catalogue import FeeScheduleVersion, PartRow, PartsCatalogue
from desktop_app.services.parts_import import PartsImportService


class CatalogueWindow(CatalogueWindowBase):
    """Non-modal; the list is a paged model, so a 20,000-part catalogue opens at once."""

    exported = Signal(str, int)  # the file written, the part count
    export_failed = Signal(str)  # the message shown
    ROW_KEY = "part_no"

    def __init__(self, sessions: SessionFactory, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_CatalogueWindow(), actor, parent)
        self.catalogue = PartsCatalogue(sessions)
        self.importer = PartsImportService(sessions)
        self.model = PagedTableModel(PartListing(sessions), self._columns(), parent=self,
                                     highlight=lambda r: not r.active)
        self.part_dialog: PartDialog | None = None
        self.fee_dialog: FeeScheduleDialog | None = None
        self._export_task: BackgroundTask | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Parts catalogue"))
        self._wire_list(ui.parts_view, self.open_new, self.open_edit)
        ui.add_button.clicked.connect(self.open_new)
        ui.edit_button.clicked.connect(self.open_edit)
        ui.fee_button.clicked.connect(self.open_fee_schedule)
        ui.import_button.clicked.connect(self.choose_import_file)
        ui.export_button.clicked.connect(self.choose_export_file)
        guard(ui.add_button, actor, Permission.STOCK_MANAGE)
        guard(ui.fee_button, actor, Permission.FEE_SCHEDULE_MANAGE)
        guard(ui.import_button, actor, Permission.FEE_SCHEDULE_MANAGE)
        fit_to_screen(self, QSize(1180, 720))
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Part no."), lambda r: r.part_no, width_chars=16),
            Column(self.tr("Name"), lambda r: r.name, width_chars=28),
            Column(self.tr("Models"), lambda r: "、".join(r.compatible_models) or MISSING, width_chars=22,
                   tooltip=lambda r: "\n".join(r.compatible_models)),
            Column(self.tr("Category"), lambda r: text_or_missing(r.category), width_chars=8),
            Column(self.tr("Wear part"), lambda r: yes_no(r.is_wear_part), align=CENTER, width_chars=7),
            Column(self.tr("Unit"), lambda r: r.unit_of_measure, align=CENTER, width_chars=4),
            Column(self.tr("Cost price"), lambda r: money_text(r.cost_price), align=RIGHT, width_chars=11,
                   tooltip=lambda r: self.tr("In force since {date}").format(date=date_text(r.prices_from))),
            Column(self.tr("Fee price"), lambda r: money_text(r.fee_price), align=RIGHT, width_chars=11,
                   tooltip=lambda r: self.tr("In force since {date}").format(date=date_text(r.prices_from))),
            Column(self.tr("Reorder level"), lambda r: f"{r.reorder_level:,}", align=RIGHT, width_chars=9),
            Column(self.tr("Active"), lambda r: yes_no(r.active), align=CENTER, width_chars=5),
        ]

    # --- the list ----------------------------------------------------------------------------------
    def selected_parts(self) -> list[PartRow]:
        rows = sorted(i.row() for i in self.ui.parts_view.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    @Slot()
    def reload(self) -> None:
        self.model.reload()
        try:
            versions = self.catalogue.fee_schedules()
        except Exception as error:  # noqa: BLE001
            show_message(self.ui.message_label, error_text(error), ok=False)
            return
        latest = versions[-1] if versions else None
        self.ui.schedule_label.setText(self.tr(
            "Fee-schedule versions: {count}; the latest takes effect on {date}. Prices shown are those in force today.")
            .format(count=len(versions), date=date_text(latest.effective_from)) if latest else
            self.tr("No fee schedule is published yet: parts have no prices."))

    def _count_text(self, count: str) -> str:
        return self.tr("Parts: {count}").format(count=count)

    @Slot()
    def _update_buttons(self) -> None:
        if guard(self.ui.edit_button, self.actor, Permission.STOCK_MANAGE):
            self.ui.edit_button.setEnabled(len(self.selected_parts()) == 1)

    def select_part(self, part_no: str) -> bool:
        return self._select(part_no)

    # --- add / edit --------------------------------------------------------------------------------
    def _part_dialog(self) -> PartDialog:
        if self.part_dialog is None:
            self.part_dialog = self._window_modal(PartDialog(self.catalogue, self.actor, self), self._on_part_saved)
        return self.part_dialog

    @Slot()
    def open_new(self) -> PartDialog | None:
        return self._open(self._part_dialog(), None) if self.ui.add_button.isEnabled() else None

    @Slot()
    def open_edit(self) -> PartDialog | None:
        parts = self.selected_parts()
        if len(parts) != 1 or not self.ui.edit_button.isEnabled():
            return None
        return self._open(self._part_dialog(), parts[0])

    def _on_part_saved(self, saved: PartRow) -> None:
        self._changed(self.tr("Part {part} saved.").format(part=saved.part_no), saved.part_no)

    # --- fee schedule ------------------------------------------------------------------------------
    @Slot()
    def open_fee_schedule(self) -> FeeScheduleDialog | None:
        if not self.ui.fee_button.isEnabled():
            return None
        if self.fee_dialog is None:
            self.fee_dialog = self._window_modal(FeeScheduleDialog(self.catalogue, self.actor, self),
                                                 self._on_fee_published, answer="published")
        return self._open(self.fee_dialog, self.selected_parts())

    def _on_fee_published(self, version: FeeScheduleVersion) -> None:
        self._changed(self.tr("Fee schedule effective {date} published; lines: {lines}.").format(
            date=version.effective_from.isoformat(), lines=version.lines))

    # --- import / export ---------------------------------------------------------------------------
    def _import_file_texts(self) -> tuple[str, str]:
        return self.tr("Import the parts list"), self.tr("Parts lists (*.xlsx *.csv)")

    def _make_import_dialog(self) -> ImportDialog:
        return ImportDialog(self.importer, self.actor, self)

    @Slot()
    def choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the catalogue"),
                                                    str(Path(documents_folder()) / "配件目录.xlsx"),
                                                    self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Writes the whole catalogue in the import layout off the UI thread; ``exported`` follows."""
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        importer, actor = self.importer, self.actor
        task = BackgroundTask(lambda _progress: importer.export(target, actor=actor))
        task.succeeded.connect(lambda count: self._on_exported(target, count))
        task.failed.connect(self._on_export_failed)
        self._export_task = task  # kept alive until it reports
        self.ui.export_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        show_message(self.ui.message_label, self.tr("Exporting to {file}…").format(file=str(target)))
        task.start()

    def _export_done(self) -> None:
        self._export_task = None
        self.ui.export_button.setEnabled(True)
        self.unsetCursor()

    def _on_exported(self, target: Path, count: int) -> None:
        self._export_done()
        show_message(self.ui.message_label, self.tr("Parts exported to {file}: {count}.").format(
            count=QLocale().toString(count), file=str(target)))
        self.exported.emit(str(target), count)

    @Slot(object)
    def _on_export_failed(self, error: BaseException) -> None:
        self._export_done()
        show_message(self.ui.message_label, error_text(error), ok=False)
        self.export_failed.emit(error_text(error))
