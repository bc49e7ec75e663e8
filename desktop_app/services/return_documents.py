"""The return application's PDF (返厂申请单, D15/D16) from the stored application, in the document language."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import CostBearer, ReturnStatus
from desktop_app.db.engine import SessionFactory
from desktop_app.documents.labels import is_english
from desktop_app.documents.vocabulary_words import word
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.return_details import ReturnDetails

# Document wording, not interface wording: the paper goes to the manufacturer in its language. The
# status is also the stamp top left, a box of 13-point type about 28 mm wide: "Received" (the maker
# signed for the goods, 厂家已签收) fits it, where "acknowledged" broke as "acknowledge / d".
_STATUS = {ReturnStatus.DRAFT: ("草稿", "Draft"), ReturnStatus.APPLIED: ("已申请", "Applied"),
           ReturnStatus.APPROVED: ("已批准", "Approved"), ReturnStatus.SHIPPED: ("已发货", "Shipped"),
           ReturnStatus.ACKNOWLEDGED: ("厂家已签收", "Received"), ReturnStatus.REFUSED: ("已拒绝", "Refused")}
_CLASS = {CostBearer.MANUFACTURER_DOA: ("开箱不良（D11）", "Dead on arrival (D11)"),
          CostBearer.MANUFACTURER_EARLY_DEFECT: ("品质不良（D12）", "Early quality defect (D12)"),
          CostBearer.FUND_IN_WARRANTY: ("保内（D13）", "In warranty (D13)"),
          CostBearer.FUND_OUT_OF_WARRANTY: ("保外（D14）", "Out of warranty (D14)"),
          CostBearer.CUSTOMER: ("客户付费", "Paid by the customer")}
_PAYS = {CostBearer.MANUFACTURER_DOA: ("厂家承担运费", "Manufacturer pays freight"),
         CostBearer.MANUFACTURER_EARLY_DEFECT: ("厂家承担运费", "Manufacturer pays freight"),
         CostBearer.FUND_IN_WARRANTY: ("服务基金承担去程运费及配件，回程运费厂家承担",
                                       "Fund pays freight out and parts; freight back by the manufacturer"),
         CostBearer.FUND_OUT_OF_WARRANTY: ("服务中心承担全部运费及配件（基金扣除）",
                                           "Centre pays all freight and parts (from the fund)"),
         CostBearer.CUSTOMER: ("客户承担", "Customer pays")}
# Under a claim's line's found-on day: the day is the claim's date (受理, taken in), which the line is
# judged by (D11/D12, return_classification.line_bearer), not a day the centre typed for the line.
_BY_CLAIM = ("（受理）", "(claim)")


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.astimezone().date() if value is not None else None


class ReturnDocuments:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def make_application(self, actor: Actor, ref: int | str, *, language: str) -> MadeDocument:
        """The application with its detailed list (D15); logged and audited as printed once delivered."""
        from desktop_app.documents import return_application as ra  # reportlab: not at start (issue 8)

        require(actor, Permission.DOCUMENTS_PRINT)
        detail = ReturnDetails(self._sessions).get(actor, ref)
        with self._sessions.read() as s:
            centre = settings.centre_info(s)
        items = tuple(ra.ReturnItem(
            serial=line.serial, part_no=line.part_no, name=line.name, quantity=line.quantity, reason=line.reason,
            classification=word(_CLASS, line.cost_bearer, language), cost_bearer=word(_PAYS, line.cost_bearer, language),
            packed=line.packed, acknowledged_quantity=line.acknowledged_quantity, claim_number=line.claim_number,
            found_on=line.judged_on, found_on_mark=_BY_CLAIM[is_english(language)] if line.claim_number else None)
            for line in detail.lines)
        data = ra.ReturnApplicationData(
            centre=centre, number=detail.number, status=word(_STATUS, detail.status, language),
            applied_on=_day(detail.applied_at), approved_on=_day(detail.approved_at),
            approval_reference=detail.approval_reference, applied_by=detail.created_by, lines=items, note=detail.note)
        pdf = ra.render_return_application(data, language=language)
        return made(self._sessions, pdf, detail.number,
                    PrintEntry(actor, "return_application", "return_application", detail.id))
