"""The service receipt of a claim: its data in the document language, made as a PDF to deliver."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload

from desktop_app.core import warranty as judge
from desktop_app.core.addresses import full_address
from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import ClaimStatus, Remedy, WorkOrderState
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import AuditEntry, Claim, Staff, Unit, WorkOrder, WorkOrderEvent
from desktop_app.documents import decision_text as words
from desktop_app.documents.receipt_data import ChargeLine, ReceiptData
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import settings, settlement_papers
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.sla import ANSWER_WITHIN, REPLY_WITHIN

Translate = Callable[[str, str], str]
_RULE = re.compile(r"\b[WSDE]\d+\b")
_DEALER_RULE = re.compile(r"^D\d+$")


class ReceiptService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def receipt(self, actor: Actor, claim_ref: str | int, *, language: str, translate: Translate,
                tz: dt.tzinfo | None = None) -> ReceiptData:
        """``claim_ref`` is a claim number (as scanned) or id; texts follow ``language``."""
        return self.receipt_and_claim(actor, claim_ref, language=language, translate=translate, tz=tz)[0]

    def receipt_and_claim(self, actor: Actor, claim_ref: str | int, *, language: str, translate: Translate,
                          tz: dt.tzinfo | None = None) -> tuple[ReceiptData, int]:
        """The receipt's data and the claim's id (what the print log names), read together."""
        require(actor, Permission.DOCUMENTS_PRINT)
        with self._sessions.read() as s:
            # One statement for the claim, its customer, unit, product, operator and work order.
            claim, order, ended = _find(s, claim_ref)
            zone = tz or dt.datetime.now().astimezone().tzinfo
            outcome = _outcome_note(claim, ended, language, zone)
            operator = claim.created_by
            override_by = s.get(Staff, claim.override_by_id) if claim.override_by_id else None
            # W9: a reprint of an approved return says who approved it (no statement when it is the operator).
            approver = s.get(Staff, claim.approved_by_id) if claim.approved_by_id else None
            detail = claim.decision_detail or {}
            customer, unit = claim.customer, claim.unit
            reasons = _reasons_standing(claim, detail, ended)
            rules = list(dict.fromkeys(r for text in reasons for r in _RULE.findall(text)))
            if _approval_line(claim, approver, language, zone):  # it cites W9 itself; the rule's wording
                rules = [rule for rule in rules if rule != "W9"]  # is a warning no longer due
            decision = _decision_lines(claim, reasons, override_by, approver,
                                       settlement_papers.agreed(s, detail), language, translate, zone)
            return ReceiptData(
                centre=settings.centre_info(s),
                claim_number=claim.number, received_at=claim.created_at, operator=operator.display_name,
                customer_name=customer.contact_person or customer.name if customer.kind.value == "company"
                else customer.name,
                customer_phone=customer.phone,
                customer_company=customer.name if customer.kind.value == "company" else None,
                customer_address=full_address(customer.city, customer.address),
                product_model=unit.product.model, product_name=unit.product.name, serial=unit.serial,
                sale_date=_sale_date_used(claim, detail, unit),
                invoice_no=(unit.invoice_no if claim.has_invoice else
                            translate("Receipt", QT_TRANSLATE_NOOP("Receipt", "No invoice"))),
                accessories_received=tuple(claim.accessories_received),
                accessories_missing=tuple(claim.accessories_missing),
                fault_description=claim.fault_description,
                channel=words.channel_text(claim.channel, language),
                decision_lines=decision.lines, stub_only_lines=decision.stub_only,
                rules_cited=tuple(rules), charges=tuple(_charges(claim, detail, language)),
                # W12: the rule lines print the periods of the version the claim was judged under.
                policy_periods=tuple((key, value) for key, value in
                                     (claim.policy_version.terms if claim.policy_version else {}).items()
                                     if isinstance(value, int) and key != "version"),
                needs_manager_approval=_awaits_approval(claim),
                # S1/S3 are promises while the claim is open; a reprint of one that is over says what happened.
                reply_due=None if outcome else claim.created_at + REPLY_WITHIN,
                answer_due=None if outcome else claim.created_at + ANSWER_WITHIN, outcome_note=outcome,
                work_order_number=order, tz=zone,
                # A correction supersedes the paper the customer holds (services.claim_corrections).
                corrected_at=ended.corrected_at, edition=1 + ended.corrections,
                withdrawn_at=ended.withdrawn_at if claim.status is ClaimStatus.CANCELLED else None,
            ), claim.id

    def make_receipt(self, actor: Actor, claim_ref: str | int, *, language: str, translate: Translate,
                     page_size: str = "A4", copies: tuple[str, ...] = ("customer", "centre")) -> MadeDocument:
        """The receipt's PDF on A4 or A5 sheets; logged as printed only when it is delivered."""
        from desktop_app.documents.receipt import render_receipt  # reportlab: not at start (issue 8)

        data, claim_id = self.receipt_and_claim(actor, claim_ref, language=language, translate=translate)
        pdf = render_receipt(data, language=language, page_size=page_size, copies=copies)
        return made_receipt(self._sessions, actor, pdf, data, claim_id, copies, language)


def made_receipt(sessions: SessionFactory, actor: Actor, pdf: bytes, data: ReceiptData, claim_id: int,
                 copies: tuple[str, ...], language: str, **details: str) -> MadeDocument:
    """The receipt's PDF with its log line: one per delivery, counting the copies printed."""
    return made(sessions, pdf, data.claim_number, PrintEntry(
        actor, "service_receipt", "claim", claim_id, copies=len(copies),
        details=(("copies", copies), ("language", language), *details.items())))


class _Ended(NamedTuple):
    """When the claim was closed (its audit), and its latest work order's end: state and moment."""

    claim_at: dt.datetime | None
    order_state: WorkOrderState | None
    order_at: dt.datetime | None
    diagnosed: bool = False  # one of its orders has a diagnosed cause (W11)
    corrections: int = 0  # 受理信息更正 saved on the claim: the receipt printed now is edition 1 + this
    corrected_at: dt.datetime | None = None  # the latest of them
    withdrawn_at: dt.datetime | None = None  # 撤销受理


# The claim's status set to completed: an order's closing, a refunded return (W9), a negotiation closed (W8);
# or to cancelled: its last order cancelled, the claim withdrawn (services.claim_corrections).
_CLOSING_ACTIONS = ("complete", "complete_return", "settle_negotiation", "cancel", "withdraw_claim")
_ENDED_STATES = (WorkOrderState.CLOSED, WorkOrderState.CANCELLED)
# services.claim_corrections' actions on the claim (CORRECT, WITHDRAW): one entry per correction saved.
_CORRECTED, _WITHDRAWN = "correct_claim", "withdraw_claim"


def _find(s: Session, claim_ref: str | int) -> tuple[Claim, str | None, _Ended]:
    """The claim with what the receipt prints of it loaded, its work order's number, and when it ended."""
    ref = str(claim_ref).strip()
    by_id = ref.isdigit()
    params = {"ref": ref, "claim_id": int(ref)} if by_id else {"ref": ref}
    row = s.execute(_claim_statement(by_id), params).first()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no claim “{number}”."), field="claim",
                              number=ref)
    state = WorkOrderState(row[3]) if row[3] is not None else None
    return row[0], row[1], _Ended(_aware(row[2]), state, _aware(row[4]), bool(row[5]), int(row[6] or 0),
                                  _aware(row[7]), _aware(row[8]))


@lru_cache(maxsize=2)
def _claim_statement(by_id: bool) -> Select:
    """Built once per form (by number; by number or id): building it, its alias of the 40-column
    work-order table above all, cost more than the query itself (issue 8, the receipt's 2 ms)."""
    condition = Claim.number == bindparam("ref")
    if by_id:
        condition = or_(condition, Claim.id == bindparam("claim_id"))
    order = select(WorkOrder.number).where(WorkOrder.claim_id == Claim.id).limit(1).scalar_subquery()
    # Still one statement (tests/integration/test_receipt_statements.py): the ends are subqueries.
    newest = aliased(WorkOrder)  # its own name: correlated to the claim, not to the order read with it
    # Correlated by name: nested in the state's and the end's subqueries, it would otherwise take the claims
    # table as its own FROM and find the newest order of every claim (a reprint said another's was cancelled).
    latest = (select(func.max(newest.id)).where(newest.claim_id == Claim.id).correlate(Claim)
              .scalar_subquery())  # by claim_id's index
    latest_state = select(WorkOrder.state).where(WorkOrder.id == latest).scalar_subquery()
    latest_end = select(func.max(WorkOrderEvent.at)).where(
        WorkOrderEvent.work_order_id == latest, WorkOrderEvent.to_state.in_(_ENDED_STATES)).scalar_subquery()
    # W11: the intake's judgement stops being provisional once any of the claim's orders is diagnosed.
    diagnosed = select(WorkOrder.id).where(WorkOrder.claim_id == Claim.id,
                                           WorkOrder.cause_class.is_not(None)).exists()
    closed_at = select(func.max(AuditEntry.at)).where(
        AuditEntry.entity == "claim", AuditEntry.entity_id == Claim.id,
        AuditEntry.action.in_(_CLOSING_ACTIONS)).scalar_subquery()
    def of_claim(*actions: str) -> Select:
        return select().where(AuditEntry.entity == "claim", AuditEntry.entity_id == Claim.id,
                              AuditEntry.action.in_(actions))

    corrections = of_claim(_CORRECTED).add_columns(func.count(AuditEntry.id)).scalar_subquery()
    corrected_at = of_claim(_CORRECTED).add_columns(func.max(AuditEntry.at)).scalar_subquery()
    withdrawn_at = of_claim(_WITHDRAWN).add_columns(func.max(AuditEntry.at)).scalar_subquery()
    return select(Claim, order, closed_at, latest_state, latest_end, diagnosed, corrections, corrected_at,
                  withdrawn_at).where(condition).limit(1).options(
        joinedload(Claim.customer), joinedload(Claim.unit).joinedload(Unit.product),
        joinedload(Claim.created_by), joinedload(Claim.policy_version))


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A subquery's timestamp comes back as stored: SQLite's without its zone, and it was UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.timezone.utc)


def _outcome_note(claim: Claim, ended: _Ended, language: str, tz: dt.tzinfo | None) -> str | None:
    """What happened to a claim that is over, in place of the reply and answer times promised at intake
    (S1, S3: a promise for a claim already closed misleads the customer); None while it is open. The
    day is the claim's closing as audited, else its last order's end; undated when neither is known
    (a claim from before either was kept)."""
    if claim.status is ClaimStatus.COMPLETED:  # its last order closed, a return refunded, a negotiation closed
        key, moment = "closed", ended.claim_at or ended.order_at
    elif claim.status is ClaimStatus.CANCELLED:
        key, moment = "cancelled", ended.claim_at or ended.order_at
    elif ended.order_state is WorkOrderState.CANCELLED:  # the claim stays open: nothing is being done
        key, moment = "order_cancelled", ended.order_at
    else:
        return None
    if moment is None:
        return words.phrase(key, language)
    day = (moment.astimezone(tz) if tz else moment).date()
    return words.phrase(f"{key}_on", language, day=day.isoformat())


def _sale_date_used(claim: Claim, detail: dict, unit: Unit) -> dt.date | None:
    """The sale date the decision ran from (invoice, else registered sale: rule W10), not whatever
    the unit holds now: a receipt must not show a date beside "no invoice, no registered sale"."""
    if "sale_date_used" in detail:
        used = detail["sale_date_used"]
        return dt.date.fromisoformat(used) if used else None
    # A claim stored without the detail: the unit's date only where the rules would have read it.
    return unit.sale_date if claim.has_invoice or unit.sale_registered else None


class _Decision(NamedTuple):
    lines: tuple[str, ...]
    stub_only: tuple[str, ...]  # the dealer agreement's lines (D rules): the centre's stub only


def _reasons_standing(claim: Claim, detail: dict, ended: _Ended) -> list[str]:
    """The judge's reasons and notes (source texts) a print of the claim today still stands by: the
    intake's "provisional until diagnosis" (W11) is no longer true once the claim is diagnosed or over."""
    reasons = [*detail.get("reasons", []), *detail.get("notes", [])]
    if ended.diagnosed or claim.status in (ClaimStatus.COMPLETED, ClaimStatus.CANCELLED):
        reasons = [text for text in reasons if text != judge._R_PROVISIONAL]  # noqa: SLF001 - the judge's own text
    return reasons


def _awaits_approval(claim: Claim) -> bool:
    """W9: the warning prints while a return waits for the manager; not once approved, done or cancelled."""
    return (claim.decision is Remedy.RETURN and claim.approved_by_id is None
            and claim.status not in (ClaimStatus.COMPLETED, ClaimStatus.CANCELLED))


def _approval_line(claim: Claim, approver: Staff | None, language: str, tz: dt.tzinfo | None) -> str | None:
    """W9: an approved return says so, by whom and on which day where recorded (a completed return was
    approved, even one from before the approval was kept)."""
    if claim.decision is not Remedy.RETURN or claim.status is ClaimStatus.CANCELLED:
        return None
    if approver is not None and claim.approved_at is not None:
        moment = _aware(claim.approved_at)
        day = (moment.astimezone(tz) if tz else moment).date().isoformat()
        return words.phrase("approved_by", language, by=approver.display_name, day=day)
    if claim.approved_by_id is not None or claim.status is ClaimStatus.COMPLETED:
        return words.phrase("approved", language)
    return None


def _decision_lines(claim: Claim, reasons: list[str], override_by: Staff | None, approver: Staff | None,
                    agreed: settlement_papers.Agreed | None, language: str, translate: Translate,
                    tz: dt.tzinfo | None) -> _Decision:
    """``agreed``: a settled negotiation (W8) prints what was agreed in place of the escalation."""
    offered = [Remedy(v) for v in claim.offered_remedies]
    lines = []
    if offered:
        lines.append(words.phrase("offered", language,
                                  items=words.join([words.remedy_text(r, language) for r in offered], language)))
    if claim.decision is not None:
        lines.append(words.phrase("chosen", language, item=words.remedy_text(claim.decision, language)))
    if agreed is not None:
        lines.append(agreed.line(claim.decision, language))
        reasons = settlement_papers.without_escalation(reasons)
    if claim.decision is Remedy.RETURN:  # W9 is said once: by the approval warning, or by the approval
        reasons = [text for text in reasons if _RULE.findall(text) != ["W9"]]
    stub_only = []
    for text in reasons:
        lines.append(translate("Warranty", text))
        cited = _RULE.findall(text)
        if cited and all(_DEALER_RULE.match(rule) for rule in cited):  # D10-D14: who pays, the centre's record
            stub_only.append(lines[-1])
    approval = _approval_line(claim, approver, language, tz)
    if approval:
        lines.append(approval)
    # A settled repair, exchange or refund is an override whose reason is the settlement's note: printed once.
    if claim.override_reason and not (agreed is not None and claim.override_reason == agreed.note):
        lines.append(words.phrase("override", language, by=override_by.display_name if override_by else "",
                                  reason=claim.override_reason))
    if claim.decision_note and agreed is None:  # closed without service keeps the note: no longer news
        lines.append(words.phrase("escalated", language, note=claim.decision_note))
    return _Decision(tuple(lines), tuple(stub_only))


def _charges(claim: Claim, detail: dict, language: str) -> list[ChargeLine]:
    charges = []
    if detail.get("charge_missing_accessories") and claim.decision in (Remedy.RETURN, Remedy.EXCHANGE):
        reason = words.phrase("missing_accessory", language)
        charges += [ChargeLine(item=name, reason=reason, amount=None) for name in claim.accessories_missing]
    if claim.decision is Remedy.PAID_REPAIR:
        charges.append(ChargeLine(item=words.phrase("repair_cost", language),
                                  reason=words.phrase("quoted_after_diagnosis", language), amount=None))
    return charges
