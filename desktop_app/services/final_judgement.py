"""A claim's warranty judgement as it stands once the bench has diagnosed it (W11).

At intake the tier is provisional. The diagnosis re-judges the claim (services.work_order_bench) and
stores the cause and the final remedy on the work order; who pays then follows from the claim's
intake bearer, that cause and whether a supervisor overrode the tier
(core.warranty.bearer_after_diagnosis). Reports, parts charges and shipments back to the
manufacturer go by this, not by the intake's provisional judgement.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import ScalarSelect, select
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


def latest_diagnosis(claim_id: Any) -> ScalarSelect[int]:
    """The id of the claim's most recently diagnosed work order (a claim may have several); an
    alias of its own, so a query that also joins work orders keeps this one uncorrelated."""
    order = aliased(WorkOrder, name="diagnosed")
    return (select(order.id).where(order.claim_id == claim_id, order.cause_class.is_not(None))
            .order_by(order.id.desc()).limit(1).scalar_subquery())


def of_claim(s: Session, claim: Claim) -> FinalJudgement:
    diagnosed = s.execute(select(WorkOrder.final_decision, WorkOrder.cause_class)
                          .where(WorkOrder.id == latest_diagnosis(claim.id))).first()
    final, cause = diagnosed if diagnosed is not None else (None, None)
    return judged(claim.decision, claim.cost_bearer, overridden(claim.override_reason, claim.override_by_id),
                  final, cause)


def overridden(reason: str | None, by_id: int | None) -> bool:
    """Whether the intake judged the claim with a supervisor's tier override (W10)."""
    return by_id is not None and bool(reason)
