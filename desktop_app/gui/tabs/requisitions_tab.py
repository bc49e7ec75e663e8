"""配件申领: the monthly spare-part requisitions to the manufacturer (rule D8)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.gui.formatting import money_text, month_text
from desktop_app.gui.forms.ui_requisitions_tab import Ui_RequisitionsTab
from desktop_app.gui.labels import label
from desktop_app.gui.paged_table_model import RIGHT, Column
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.listings import RequisitionListing


class RequisitionsTab(ListTab):
    def __init__(self, listing: RequisitionListing, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RequisitionsTab(), listing, parent)

    def title(self) -> str:
        return self.tr("Spare-part requisitions")

    def empty_message(self) -> str:
        return self.tr(
            "No spare-part requisitions yet. Each month, file the parts requisition form here "
            "to order parts from the manufacturer."
        )

    def columns(self) -> list[Column]:
        # Text last: the last column stretches, and a stretched number would drift from its label.
        return [
            Column(self.tr("Requisition no."), lambda r: r.number, width_chars=18),
            Column(self.tr("Month"), lambda r: month_text(r.month), width_chars=9),
            Column(self.tr("Lines"), lambda r: f"{r.line_count:,}", align=RIGHT, width_chars=8),
            Column(self.tr("Total (fee schedule)"), lambda r: money_text(r.total), align=RIGHT,
                   width_chars=18),
            Column(self.tr("Shipping"), lambda r: label(r.shipping), width_chars=18),
            Column(self.tr("Status"), lambda r: label(r.status), width_chars=18),
        ]
