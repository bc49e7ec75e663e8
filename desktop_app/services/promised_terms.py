"""Which policy version judges a claim: the one in force at sale or at the claim, the kinder (W1, W4, W12)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop_app.core.warranty import ClaimFacts, WarrantyDecision, judge_kinder, sale_date_used
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.db.models import WarrantyPolicyVersion
from desktop_app.services.policy import all_versions, current_version, pick_version


def policy_versions(s: Session, day: dt.date, *, store_default: bool) -> list[WarrantyPolicyVersion]:
    """Every version, in one statement, for ``judge_promised``; never empty.

    Read before the known unit is changed in memory: a query would autoflush those changes before
    their audit diff is taken. ``store_default``: intake's write session stores the default version
    on first use (``policy.current_version``); the preview's read session must not write.
    """
    rows = all_versions(s)
    if rows:
        return rows
    if store_default:
        return [current_version(s, day)]
    return [WarrantyPolicyVersion(version=DEFAULT_POLICY.version, effective_from=dt.date(2000, 1, 1),
                                  terms=DEFAULT_POLICY.to_dict())]


def judge_promised(rows: list[WarrantyPolicyVersion], facts: ClaimFacts
                   ) -> tuple[WarrantyPolicyVersion, WarrantyDecision]:
    """The decision and the version row it was judged under (the claim records it, W12).

    Decision: the version in force on the sale date used (invoice, else registered sale, W10) and the
    one in force on the claim date are both tried; the better tier for the customer wins, a tie goes
    to the claim date's. A sale before the first version gets that first version (``pick_version``).
    No sale date: the claim date's version alone.
    """
    at_claim = pick_version(rows, facts.claim_date)
    assert at_claim is not None  # policy_versions is never empty
    sale = sale_date_used(facts)
    at_sale = pick_version(rows, sale) if sale is not None else None
    if at_sale is at_claim:
        at_sale = None  # one version in force on both days: judged once
    decision, from_sale = judge_kinder(facts, _terms(at_claim), _terms(at_sale) if at_sale is not None else None)
    return (at_sale if from_sale and at_sale is not None else at_claim), decision


def _terms(row: WarrantyPolicyVersion) -> PolicyTerms:
    return PolicyTerms.from_dict(row.terms)
