"""A claim's warranty judgement as it stands once the bench has diagnosed it (W11).

At intake the tier is provisional. The diagnosis re-judges the claim (services.work_order_bench) and
stores the cause and the final remedy on the work order; who pays then follows from the claim's
intake bearer, that cause and whether a supervisor overrode the tier
(core.warranty.bearer_after_diagnosis). Reports, parts charges and shipments back to the
manufacturer go by this, not by the intake's provisional judgement.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty import bearer_after_diagnosis
from desktop_app.db.models import Claim, WorkOrder


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
