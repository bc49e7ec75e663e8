"""A claim's warranty judgement as it stands once the bench has diagnosed it (W11).

At intake the tier is provisional. The diagnosis re-judges the claim (services.work_order_bench) and
stores the cause and the final remedy on the work order; who pays then follows from the claim's
intake bearer, that cause and whether a supervisor overrode the tier
(core.warranty.bearer_after_diagnosis). Reports, parts charges and shipments back to the
manufacturer go by this, not by the intake's provisional judgement.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty import USER_DAMAGE_REASON  # the judge's own text, not a copy
from desktop_app.core.warranty import ClaimFacts, TierOverride, WarrantyDecision, bearer_after_diagnosis, judge
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.db.models import Claim, Staff, WorkOrder
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


class FinalJudgement(NamedTuple):
    decision: Remedy | None
    cost_bearer: CostBearer | None


def judged(intake_decision: Remedy | None, intake_bearer: CostBearer | None, overridden: bool,
           final_decision: Remedy | None, cause: CauseClass | None) -> FinalJudgement:
    """The judgement from the claim's intake and its latest diagnosis (both None: not diagnosed)."""
    bearer = intake_bearer
    if intake_bearer is not None:
        bearer = bearer_after_diagnosis(intake_bearer, cause, overridden=overridden)
    return FinalJudgement(final_decision or intake_decision, bearer)


def latest_diagnoses(*claims: Any) -> Subquery:
    """(claim_id, final_decision, cause_class) of the most recently diagnosed work order of each claim
    matching ``claims`` (conditions on Claim; a claim may have several orders), to join a query over
    claims to. A grouped subquery, not one correlated per claim: PostgreSQL planned those as a walk
    through every order for each claim (130-400 ms for a month of 20,000 claims, issue 8)."""
    newest = (select(WorkOrder.claim_id, func.max(WorkOrder.id).label("order_id"))
              .join(Claim, WorkOrder.claim_id == Claim.id)
              .where(WorkOrder.cause_class.is_not(None), *claims).group_by(WorkOrder.claim_id).subquery())
    order = aliased(WorkOrder)
    return (select(newest.c.claim_id, order.final_decision, order.cause_class)
            .join(order, order.id == newest.c.order_id).subquery("diagnosed"))


def of_claim(s: Session, claim: Claim) -> FinalJudgement:
    latest = latest_diagnoses(Claim.id == claim.id)
    final, cause = s.execute(select(latest.c.final_decision, latest.c.cause_class)).first() or (None, None)
    return judged(claim.decision, claim.cost_bearer, overridden(claim.override_reason, claim.override_by_id),
                  final, cause)


def overridden(reason: str | None, by_id: int | None) -> bool:
    """Whether the intake judged the claim with a supervisor's tier override (W10)."""
    return by_id is not None and bool(reason)


def claim_sale_date(claim: Claim) -> dt.date | None:
    """The sale date the claim was judged from (invoice, else registered sale: W10), as stored on it,
    not whatever the unit holds now: a later claim on the serial may have brought another invoice."""
    detail = claim.decision_detail or {}
    if "sale_date_used" in detail:
        used = detail["sale_date_used"]
        return dt.date.fromisoformat(used) if used else None
    # A claim stored without the detail: the unit's date only where the rules would have read it.
    unit = claim.unit
    return unit.sale_date if claim.has_invoice or unit.sale_registered else None


def rejudged(s: Session, claim: Claim, cause: CauseClass) -> WarrantyDecision:
    """The claim judged again with the diagnosed cause, from the facts it was judged with at intake
    (W11) under its policy version (W12): a later claim on the same serial never changes it."""
    override = None
    if overridden(claim.override_reason, claim.override_by_id):
        # W10 Decision: the supervisor's tier stands once the cause is known, user damage included.
        # With an override the claim was offered exactly that tier's remedies, the tier first.
        supervisor = s.get(Staff, claim.override_by_id)
        override = TierOverride(Remedy(claim.offered_remedies[0]), claim.override_reason or "",
                                supervisor.username if supervisor is not None else "?")
    sale, unit, detail = claim_sale_date(claim), claim.unit, claim.decision_detail or {}
    if "centre_received_date" in detail:
        received = dt.date.fromisoformat(detail["centre_received_date"]) if detail["centre_received_date"] else None
    else:  # not stored at intake: the unit's, unless a later claim moved it past this claim's date
        received = unit.centre_received_date
        received = received if received is not None and received <= claim.claim_date else None
    facts = ClaimFacts(
        claim_date=claim.claim_date, product_category=unit.product.category.code,
        sale_date=sale if claim.has_invoice else None, has_invoice=claim.has_invoice,
        registered_sale_date=None if claim.has_invoice else sale,
        centre_received_date=received, cause=cause,
        accessories_missing=tuple(claim.accessories_missing), escalated_note=claim.decision_note,
        override=override,
    )
    terms = claim.policy_version.terms if claim.policy_version else DEFAULT_POLICY.to_dict()
    return judge(facts, PolicyTerms.from_dict(terms))  # the version the claim was judged under (W12)


def final_reasons(decision: WarrantyDecision, cause: CauseClass | None) -> tuple[str, ...]:
    """The reasons to print once the cause is known. User damage is a paid repair whatever the date
    (W11): the date tier's lines ("in the exchange period…") would promise what no longer holds, so
    they go, unless a supervisor's override kept a tier (W10), which they then explain."""
    reasons = decision.reasons
    if cause is CauseClass.USER_DAMAGE and decision.override_reason is None and USER_DAMAGE_REASON in reasons:
        reasons = reasons[reasons.index(USER_DAMAGE_REASON):]
    return reasons


_NO_CLAIM = QT_TRANSLATE_NOOP("Errors", "Only a warranty claim judged exchange gets a new unit (W3): "
                                        "this order has no claim.")
_NOT_DIAGNOSED = QT_TRANSLATE_NOOP("Errors", "Record the diagnosis first: until the cause is known the "
                                             "exchange is provisional (W11).")
_NOT_EXCHANGE = QT_TRANSLATE_NOOP("Errors", "The claim's final remedy is not an exchange: the unit is "
                                            "repaired, not replaced (W3, W4, W11).")


def exchange_refusal(has_claim: bool, cause: CauseClass | None, final_decision: Remedy | None) -> str | None:
    """Why no replacement unit may be recorded on an order (an "Errors" source text), or None.

    W3/W4/W11: a new unit only where the claim's final remedy is exchange: chosen at intake in the
    exchange period, a refused return turned into one (W9), or a supervisor's override (W10), and
    still standing after the diagnosis. The diagnosis sets the final remedy, so none before it.
    """
    if not has_claim:
        return _NO_CLAIM
    if cause is None or final_decision is None:
        return _NOT_DIAGNOSED
    return None if final_decision is Remedy.EXCHANGE else _NOT_EXCHANGE
