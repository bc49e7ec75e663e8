"""维修工单: repair work orders, newest first, with their state and technician."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.gui.formatting import local_time_text, text_or_missing
from desktop_app.gui.forms.ui_work_orders_tab import Ui_WorkOrdersTab
from desktop_app.gui.labels import label
from desktop_app.gui.paged_table_model import Column
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.listings import WorkOrderListing


class WorkOrdersTab(ListTab):
    def __init__(self, listing: WorkOrderListing, parent: QWidget | None = None) -> None:
        super().__init__(Ui_WorkOrdersTab(), listing, parent)

    def title(self) -> str:
        return self.tr("Repair work orders")

    def empty_message(self) -> str:
        return self.tr(
            "No repair work orders yet. Once a claim is taken in, its work order appears here "
            "waiting for dispatch."
        )

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Work order no."), lambda r: r.number, width_chars=18),
            Column(self.tr("Created"), lambda r: local_time_text(r.created_at), width_chars=16),
            Column(self.tr("Kind"), lambda r: label(r.kind), width_chars=10),
            Column(self.tr("State"), lambda r: label(r.state), width_chars=22),
            Column(self.tr("Customer"), lambda r: r.customer_name, width_chars=34),
            Column(self.tr("Model"), lambda r: text_or_missing(r.product_model), width_chars=14),
            Column(self.tr("Serial no."), lambda r: text_or_missing(r.serial), width_chars=18),
            Column(self.tr("Technician"), lambda r: text_or_missing(r.technician), width_chars=10),
            Column(self.tr("Claim no."), lambda r: text_or_missing(r.claim_number), width_chars=18),
        ]
