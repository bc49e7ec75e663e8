"""A claim's warranty judgement as it stands once the bench has diagnosed it (W11).

At intake the tier is provisional. The diagnosis re-judges the claim (services.work_order_bench) and
stores the cause and the final remedy on the work order; who pays then follows from the claim's
intake bearer, that cause and whether a supervisor overrode the tier
(core.warranty.bearer_after_diagnosis). Reports, parts charges and shipments back to the
manufacturer go by this, not by the intake's provisional judgement.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import ScalarSelect, func, select
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


def latest_diagnosis(claim_id: Any) -> tuple[ScalarSelect[Any], ScalarSelect[Any]]:
    """The final remedy and the cause found by the claim's most recently diagnosed work order (a claim
    may have several), as two columns for a query over claims: each is one index lookup per claim on
    both databases, where joining the orders on such a subquery made PostgreSQL weigh every claim
    against every order (130 ms for a month of 20,000 claims, issue 8)."""
    diagnosed = aliased(WorkOrder)  # aliases of its own: a query that also reads work orders stays uncorrelated
    # max(id) over the claim's orders, not ORDER BY id DESC LIMIT 1: with that, PostgreSQL walked the
    # primary key backwards through every order instead of the claim's few.
    newest = (select(func.max(diagnosed.id)).where(diagnosed.claim_id == claim_id, diagnosed.cause_class.is_not(None))
              .scalar_subquery())

    def latest(column: str) -> ScalarSelect[Any]:
        order = aliased(WorkOrder)
        return select(getattr(order, column)).where(order.id == newest).scalar_subquery()

    return latest("final_decision"), latest("cause_class")


def of_claim(s: Session, claim: Claim) -> FinalJudgement:
    final, cause = s.execute(select(*latest_diagnosis(claim.id))).one()
    return judged(claim.decision, claim.cost_bearer, overridden(claim.override_reason, claim.override_by_id),
                  final, cause)


def overridden(reason: str | None, by_id: int | None) -> bool:
    """Whether the intake judged the claim with a supervisor's tier override (W10)."""
    return by_id is not None and bool(reason)
