"""What a service receipt prints, as plain data: the services fill it in without loading reportlab."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.documents.page_parts import CentreInfo

COPY_KINDS = ("customer", "centre")
_DEALER_RULE = re.compile(r"^D\d+$")  # rules D10-D14: who pays inside the dealer agreement


@dataclass(frozen=True)
class ChargeLine:
    """One charge; ``amount`` None means it is quoted after diagnosis."""

    item: str
    reason: str
    amount: Decimal | None


@dataclass(frozen=True, kw_only=True)
class ReceiptData:
    """Everything printed on a receipt, already in the document language where it is wording."""

    centre: CentreInfo
    claim_number: str
    received_at: dt.datetime
    operator: str
    customer_name: str
    customer_phone: str
    customer_company: str | None = None
    customer_address: str | None = None
    product_model: str
    product_name: str
    serial: str
    sale_date: dt.date | None = None
    invoice_no: str | None = None
    accessories_received: tuple[str, ...] = ()
    accessories_missing: tuple[str, ...] = ()
    fault_description: str
    channel: str
    decision_lines: tuple[str, ...] = ()
    # Of decision_lines, those printed on the centre's stub only: who pays inside the dealer agreement
    # (D rules: 「厂家保修（D13）：由服务基金支付」) is the centre's record, not the customer's business.
    stub_only_lines: tuple[str, ...] = ()
    rules_cited: tuple[str, ...] = ()
    policy_periods: tuple[tuple[str, int], ...] = ()  # the claim's policy version's terms (W12)
    charges: tuple[ChargeLine, ...] = ()
    needs_manager_approval: bool = False  # rule W9
    reply_due: dt.datetime | None = None  # rule S1
    answer_due: dt.datetime | None = None  # rule S3
    # A claim that is over: what happened (「已于 … 结案」), printed where the S1/S3 promise stood.
    outcome_note: str | None = None
    work_order_number: str | None = None
    # A reprint after a correction supersedes the paper the customer holds: when it was last corrected and
    # which edition this is (the first print is the 1st); a withdrawn claim's reprint says so (撤销受理).
    corrected_at: dt.datetime | None = None
    edition: int = 1
    withdrawn_at: dt.datetime | None = None
    tz: dt.tzinfo | None = None  # print times in this zone; None prints them as passed

    def decision_for(self, kind: str) -> tuple[str, ...]:
        """The decision lines printed on the copy ``kind`` (customer: without the stub's own lines)."""
        if kind == "centre" or not self.stub_only_lines:
            return self.decision_lines
        return tuple(line for line in self.decision_lines if line not in self.stub_only_lines)

    def rules_for(self, kind: str) -> tuple[str, ...]:
        """The rules cited on the copy ``kind``: the customer's without the dealer agreement's (D)."""
        if kind == "centre":
            return self.rules_cited
        return tuple(rule for rule in self.rules_cited if not _DEALER_RULE.match(rule))
