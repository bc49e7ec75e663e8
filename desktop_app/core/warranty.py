"""The warranty judgement: what the customer may choose and who bears the cost (W, D rules)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.core.calendar_periods import period_end, within, within_days
from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# Context under which the GUI translates reasons and notes (QCoreApplication.translate).
# The texts carry no numbers: the periods are policy data (W12) and the dates are on the decision.
WARRANTY_CONTEXT = "Warranty"

# What each tier lets the customer choose, best first (rules W2-W5).
_TIER_OFFER: dict[Remedy, tuple[Remedy, ...]] = {
    Remedy.RETURN: (Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR),  # W2
    Remedy.EXCHANGE: (Remedy.EXCHANGE, Remedy.FREE_REPAIR),  # W3
    Remedy.FREE_REPAIR: (Remedy.FREE_REPAIR,),  # W4
    Remedy.PAID_REPAIR: (Remedy.PAID_REPAIR,),  # W5
}
_FREE = frozenset({Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR})

_R_W2 = QT_TRANSLATE_NOOP("Warranty", "In the return period (W2): return, exchange or free repair")
_R_W3 = QT_TRANSLATE_NOOP("Warranty", "In the exchange period (W3): exchange or free repair")
_R_W4 = QT_TRANSLATE_NOOP("Warranty", "In the free-repair period (W4): free repair")
_R_W4_LONG = QT_TRANSLATE_NOOP("Warranty", "Longer free repair, as industrial Ethernet (W4)")
_R_W5 = QT_TRANSLATE_NOOP("Warranty", "Free-repair period over (W5): paid repair at cost")
_R_NO_INV = QT_TRANSLATE_NOOP("Warranty", "No invoice (W10): no return or exchange")
_R_REG = QT_TRANSLATE_NOOP("Warranty", "Periods run from the registered sale of the serial (W10)")
_R_NO_DATE = QT_TRANSLATE_NOOP("Warranty", "No invoice, no registered sale (W10): paid repair")
USER_DAMAGE_REASON = QT_TRANSLATE_NOOP("Warranty", "User damage (W11): paid repair whatever the date")
_R_NO_REPRO = QT_TRANSLATE_NOOP("Warranty", "Fault not reproduced (W11): the date tier stands")
_R_PROVISIONAL = QT_TRANSLATE_NOOP("Warranty", "Provisional until diagnosis (W11)")
_R_OVERRIDE = QT_TRANSLATE_NOOP("Warranty", "Tier overridden by a supervisor, reason given (W10)")
_R_W12_SALE = QT_TRANSLATE_NOOP("Warranty", "Judged under the policy in force at the sale, kinder than today's (W12)")
ESCALATED_REASON = QT_TRANSLATE_NOOP("Warranty", "Escalated (W8): negotiated with the customer, see the note")
_R_D11 = QT_TRANSLATE_NOOP("Warranty", "Dead on arrival at the centre (D11): manufacturer's cost")
_R_D12 = QT_TRANSLATE_NOOP("Warranty", "Early quality defect (D12): manufacturer's cost")
_R_D13 = QT_TRANSLATE_NOOP("Warranty", "Manufacturer's warranty (D13): service fund")
_R_D14 = QT_TRANSLATE_NOOP("Warranty", "The centre's own promise (D10, D14): service fund")
_R_CUSTOMER = QT_TRANSLATE_NOOP("Warranty", "Paid by the customer: repair cost only (W5)")
_N_W3 = QT_TRANSLATE_NOOP("Warranty", "Wear parts are not in a free exchange: charged at cost (W3)")
_N_W6 = QT_TRANSLATE_NOOP("Warranty", "Wear parts are never covered (W6)")
_N_ACCESS = QT_TRANSLATE_NOOP("Warranty", "Missing accessories are charged at cost (W2)")
_N_W9 = QT_TRANSLATE_NOOP("Warranty", "A return needs the general manager's approval (W9)")
# The notes that concern handing a product over at the counter (exchange, return, accessories):
# an on-site visit repairs, so they do not apply to it (services.visit_identification).
COUNTER_ONLY_NOTES = frozenset({_N_W3, _N_ACCESS, _N_W9})


@dataclass(frozen=True)
class TierOverride:
    """A supervisor's replacement of the judged tier (rule W10 Decision).

    The caller checks that ``by_username`` holds the supervisor role and audits the override;
    the judge requires the written reason and the name so both are on the decision and printed.
    """

    remedy: Remedy
    reason: str
    by_username: str


@dataclass(frozen=True)
class ClaimFacts:
    """What the counter knows about a claim when it asks for a judgement."""

    claim_date: date
    product_category: str  # product category code, e.g. "industrial_ethernet" (rule W4)
    sale_date: date | None = None  # from the invoice; read only when has_invoice (rule W10)
    has_invoice: bool = False
    registered_sale_date: date | None = None  # sale registered for the serial (rule W10)
    centre_received_date: date | None = None  # the centre's receipt of the goods (rule D11)
    cause: CauseClass | None = None  # None: not diagnosed yet, the tier is provisional (W11)
    accessories_missing: tuple[str, ...] = ()  # rule W2
    escalated_note: str | None = None  # not None: escalated for negotiation (rule W8)
    override: TierOverride | None = None  # rule W10

    def __post_init__(self) -> None:
        # A list from a form would make the frozen facts unhashable.
        object.__setattr__(self, "accessories_missing", tuple(self.accessories_missing))


@dataclass(frozen=True)
class WarrantyDecision:
    """The judgement as recorded on the claim with its policy version (rule W12).

    ``reasons`` and ``notes`` are English source texts; the GUI shows them through
    ``translate(WARRANTY_CONTEXT, text)``. Period ends are the last day included (rule W1).
    """

    offered: tuple[Remedy, ...]  # what the customer may choose, best first
    best: Remedy
    cost_bearer: CostBearer
    provisional: bool  # cause not diagnosed yet (rule W11)
    policy_version: int  # rule W12
    rule_best: Remedy  # the best remedy from the rules alone, before an override or escalation
    sale_date_used: date | None  # invoice date, else registered sale date (rule W10), else None
    return_until: date | None
    exchange_until: date | None
    repair_until: date | None
    needs_manager_approval: bool  # RETURN is offered: approval before completion (rule W9)
    charge_missing_accessories: bool  # rules W2, W3
    reasons: tuple[str, ...]
    notes: tuple[str, ...]
    escalation_note: str | None = None  # rule W8
    override_reason: str | None = None  # rule W10
    overridden_by: str | None = None


def judge(facts: ClaimFacts, terms: PolicyTerms) -> WarrantyDecision:
    """Judge a claim under one version of the policy; pure and deterministic.

    Precedence: invalid input is rejected (W1, W8, W10); the dates give the tier (W2-W5, W10);
    user damage makes it a paid repair (W11); a supervisor's override replaces the tier (W10);
    an escalation replaces the offer by a negotiated outcome (W8).

    Decision: a NOT_REPRODUCIBLE cause keeps the date-based tier and is not charged: nothing
    shows the fault was the user's doing, and a return still needs the manager's approval (W9).
    Decision: an override also applies to a user-damage claim (goodwill), and then the cost is
    the centre's own (D14); an override to NEGOTIATED is refused, that is what escalation is for;
    a claim cannot be both escalated and overridden (one outcome, one audit trail).
    Decision: an escalated claim keeps the cost bearer of the tier it replaces until the
    negotiation settles who pays.
    """
    sale = _validated_sale_date(facts)
    reasons: list[str] = []
    repair_months = terms.repair_months_for(facts.product_category)
    repair_until = period_end(sale, repair_months) if sale is not None else None
    return_until = exchange_until = None
    if facts.has_invoice and sale is not None:  # rule W10: no return or exchange without it
        return_until = period_end(sale, terms.return_months)
        exchange_until = period_end(sale, terms.exchange_months)
    tier = _date_tier(facts, sale, (return_until, exchange_until, repair_until), reasons)
    if sale is not None and repair_months != terms.repair_months:
        reasons.append(_R_W4_LONG)  # explains repair_until: 5 years, not 3 (rule W4)

    if facts.cause is CauseClass.USER_DAMAGE:
        tier = Remedy.PAID_REPAIR  # rule W11
        reasons.append(USER_DAMAGE_REASON)
    elif facts.cause is CauseClass.NOT_REPRODUCIBLE:
        reasons.append(_R_NO_REPRO)
    elif facts.cause is None:
        reasons.append(_R_PROVISIONAL)
    rule_best = tier

    override = facts.override
    if override is not None:
        tier = Remedy(override.remedy)  # rule W10 Decision
        reasons.append(_R_OVERRIDE)
    cost_bearer = _cost_bearer(facts, terms, sale, tier)
    reasons.append(_COST_REASON[cost_bearer])

    offered = _TIER_OFFER[tier]
    if facts.escalated_note is not None:
        offered = (Remedy.NEGOTIATED,)  # rule W8
        reasons.append(ESCALATED_REASON)
    charge_accessories = bool(facts.accessories_missing) and bool(
        {Remedy.RETURN, Remedy.EXCHANGE} & set(offered)
    )
    notes: list[str] = []
    if Remedy.EXCHANGE in offered:
        notes.append(_N_W3)
    if _FREE & set(offered):
        notes.append(_N_W6)
    if charge_accessories:
        notes.append(_N_ACCESS)
    if Remedy.RETURN in offered:
        notes.append(_N_W9)
    return WarrantyDecision(
        offered=offered,
        best=offered[0],
        cost_bearer=cost_bearer,
        provisional=facts.cause is None,
        policy_version=terms.version,
        rule_best=rule_best,
        sale_date_used=sale,
        return_until=return_until,
        exchange_until=exchange_until,
        repair_until=repair_until,
        needs_manager_approval=Remedy.RETURN in offered,
        charge_missing_accessories=charge_accessories,
        reasons=tuple(reasons),
        notes=tuple(notes),
        escalation_note=facts.escalated_note.strip() if facts.escalated_note is not None else None,
        override_reason=override.reason.strip() if override is not None else None,
        overridden_by=override.by_username.strip() if override is not None else None,
    )


# Rules W2-W5: the tiers from the customer's side, best first (a return offers the most).
_KINDNESS = (Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR, Remedy.PAID_REPAIR)


def sale_date_used(facts: ClaimFacts) -> date | None:
    """The sale date the periods run from: the invoice's, else the serial's registered sale (W1, W10)."""
    return facts.sale_date if facts.has_invoice else facts.registered_sale_date


def judge_kinder(facts: ClaimFacts, at_claim: PolicyTerms,
                 at_sale: PolicyTerms | None) -> tuple[WarrantyDecision, bool]:
    """Judge under the version in force on the claim date and the one in force on the sale date used;
    the decision that gives the customer the better tier, and True when that was the sale date's.

    Decision (W1, W4, W12): the promise is made at sale ("自售出之日起…"), so a policy published later
    never shortens it; a longer later one applies too. On a tie the claim date's version judges.
    ``at_sale`` None (no sale date, or the same version) judges under the claim date's alone.
    """
    decision = judge(facts, at_claim)
    if at_sale is None:
        return decision, False
    promised = judge(facts, at_sale)
    if _KINDNESS.index(promised.rule_best) < _KINDNESS.index(decision.rule_best):
        return replace(promised, reasons=(*promised.reasons, _R_W12_SALE)), True  # the receipt cites W12
    return decision, False


def _validated_sale_date(facts: ClaimFacts) -> date | None:
    """Check the dates and the W8/W10 inputs; return the sale date the periods run from.

    Decision (rule W10): without the invoice its sale date is not read at all; the registered
    sale date (if any) is used instead. With the invoice, the invoice date wins (rule W1).
    """
    claim, note, override = facts.claim_date, facts.escalated_note, facts.override
    sale = sale_date_used(facts)
    received = facts.centre_received_date
    checks = [
        (
            not facts.has_invoice or facts.sale_date is not None,
            QT_TRANSLATE_NOOP("Errors", "Enter the sale date from the invoice (W1)"),
            "sale_date",
        ),
        (  # rule W1: a claim before the sale is invalid input, never a warranty tier
            sale is None or sale <= claim,
            QT_TRANSLATE_NOOP(
                "Errors", "The claim date {claim_date} is before the sale date {sale_date} (W1)"
            ),
            "claim_date",
        ),
        (
            received is None or received <= claim,
            QT_TRANSLATE_NOOP("Errors", "The centre received the unit after the claim date"),
            "centre_received_date",
        ),
        (
            note is None or bool(note.strip()),
            QT_TRANSLATE_NOOP("Errors", "An escalated claim needs a note (W8)"),
            "escalated_note",
        ),
    ]
    if override is not None:
        checks += [
            (
                note is None,
                QT_TRANSLATE_NOOP("Errors", "A claim is either escalated (W8) or overridden"),
                "override",
            ),
            (
                Remedy(override.remedy) is not Remedy.NEGOTIATED,
                QT_TRANSLATE_NOOP("Errors", "Escalate the claim for a negotiated outcome (W8)"),
                "override",
            ),
            (
                bool((override.reason or "").strip()),
                QT_TRANSLATE_NOOP("Errors", "A tier override needs a written reason (W10)"),
                "override_reason",
            ),
            (
                bool((override.by_username or "").strip()),
                QT_TRANSLATE_NOOP("Errors", "A tier override must name its supervisor (W10)"),
                "override_by",
            ),
        ]
    for ok, template, field in checks:
        if not ok:
            raise ValidationError(template, field=field, claim_date=claim, sale_date=sale)
    return sale


def _date_tier(
    facts: ClaimFacts,
    sale: date | None,
    period_ends: tuple[date | None, date | None, date | None],
    reasons: list[str],
) -> Remedy:
    """The tier the dates alone give (rules W2-W5, W10), appending its reasons.

    ``period_ends`` are the last days of the return, exchange and free-repair periods.
    """
    if not facts.has_invoice:
        reasons.append(_R_NO_INV)  # rule W10
        if sale is None:
            reasons.append(_R_NO_DATE)
            return Remedy.PAID_REPAIR
        reasons.append(_R_REG)
    tiers = ((Remedy.RETURN, _R_W2), (Remedy.EXCHANGE, _R_W3), (Remedy.FREE_REPAIR, _R_W4))
    for until, (remedy, reason) in zip(period_ends, tiers, strict=True):
        if until is not None and facts.claim_date <= until:
            reasons.append(reason)
            return remedy
    reasons.append(_R_W5)
    return Remedy.PAID_REPAIR


def _cost_bearer(
    facts: ClaimFacts, terms: PolicyTerms, sale: date | None, tier: Remedy
) -> CostBearer:
    """Who bears the centre's cost under the dealer agreement (rules D10-D14).

    A paid repair is the customer's whatever the dates. A free remedy for user damage can only
    come from an override: goodwill, the centre's own cost (D10, D14). Otherwise the first
    window that holds wins: D11 (from the centre's receipt), D12 (from the sale), D13 (the
    manufacturer's months from the sale), else D14, the centre's promise beyond the maker's.
    Decision: D12/D13 run from the sale date used for the tier, so a registered sale counts
    ("by the sale receipt or invoice", D12); with no sale date at all only D11 or D14 remain.
    """
    claim = facts.claim_date
    if tier is Remedy.PAID_REPAIR:
        return CostBearer.CUSTOMER
    if facts.cause is CauseClass.USER_DAMAGE:
        return CostBearer.FUND_OUT_OF_WARRANTY
    received = facts.centre_received_date
    if received is not None and within_days(received, claim, terms.doa_days):
        return CostBearer.MANUFACTURER_DOA  # rule D11
    if sale is not None and within_days(sale, claim, terms.early_defect_days):
        return CostBearer.MANUFACTURER_EARLY_DEFECT  # rule D12
    if sale is not None and within(sale, claim, terms.manufacturer_warranty_months):
        return CostBearer.FUND_IN_WARRANTY  # rule D13
    return CostBearer.FUND_OUT_OF_WARRANTY  # rules D10, D14


def bearer_after_diagnosis(intake_bearer: CostBearer, cause: CauseClass | None, *,
                           overridden: bool) -> CostBearer:
    """Who bears the cost once the bench has found the cause (W11), from what intake judged.

    The dates, and so every window of D11-D14, are the same at intake and at diagnosis: only user
    damage changes who pays. It makes the repair paid, the customer's (W11, W5), unless a
    supervisor overrode the tier: that goodwill stands and is the centre's own cost (W10 Decision,
    D14), or the customer's if the override was itself a paid repair. ``judge`` given the diagnosed
    facts answers the same (tests/unit/test_warranty_properties.py holds the two together).
    """
    if cause is not CauseClass.USER_DAMAGE or intake_bearer is CostBearer.CUSTOMER:
        return intake_bearer
    return CostBearer.FUND_OUT_OF_WARRANTY if overridden else CostBearer.CUSTOMER


_COST_REASON = {
    CostBearer.MANUFACTURER_DOA: _R_D11,
    CostBearer.MANUFACTURER_EARLY_DEFECT: _R_D12,
    CostBearer.FUND_IN_WARRANTY: _R_D13,
    CostBearer.FUND_OUT_OF_WARRANTY: _R_D14,
    CostBearer.CUSTOMER: _R_CUSTOMER,
}
