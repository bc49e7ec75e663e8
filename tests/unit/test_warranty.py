"""Table tests for the warranty judge and the versioned policy terms (rules W1-W12, D10-D14)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty import ClaimFacts, TierOverride, WarrantyDecision, judge
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.errors import ValidationError

SALE = date(2026, 1, 15)
R, E, F, P, N = (
    Remedy.RETURN,
    Remedy.EXCHANGE,
    Remedy.FREE_REPAIR,
    Remedy.PAID_REPAIR,
    Remedy.NEGOTIATED,
)


def facts(claim: date, **changes: object) -> ClaimFacts:
    """A diagnosed quality defect on an ordinary product, with its invoice."""
    base = ClaimFacts(
        claim_date=claim,
        product_category="switch",
        sale_date=SALE,
        has_invoice=True,
        cause=CauseClass.QUALITY_DEFECT,
    )
    return replace(base, **changes)


def decide(claim: date, **changes: object) -> WarrantyDecision:
    return judge(facts(claim, **changes), DEFAULT_POLICY)


# --- tiers by date (rules W1-W5) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sale", "claim", "category", "offered"),
    [
        pytest.param(SALE, SALE, "switch", (R, E, F), id="W2-sale-day"),
        pytest.param(SALE, date(2026, 2, 15), "switch", (R, E, F), id="W2-anniversary-included"),
        pytest.param(SALE, date(2026, 2, 16), "switch", (E, F), id="W3-day-after-return-period"),
        pytest.param(SALE, date(2027, 1, 15), "switch", (E, F), id="W3-anniversary-included"),
        pytest.param(SALE, date(2027, 1, 16), "switch", (F,), id="W4-day-after-exchange-period"),
        pytest.param(SALE, date(2029, 1, 15), "switch", (F,), id="W4-three-years-included"),
        pytest.param(SALE, date(2029, 1, 16), "switch", (P,), id="W5-day-after-three-years"),
        pytest.param(
            SALE, date(2029, 1, 16), "industrial_ethernet", (F,), id="W4-industrial-year-four"
        ),
        pytest.param(
            SALE, date(2031, 1, 15), "industrial_ethernet", (F,), id="W4-industrial-5y-included"
        ),
        pytest.param(
            SALE, date(2031, 1, 16), "industrial_ethernet", (P,), id="W5-industrial-after-5y"
        ),
        pytest.param(date(2026, 1, 31), date(2026, 2, 28), "switch", (R, E, F), id="W1-31-jan"),
        pytest.param(date(2026, 1, 31), date(2026, 3, 1), "switch", (E, F), id="W1-31-jan-out"),
        pytest.param(date(2024, 1, 31), date(2024, 2, 29), "switch", (R, E, F), id="W1-leap-feb"),
        pytest.param(date(2024, 2, 29), date(2025, 2, 28), "switch", (E, F), id="W1-29-feb-1y"),
        pytest.param(date(2024, 2, 29), date(2025, 3, 1), "switch", (F,), id="W1-29-feb-1y-out"),
        pytest.param(date(2026, 3, 31), date(2026, 4, 30), "switch", (R, E, F), id="W1-31-mar"),
        pytest.param(date(2026, 3, 31), date(2026, 5, 1), "switch", (E, F), id="W1-31-mar-out"),
    ],
)
def test_tier_by_date(sale: date, claim: date, category: str, offered: tuple) -> None:
    decision = decide(claim, sale_date=sale, product_category=category)  # rules W1-W5
    assert decision.offered == offered
    assert decision.best == offered[0]
    assert decision.rule_best == offered[0]


def test_period_ends_are_recorded() -> None:  # rules W1, W4
    decision = decide(date(2026, 3, 1))
    assert (decision.return_until, decision.exchange_until, decision.repair_until) == (
        date(2026, 2, 15),
        date(2027, 1, 15),
        date(2029, 1, 15),
    )
    assert decision.sale_date_used == SALE
    long = decide(date(2026, 3, 1), product_category="industrial_ethernet")
    assert long.repair_until == date(2031, 1, 15)
    assert any("industrial Ethernet (W4)" in reason for reason in long.reasons)


def test_reasons_cite_rules() -> None:
    for claim in (SALE, date(2026, 6, 1), date(2028, 1, 1), date(2030, 1, 1)):
        decision = decide(claim)
        assert decision.reasons
        assert all("(W" in text or "(D" in text for text in decision.reasons + decision.notes)


# --- invalid input (rule W1) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"claim_date": date(2026, 1, 14)}, "claim_date", id="W1-claim-before-sale"),
        pytest.param(
            {"claim_date": date(2025, 1, 1)}, "claim_date", id="W1-sale-in-future-of-claim"
        ),
        pytest.param(
            {"has_invoice": False, "registered_sale_date": date(2026, 2, 1)},
            "claim_date",
            id="W1-W10-claim-before-registered-sale",
        ),
        pytest.param({"sale_date": None}, "sale_date", id="W1-invoice-without-date"),
        pytest.param(
            {"centre_received_date": date(2026, 2, 1)},
            "centre_received_date",
            id="D11-received-after-claim",
        ),
    ],
)
def test_invalid_dates_are_rejected(changes: dict, field: str) -> None:
    claim = changes.pop("claim_date", date(2026, 1, 20))
    with pytest.raises(ValidationError) as info:
        decide(claim, **changes)
    assert info.value.field == field


def test_sale_date_without_invoice_is_not_read() -> None:  # rule W10 Decision
    decision = decide(date(2026, 1, 20), has_invoice=False, sale_date=date(2027, 1, 1))
    assert decision.offered == (P,)
    assert decision.sale_date_used is None


# --- no invoice (rule W10) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "claim", "category", "offered"),
    [
        pytest.param(None, date(2026, 1, 20), "switch", (P,), id="W10-no-invoice-no-registration"),
        pytest.param(SALE, date(2026, 1, 20), "switch", (F,), id="W10-registered-month-one"),
        pytest.param(SALE, date(2029, 1, 15), "switch", (F,), id="W10-registered-3y-included"),
        pytest.param(SALE, date(2029, 1, 16), "switch", (P,), id="W10-registered-after-3y"),
        pytest.param(
            SALE, date(2030, 6, 1), "industrial_ethernet", (F,), id="W10-W4-registered-industrial"
        ),
    ],
)
def test_no_invoice(registered: date | None, claim: date, category: str, offered: tuple) -> None:
    decision = decide(
        claim,
        has_invoice=False,
        sale_date=None,
        registered_sale_date=registered,
        product_category=category,
    )
    assert decision.offered == offered  # rule W10: never return or exchange
    assert decision.return_until is None and decision.exchange_until is None
    assert decision.sale_date_used == registered


def test_no_invoice_and_no_registration_is_paid_by_customer() -> None:  # rule W10
    decision = decide(date(2026, 1, 20), has_invoice=False, sale_date=None)
    assert decision.cost_bearer is CostBearer.CUSTOMER
    assert decision.repair_until is None


# --- cause (rule W11) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim", [SALE, date(2026, 6, 1), date(2028, 6, 1), date(2035, 1, 1)], ids=str
)
def test_user_damage_is_paid_repair_whatever_the_date(claim: date) -> None:  # rule W11
    decision = decide(claim, cause=CauseClass.USER_DAMAGE)
    assert decision.offered == (P,)
    assert decision.cost_bearer is CostBearer.CUSTOMER
    assert decision.provisional is False
    assert not decision.needs_manager_approval


def test_undiagnosed_claim_is_provisional() -> None:  # rule W11
    decision = decide(SALE, cause=None)
    assert decision.provisional is True
    assert decision.offered == (R, E, F)
    assert "Provisional until diagnosis (W11)" in decision.reasons


def test_not_reproducible_keeps_the_date_tier_free_of_charge() -> None:  # rule W11 Decision
    decision = decide(date(2026, 1, 20), cause=CauseClass.NOT_REPRODUCIBLE)
    assert decision.offered == (R, E, F)
    assert decision.cost_bearer is CostBearer.MANUFACTURER_EARLY_DEFECT
    assert decision.provisional is False


# --- supervisor override (rule W10) ---------------------------------------------------------


def test_override_replaces_the_tier_and_is_recorded() -> None:  # rule W10
    override = TierOverride(F, "  Known customer, invoice lost in a flood  ", "chen.supervisor")
    decision = decide(date(2026, 3, 1), has_invoice=False, sale_date=None, override=override)
    assert decision.offered == (F,)
    assert decision.rule_best is P
    assert decision.override_reason == "Known customer, invoice lost in a flood"
    assert decision.overridden_by == "chen.supervisor"
    assert any("(W10)" in reason and "supervisor" in reason for reason in decision.reasons)
    assert decision.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY  # D14: the centre's goodwill


def test_override_to_return_needs_manager_approval() -> None:  # rules W9, W10
    decision = decide(date(2026, 6, 1), override=TierOverride(R, "Repeat failure", "chen"))
    assert decision.offered == (R, E, F)
    assert decision.needs_manager_approval


def test_override_can_lower_the_tier() -> None:  # rule W10
    decision = decide(SALE, override=TierOverride(P, "Seal broken on arrival", "chen"))
    assert decision.offered == (P,)
    assert decision.cost_bearer is CostBearer.CUSTOMER


def test_override_of_user_damage_is_the_centres_cost() -> None:  # rules W10, W11, D14
    decision = decide(
        SALE, cause=CauseClass.USER_DAMAGE, override=TierOverride(F, "Goodwill", "chen")
    )
    assert decision.offered == (F,)
    assert decision.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY


@pytest.mark.parametrize(
    ("override", "note", "field"),
    [
        pytest.param(TierOverride(F, "", "chen"), None, "override_reason", id="W10-empty-reason"),
        pytest.param(TierOverride(F, "   ", "chen"), None, "override_reason", id="W10-blank"),
        pytest.param(TierOverride(F, "why", " "), None, "override_by", id="W10-no-supervisor"),
        pytest.param(TierOverride(N, "why", "chen"), None, "override", id="W8-W10-negotiated"),
        pytest.param(TierOverride(F, "why", "chen"), "call", "override", id="W8-W10-both"),
        pytest.param(None, "", "escalated_note", id="W8-empty-note"),
        pytest.param(None, " \n ", "escalated_note", id="W8-blank-note"),
    ],
)
def test_override_and_escalation_need_their_texts(
    override: TierOverride | None, note: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        decide(date(2026, 6, 1), override=override, escalated_note=note)
    assert info.value.field == field


# --- escalation (rule W8) -------------------------------------------------------------------


def test_escalation_offers_a_negotiated_outcome() -> None:  # rule W8
    decision = decide(
        date(2026, 1, 20), escalated_note=" Model discontinued ", accessories_missing=("cable",)
    )
    assert decision.offered == (N,)
    assert decision.best is N
    assert decision.rule_best is R
    assert decision.escalation_note == "Model discontinued"
    assert not decision.needs_manager_approval
    assert not decision.charge_missing_accessories
    assert decision.cost_bearer is CostBearer.MANUFACTURER_EARLY_DEFECT  # kept from the tier


# --- approval, accessories, wear parts (rules W2, W3, W6, W9) -------------------------------


@pytest.mark.parametrize(
    ("claim", "missing", "approval", "charge"),
    [
        pytest.param(SALE, (), True, False, id="W2-W9-return-offered"),
        pytest.param(SALE, ("power adapter",), True, True, id="W2-missing-accessory-charged"),
        pytest.param(date(2026, 6, 1), ("cable",), False, True, id="W3-exchange-charged"),
        pytest.param(date(2028, 6, 1), ("cable",), False, False, id="W4-repair-no-charge"),
    ],
)
def test_approval_and_accessories(
    claim: date, missing: tuple[str, ...], approval: bool, charge: bool
) -> None:
    decision = decide(claim, accessories_missing=missing)
    assert decision.needs_manager_approval is approval  # rule W9
    assert decision.charge_missing_accessories is charge  # rule W2


def test_wear_part_notes() -> None:  # rules W3, W6
    exchange = decide(date(2026, 6, 1))
    assert any("(W3)" in note for note in exchange.notes)
    assert any("(W6)" in note for note in exchange.notes)
    repair = decide(date(2028, 6, 1))
    assert not any("(W3)" in note for note in repair.notes)
    assert not decide(date(2030, 6, 1)).notes


# --- cost bearer (rules D10-D14) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "received", "bearer"),
    [
        pytest.param(date(2026, 1, 17), date(2026, 1, 10), CostBearer.MANUFACTURER_DOA,
                     id="D11-received-plus-7-included"),
        pytest.param(date(2026, 1, 18), date(2026, 1, 10), CostBearer.MANUFACTURER_EARLY_DEFECT,
                     id="D11-received-plus-8-falls-to-D12"),
        pytest.param(date(2026, 1, 30), None, CostBearer.MANUFACTURER_EARLY_DEFECT,
                     id="D12-sale-plus-15-included"),
        pytest.param(date(2026, 1, 31), None, CostBearer.FUND_IN_WARRANTY,
                     id="D12-sale-plus-16-falls-to-D13"),
        pytest.param(date(2027, 1, 15), None, CostBearer.FUND_IN_WARRANTY,
                     id="D13-twelve-months-included"),
        pytest.param(date(2027, 1, 16), None, CostBearer.FUND_OUT_OF_WARRANTY,
                     id="D14-free-repair-beyond-12-months"),
        pytest.param(date(2029, 1, 15), None, CostBearer.FUND_OUT_OF_WARRANTY,
                     id="D14-last-free-repair-day"),
        pytest.param(date(2029, 1, 16), None, CostBearer.CUSTOMER, id="W5-paid-repair"),
    ],
)  # fmt: skip
def test_cost_bearer(claim: date, received: date | None, bearer: CostBearer) -> None:
    assert decide(claim, centre_received_date=received).cost_bearer is bearer


def test_doa_needs_a_quality_problem() -> None:  # rules D11, W11
    decision = decide(
        date(2026, 1, 17), centre_received_date=date(2026, 1, 10), cause=CauseClass.USER_DAMAGE
    )
    assert decision.cost_bearer is CostBearer.CUSTOMER


def test_early_defect_runs_from_a_registered_sale() -> None:  # rules D12, W10
    decision = decide(
        date(2026, 1, 25), has_invoice=False, sale_date=None, registered_sale_date=SALE
    )
    assert decision.cost_bearer is CostBearer.MANUFACTURER_EARLY_DEFECT


# --- policy version (rule W12) --------------------------------------------------------------


def test_decision_records_the_policy_version() -> None:  # rule W12
    generous = PolicyTerms(version=2, return_months=2)
    claim = facts(date(2026, 3, 15))
    assert judge(claim, generous).offered == (R, E, F)
    assert judge(claim, generous).policy_version == 2
    assert judge(claim, DEFAULT_POLICY).offered == (E, F)
    assert judge(claim, DEFAULT_POLICY).policy_version == 1


def test_default_policy_matches_the_domain() -> None:  # rules W2-W4, D10-D12
    p = DEFAULT_POLICY
    assert (p.version, p.return_months, p.exchange_months, p.repair_months) == (1, 1, 12, 36)
    assert (p.long_repair_months, p.long_repair_categories) == (60, {"industrial_ethernet"})
    assert (p.doa_days, p.early_defect_days, p.manufacturer_warranty_months) == (7, 15, 12)
    assert p.repair_months_for("industrial_ethernet") == 60
    assert p.repair_months_for("switch") == 36


def test_policy_json_round_trip() -> None:  # rule W12
    stored = json.dumps(DEFAULT_POLICY.to_dict())
    assert PolicyTerms.from_dict(json.loads(stored)) == DEFAULT_POLICY
    terms = PolicyTerms(version=3, long_repair_categories=["b", "a"])
    assert terms.to_dict()["long_repair_categories"] == ["a", "b"]
    assert hash(terms) == hash(PolicyTerms.from_dict(terms.to_dict()))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"colour": "red"}, "colour", id="W12-unknown-key"),
        pytest.param({"version": 0}, "version", id="W12-version-zero"),
        pytest.param({"return_months": -1}, "return_months", id="W2-negative"),
        pytest.param({"exchange_months": True}, "exchange_months", id="W3-bool"),
        pytest.param({"repair_months": "36"}, "repair_months", id="W4-string"),
        pytest.param({"doa_days": 7.5}, "doa_days", id="D11-float"),
        pytest.param({"early_defect_days": 0}, "early_defect_days", id="D12-zero"),
        pytest.param({"manufacturer_warranty_months": None}, "manufacturer_warranty_months",
                     id="D10-none"),
        pytest.param({"return_months": 13}, "return_months", id="W2-longer-than-exchange"),
        pytest.param({"exchange_months": 40}, "exchange_months", id="W3-longer-than-repair"),
        pytest.param({"repair_months": 61}, "repair_months", id="W4-longer-than-long"),
        pytest.param({"long_repair_categories": "industrial_ethernet"}, "long_repair_categories",
                     id="W4-categories-string"),
        pytest.param({"long_repair_categories": [""]}, "long_repair_categories",
                     id="W4-empty-category"),
        pytest.param({"long_repair_categories": [["x"]]}, "long_repair_categories",
                     id="W4-nested-list"),
    ],
)  # fmt: skip
def test_policy_validation_names_the_field(changes: dict, field: str) -> None:
    data = {**DEFAULT_POLICY.to_dict(), **changes}
    with pytest.raises(ValidationError) as info:
        PolicyTerms.from_dict(data)
    assert info.value.field == field


def test_policy_missing_key_is_rejected() -> None:  # rule W12 Decision: no silent defaults
    data = DEFAULT_POLICY.to_dict()
    del data["doa_days"]
    with pytest.raises(ValidationError) as info:
        PolicyTerms.from_dict(data)
    assert info.value.field == "doa_days"
    with pytest.raises(ValidationError):
        PolicyTerms.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


def test_policy_allows_no_long_categories() -> None:  # rule W4
    terms = PolicyTerms(version=2, long_repair_categories=())
    assert terms.repair_months_for("industrial_ethernet") == 36
