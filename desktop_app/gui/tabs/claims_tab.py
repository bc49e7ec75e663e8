"""理赔受理: the claims taken in at the counter, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.gui.formatting import MISSING, date_text
from desktop_app.gui.forms.ui_claims_tab import Ui_ClaimsTab
from desktop_app.gui.labels import label
from desktop_app.gui.paged_table_model import Column
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.listings import ClaimListing, ClaimRow


class ClaimsTab(ListTab):
    def __init__(self, listing: ClaimListing, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ClaimsTab(), listing, parent)

    def title(self) -> str:
        return self.tr("Claim intake")

    def empty_message(self) -> str:
        return self.tr("No claims yet. When a customer comes in, register the new claim here.")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Claim no."), lambda r: r.number, width_chars=18),
            Column(self.tr("Date"), lambda r: date_text(r.claim_date), width_chars=11),
            Column(self.tr("Customer"), lambda r: r.customer_name, width_chars=34),
            Column(self.tr("Phone"), lambda r: r.phone, width_chars=14),
            Column(self.tr("Model"), lambda r: r.product_model, width_chars=14),
            Column(self.tr("Serial no."), lambda r: r.serial, width_chars=18),
            Column(self.tr("Decision"), _decision, width_chars=10),
            Column(self.tr("Status"), lambda r: label(r.status), width_chars=14),
        ]


def _decision(row: ClaimRow) -> str:
    return label(row.decision) if row.decision is not None else MISSING
