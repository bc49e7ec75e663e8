"""员工考评: the staff with their open and completed work orders, the basis of assessment."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_staff_tab import Ui_StaffTab
from desktop_app.gui.labels import active_label, label
from desktop_app.gui.paged_table_model import RIGHT, Column
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.listings import StaffListing


class StaffTab(ListTab):
    def __init__(self, listing: StaffListing, parent: QWidget | None = None) -> None:
        super().__init__(Ui_StaffTab(), listing, parent)

    def title(self) -> str:
        return self.tr("Staff evaluation")

    def empty_message(self) -> str:
        return self.tr("No staff accounts yet. The general manager adds the staff of the centre here.")

    def columns(self) -> list[Column]:
        # Text last: the last column stretches, and a stretched number would drift from its label.
        return [
            Column(self.tr("Name"), lambda r: r.display_name, width_chars=14),
            Column(self.tr("User name"), lambda r: r.username, width_chars=14),
            Column(self.tr("Role"), lambda r: label(r.role), width_chars=12),
            Column(self.tr("Open work orders"), lambda r: f"{r.open_orders:,}", align=RIGHT,
                   width_chars=14),
            Column(self.tr("Completed this month"), lambda r: f"{r.completed_this_month:,}",
                   align=RIGHT, width_chars=16),
            Column(self.tr("Account"), lambda r: active_label(r.active), width_chars=10),
        ]
