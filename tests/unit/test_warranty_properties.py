"""Property-based tests (hypothesis) for the calendar periods and the warranty judge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.calendar_periods import add_months, period_end, within, within_days
from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty import ClaimFacts, TierOverride, bearer_after_diagnosis, judge
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.errors import ValidationError

# How good a tier is for the customer (rules W2-W5): RETURN-capable > EXCHANGE > FREE > PAID.
RANK = {Remedy.RETURN: 3, Remedy.EXCHANGE: 2, Remedy.FREE_REPAIR: 1, Remedy.PAID_REPAIR: 0}

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
months = st.integers(min_value=0, max_value=240)
causes = st.sampled_from([None, CauseClass.QUALITY_DEFECT, CauseClass.NOT_REPRODUCIBLE])
categories = st.sampled_from(["switch", "industrial_ethernet", "router"])


@st.composite
def policies(draw: st.DrawFn) -> PolicyTerms:
    """Any valid policy: four non-decreasing periods and positive windows (rule W12)."""
    chain = sorted(draw(st.lists(st.integers(1, 120), min_size=4, max_size=4)))
    return PolicyTerms(
        version=draw(st.integers(1, 1000)),
        return_months=chain[0],
        exchange_months=chain[1],
        repair_months=chain[2],
        long_repair_months=chain[3],
        long_repair_categories=draw(st.frozensets(categories, max_size=2)),
        doa_days=draw(st.integers(1, 60)),
        early_defect_days=draw(st.integers(1, 60)),
        manufacturer_warranty_months=draw(st.integers(1, 60)),
    )


@st.composite
def claim_facts(draw: st.DrawFn, cause: st.SearchStrategy = causes) -> ClaimFacts:
    """Facts without override or escalation, the claim on or after every date it knows."""
    sale = draw(dates)
    has_invoice = draw(st.booleans())
    registered = draw(st.none() | st.just(sale) | dates.filter(lambda d: d <= date(2060, 1, 1)))
    latest = max(sale, registered or sale)
    claim = latest + timedelta(days=draw(st.integers(0, 8000)))
    received = draw(st.none() | st.integers(0, 400).map(lambda n: claim - timedelta(days=n)))
    return ClaimFacts(
        claim_date=claim,
        product_category=draw(categories),
        sale_date=sale if has_invoice else draw(st.none() | st.just(sale)),
        has_invoice=has_invoice,
        registered_sale_date=registered,
        centre_received_date=received,
        cause=draw(cause),
        accessories_missing=tuple(draw(st.lists(st.sampled_from(["cable", "dvd"]), max_size=2))),
    )


# --- calendar (rule W1) ---------------------------------------------------------------------


@given(dates, dates, months)
def test_add_months_is_monotonic_in_the_date(a: date, b: date, m: int) -> None:  # rule W1
    low, high = sorted((a, b))
    assert add_months(low, m) <= add_months(high, m)


@given(dates, months, months)
def test_add_months_is_monotonic_in_the_months(d: date, m1: int, m2: int) -> None:  # rule W1
    low, high = sorted((m1, m2))
    assert add_months(d, low) <= add_months(d, high)


@given(dates, st.integers(min_value=-240, max_value=240))
def test_add_months_never_skips_a_month(d: date, m: int) -> None:  # rule W1 Decision
    result = add_months(d, m)
    assert result.year * 12 + result.month == d.year * 12 + d.month + m
    # The same day where it exists, else the month's last day (never spills into the next).
    assert result.day == d.day or (result.day < d.day and (result + timedelta(days=1)).day == 1)


@given(dates, months)
def test_period_end_never_precedes_the_sale(sale: date, m: int) -> None:  # rule W1
    end = period_end(sale, m)
    assert end >= sale
    assert within(sale, end, m)  # the anniversary day is included
    assert not within(sale, end + timedelta(days=1), m)


@given(dates, dates, st.integers(0, 400))
def test_within_days_counts_both_ends(start: date, day: date, n: int) -> None:  # rules D11, D12
    assert within_days(start, day, n) == (0 <= (day - start).days <= n)


# --- the judge ------------------------------------------------------------------------------


@given(claim_facts(), st.integers(0, 4000), policies())
def test_a_later_claim_never_gets_a_better_tier(
    facts: ClaimFacts, later_by: int, terms: PolicyTerms
) -> None:  # rules W2-W5, W10
    earlier = judge(facts, terms)
    later = judge(replace(facts, claim_date=facts.claim_date + timedelta(days=later_by)), terms)
    assert RANK[later.best] <= RANK[earlier.best]
    assert set(later.offered) <= set(earlier.offered) or later.offered == (Remedy.PAID_REPAIR,)


@given(dates, st.integers(1, 8000), st.booleans(), policies())
def test_every_claim_before_the_sale_is_rejected(
    sale: date, days_before: int, registered_only: bool, terms: PolicyTerms
) -> None:  # rule W1
    claim = sale - timedelta(days=days_before)
    facts = ClaimFacts(
        claim_date=claim,
        product_category="switch",
        sale_date=None if registered_only else sale,
        has_invoice=not registered_only,
        registered_sale_date=sale if registered_only else None,
    )
    with pytest.raises(ValidationError) as info:
        judge(facts, terms)
    assert info.value.field == "claim_date"


@given(claim_facts(), policies())
def test_judge_is_deterministic(facts: ClaimFacts, terms: PolicyTerms) -> None:  # rule W12
    copy = replace(facts)
    assert judge(facts, terms) == judge(copy, PolicyTerms.from_dict(terms.to_dict()))
    assert judge(facts, terms).policy_version == terms.version


@given(claim_facts(cause=st.just(CauseClass.USER_DAMAGE)), policies())
def test_user_damage_is_always_paid_repair(facts: ClaimFacts, terms: PolicyTerms) -> None:
    decision = judge(facts, terms)  # rule W11
    assert decision.offered == (Remedy.PAID_REPAIR,)
    assert decision.cost_bearer is CostBearer.CUSTOMER


@given(claim_facts(), policies())
def test_offer_invariants(facts: ClaimFacts, terms: PolicyTerms) -> None:
    decision = judge(facts, terms)
    assert decision.best == decision.offered[0]
    assert decision.needs_manager_approval == (Remedy.RETURN in decision.offered)  # rule W9
    assert decision.provisional == (facts.cause is None)  # rule W11
    if not facts.has_invoice:  # rule W10
        assert not {Remedy.RETURN, Remedy.EXCHANGE} & set(decision.offered)
    paid = decision.offered == (Remedy.PAID_REPAIR,)
    assert (decision.cost_bearer is CostBearer.CUSTOMER) == paid  # rules D11-D14
    if decision.charge_missing_accessories:  # rule W2
        assert facts.accessories_missing
        assert {Remedy.RETURN, Remedy.EXCHANGE} & set(decision.offered)


@given(policies())
def test_policy_round_trips_through_its_dict(terms: PolicyTerms) -> None:  # rule W12
    assert PolicyTerms.from_dict(terms.to_dict()) == terms


def test_default_policy_is_a_valid_generated_policy() -> None:  # rule W12
    assert PolicyTerms.from_dict(DEFAULT_POLICY.to_dict()) == DEFAULT_POLICY


# --- after diagnosis (rules W10, W11, D11-D14) ------------------------------------------------

_TIERS = st.sampled_from([Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR, Remedy.PAID_REPAIR])
_ANY_CAUSE = st.sampled_from(list(CauseClass))


_A_DOA_CLAIM = ClaimFacts(claim_date=date(2026, 3, 2), product_category="switch", sale_date=date(2026, 3, 1),
                          has_invoice=True, centre_received_date=date(2026, 2, 28))


@given(claim_facts(cause=st.none()), policies(), _ANY_CAUSE,
       st.sampled_from(["plain", "overridden", "escalated"]), _TIERS)
@example(_A_DOA_CLAIM, DEFAULT_POLICY, CauseClass.USER_DAMAGE, "plain", Remedy.RETURN)
@example(_A_DOA_CLAIM, DEFAULT_POLICY, CauseClass.USER_DAMAGE, "overridden", Remedy.EXCHANGE)
@example(_A_DOA_CLAIM, DEFAULT_POLICY, CauseClass.USER_DAMAGE, "overridden", Remedy.PAID_REPAIR)
@example(_A_DOA_CLAIM, DEFAULT_POLICY, CauseClass.USER_DAMAGE, "escalated", Remedy.RETURN)
@example(_A_DOA_CLAIM, DEFAULT_POLICY, CauseClass.QUALITY_DEFECT, "overridden", Remedy.FREE_REPAIR)
def test_the_bearer_after_diagnosis_is_what_the_judge_says_with_the_cause(
        intake: ClaimFacts, terms: PolicyTerms, cause: CauseClass, kind: str, tier: Remedy) -> None:
    """What the bench stores (the cause) and the claim holds (its intake bearer, whether it was
    overridden) are enough to know who pays after diagnosis, without re-judging every claim."""
    if kind == "overridden":
        intake = replace(intake, override=TierOverride(tier, "老客户，主管特批", "sup.zhang"))
    elif kind == "escalated":
        intake = replace(intake, escalated_note="客户要求协商")
    diagnosed = judge(replace(intake, cause=cause), terms)
    at_intake = judge(intake, terms)
    assert bearer_after_diagnosis(at_intake.cost_bearer, cause, overridden=kind == "overridden") \
        is diagnosed.cost_bearer
