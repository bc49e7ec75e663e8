"""The kinder of the versions in force at sale and at the claim judges (W1, W4, W12), pure."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.vocabulary import Remedy
from desktop_app.core.warranty import ClaimFacts, judge, judge_kinder
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import WarrantyPolicyVersion
from desktop_app.services.promised_terms import judge_promised

CLAIM = dt.date(2026, 11, 27)
OLD, NEW = PolicyTerms(version=1, repair_months=36), PolicyTerms(version=2, repair_months=24)


def facts(sale: dt.date | None, invoice: bool = True, registered: dt.date | None = None) -> ClaimFacts:
    return ClaimFacts(claim_date=CLAIM, product_category="switch", sale_date=sale, has_invoice=invoice,
                      registered_sale_date=registered)


def test_the_sales_version_judges_when_it_gives_a_better_tier() -> None:
    decision, from_sale = judge_kinder(facts(dt.date(2024, 6, 1)), NEW, OLD)
    assert from_sale and decision.best is Remedy.FREE_REPAIR and decision.policy_version == 1
    assert any("(W12)" in reason for reason in decision.reasons)  # the receipt cites W12


def test_a_tie_goes_to_the_claim_dates_version() -> None:
    decision, from_sale = judge_kinder(facts(dt.date(2025, 6, 1)), NEW, OLD)
    assert not from_sale and decision.policy_version == 2 and decision.best is Remedy.FREE_REPAIR


def stored(version: int, start: dt.date, terms: PolicyTerms) -> WarrantyPolicyVersion:
    return WarrantyPolicyVersion(id=version, version=version, effective_from=start,
                                 terms=terms.to_dict() | {"version": version})


def test_a_sale_before_the_first_version_is_judged_under_that_first_version() -> None:
    first, later = stored(5, dt.date(2025, 1, 1), OLD), stored(6, dt.date(2026, 1, 1), NEW)
    row, decision = judge_promised([later, first], facts(dt.date(2024, 6, 1)))
    assert row is first and decision.best is Remedy.FREE_REPAIR


def test_without_a_sale_date_only_the_claim_dates_version_judges() -> None:
    first, later = stored(5, dt.date(2025, 1, 1), OLD), stored(6, dt.date(2026, 1, 1), NEW)
    row, decision = judge_promised([later, first], facts(None, invoice=False))
    assert row is later and decision.best is Remedy.PAID_REPAIR
    row, decision = judge_promised([later, first], facts(None, invoice=False, registered=dt.date(2024, 6, 1)))
    assert row is first and decision.best is Remedy.FREE_REPAIR  # a registered sale counts (W10)


_RANK = (Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR, Remedy.PAID_REPAIR)
MONTHS = st.tuples(st.integers(1, 3), st.integers(0, 12), st.integers(0, 36)).map(
    lambda m: (m[0], m[0] + m[1], m[0] + m[1] + m[2]))  # return <= exchange <= repair


@given(st.dates(dt.date(2015, 1, 1), CLAIM), MONTHS, MONTHS, st.booleans())
def test_the_kinder_judgement_is_never_worse_than_either_version(sale: dt.date, at_claim: tuple, at_sale: tuple,
                                                                  invoice: bool) -> None:  # W1, W12
    claim_terms = PolicyTerms(version=1, return_months=at_claim[0], exchange_months=at_claim[1],
                              repair_months=at_claim[2])
    sale_terms = PolicyTerms(version=2, return_months=at_sale[0], exchange_months=at_sale[1], repair_months=at_sale[2])
    given_facts = facts(sale if invoice else None, invoice, None if invoice else sale)
    decision, from_sale = judge_kinder(given_facts, claim_terms, sale_terms)
    best = min(_RANK.index(judge(given_facts, t).rule_best) for t in (claim_terms, sale_terms))
    assert _RANK.index(decision.rule_best) == best
    assert decision.policy_version == (2 if from_sale else 1)
    if _RANK.index(judge(given_facts, claim_terms).rule_best) == best:
        assert not from_sale  # a tie: the claim date's version
