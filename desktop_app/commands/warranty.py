"""``service-counter warranty``: the warranty judgement for phone support and scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from typing import Any

from desktop_app.core.vocabulary import CauseClass, CostBearer, Remedy
from desktop_app.core.warranty import ClaimFacts, WarrantyDecision, judge_kinder
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.policy import PolicyService

GENERAL = "general"  # every product category without a longer repair period (rule W4)

_TIER_NAMES = {
    Remedy.RETURN: "return_exchange_repair",
    Remedy.EXCHANGE: "exchange_repair",
    Remedy.FREE_REPAIR: "free_repair",
    Remedy.PAID_REPAIR: "paid_repair",
}
_REMEDY_NAMES = {Remedy.RETURN: "return", Remedy.EXCHANGE: "exchange", Remedy.FREE_REPAIR: "repair",
                 Remedy.PAID_REPAIR: "repair"}
_COST_NAMES = {
    CostBearer.MANUFACTURER_DOA: "manufacturer",
    CostBearer.MANUFACTURER_EARLY_DEFECT: "manufacturer",
    CostBearer.FUND_IN_WARRANTY: "fund_in_warranty",
    CostBearer.FUND_OUT_OF_WARRANTY: "fund_out_of_warranty",
    # A paid repair: the customer pays the centre; the parts and freight are the centre's,
    # outside the manufacturer's warranty (rule D14).
    CostBearer.CUSTOMER: "fund_out_of_warranty",
}
_RULE = re.compile(r"\b[WSDE]\d+\b")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("warranty", help="what a customer is entitled to (rules W1-W12, D11-D14)")
    parser.add_argument("--category", required=True, help="policy category: general, industrial-ethernet, ...")
    parser.add_argument("--sold", help="sale date on the invoice, YYYY-MM-DD")
    parser.add_argument("--claimed", required=True, help="claim date, YYYY-MM-DD")
    parser.add_argument("--received", help="the centre's receipt of the goods, YYYY-MM-DD (rule D11)")
    parser.add_argument("--no-invoice", action="store_true", help="the customer has no invoice (rule W10)")
    parser.add_argument("--user-damage", action="store_true", help="damage caused by the user (rule W11)")
    parser.add_argument("--missing-accessory", action="append", default=[], metavar="NAME")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def categories(terms: PolicyTerms) -> dict[str, str]:
    """Policy category key -> a product category code the judge understands."""
    keys = {GENERAL: GENERAL}
    keys.update({code.replace("_", "-"): code for code in sorted(terms.long_repair_categories)})
    return keys


def _date(text: str | None, field: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{option}: “{value}” is not a date like 2026-03-31."),
            field=field, option=field, value=text,
        ) from None


def run(args: argparse.Namespace) -> int:
    claimed = _date(args.claimed, "--claimed")
    sold = _date(args.sold, "--sold")
    received = _date(args.received, "--received")
    database = open_database(resolve_database_url(args.database_url))
    try:
        policy = PolicyService(database.sessions)
        terms = policy.current_terms(claimed)  # in force on the claim date (W12)
        # ... or, if kinder to the customer, the one in force at the sale (W1, W4, W12), as intake judges
        at_sale = policy.current_terms(sold) if sold is not None else None
    finally:
        database.dispose()
    known = categories(terms)
    if args.category not in known:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown product category “{value}”; use one of: {known}."),
            field="--category", value=args.category, known=", ".join(known),
        )
    if sold is None and not args.no_invoice:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "--sold is required unless --no-invoice is given."), field="--sold"
        )
    facts = ClaimFacts(
        claim_date=claimed, product_category=known[args.category], sale_date=sold,
        has_invoice=not args.no_invoice,
        # W10: without an invoice a --sold date stands for the sale registered for the serial.
        registered_sale_date=sold if args.no_invoice else None,
        centre_received_date=received,
        cause=CauseClass.USER_DAMAGE if args.user_damage else CauseClass.QUALITY_DEFECT,
        accessories_missing=tuple(args.missing_accessory),
    )
    same = at_sale is None or at_sale.version == terms.version
    result = as_json(judge_kinder(facts, terms, None if same else at_sale)[0], facts)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{result['tier']}: {', '.join(result['remedies'])}"
              f" ({'free' if result['free'] else 'charged'}; until {result['tier_ends'] or '-'})")
        print(f"cost: {result['cost_bearer']}; rules: {' '.join(result['rules'])};"
              f" policy version {result['policy_version']}")
        for charge in result["charges"]:
            print(f"charge: {charge['item']} ({charge['reason']})")
    return 0


def as_json(decision: WarrantyDecision, facts: ClaimFacts) -> dict[str, Any]:
    tier = decision.rule_best if decision.best is Remedy.NEGOTIATED else decision.best
    remedies = list(dict.fromkeys(_REMEDY_NAMES[r] for r in decision.offered if r in _REMEDY_NAMES))
    tier_ends = {
        Remedy.RETURN: decision.return_until,
        Remedy.EXCHANGE: decision.exchange_until,
        Remedy.FREE_REPAIR: decision.repair_until,
    }.get(tier)
    charges = []
    if decision.charge_missing_accessories:
        charges += [{"item": name, "reason": "W2: missing accessory, charged at cost price"}
                    for name in facts.accessories_missing]
    if tier is Remedy.PAID_REPAIR:
        reason = "W11: user damage" if facts.cause is CauseClass.USER_DAMAGE else "W5: repair cost only"
        charges.append({"item": "repair", "reason": f"{reason}; parts at the fee schedule's cost price"})
    rules: list[str] = []
    for text in (*decision.reasons, *decision.notes):
        rules += [r for r in _RULE.findall(text) if r not in rules]
    return {
        "tier": _TIER_NAMES[tier],
        "remedies": remedies,
        "free": tier is not Remedy.PAID_REPAIR,
        "tier_ends": tier_ends.isoformat() if tier_ends else None,
        "needs_approval": ["return"] if decision.needs_manager_approval else [],
        "charges": charges,
        "cost_bearer": _COST_NAMES[decision.cost_bearer],
        "rules": rules,
        "policy_version": str(decision.policy_version),
    }
