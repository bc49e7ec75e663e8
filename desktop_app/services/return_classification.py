"""Who bears a line shipped back to the manufacturer (D11-D14), under the policy the manager published."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.calendar_periods import within, within_days
from desktop_app.core.vocabulary import CostBearer
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.db.models import Claim, Part, ReturnApplication, StockMovement, Unit
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import final_judgement
from desktop_app.services.policy import version_on


def classify(unit: Unit | None, found_on: dt.date, terms: PolicyTerms = DEFAULT_POLICY, *,
             sale_date: dt.date | None = None, received: dt.date | None = None) -> CostBearer:
    """D11 within ``doa_days`` of the centre's receipt, D12 within ``early_defect_days`` of the sale,
    D13 within the manufacturer's months, else D14 (the centre's own promise), all counted to the day
    the defect was found: D11 has the centre repair first and wait for the manufacturer's
    confirmation, so the application itself normally comes after the window closed. ``sale_date``
    and ``received`` override the unit's own dates (a claim's dates as judged)."""
    received = received if received is not None else (unit.centre_received_date if unit is not None else None)
    sale = sale_date if sale_date is not None else (unit.sale_date if unit is not None else None)
    if received and within_days(received, found_on, terms.doa_days):
        return CostBearer.MANUFACTURER_DOA
    if sale:
        if within_days(sale, found_on, terms.early_defect_days):
            return CostBearer.MANUFACTURER_EARLY_DEFECT
        if within(sale, found_on, terms.manufacturer_warranty_months):
            return CostBearer.FUND_IN_WARRANTY
    return CostBearer.FUND_OUT_OF_WARRANTY


def terms_on(s: Session, day: dt.date) -> PolicyTerms:
    """Rule W12: the version in force on ``day`` (the default while none is published)."""
    row = version_on(s, day)
    return PolicyTerms.from_dict(row.terms) if row is not None else DEFAULT_POLICY


def line_bearer(s: Session, claim: Claim | None, unit: Unit | None, found_on: dt.date) -> CostBearer:
    """Who bears a line shipped back (D11-D14). A line for a claim goes by the claim as finally
    judged (W11, W12): DOA or early defect stay the manufacturer's, in or out of warranty the fund's,
    and a claim the warranty does not cover (a paid repair, user damage found at the bench: W5, W11)
    the centre's own (D14). A claim stored without a judgement is classified from its own facts: its
    date, its policy version and the sale date it was judged from. A line without a claim is
    classified on the day the defect was found, under the policy in force that day."""
    if claim is not None:
        judged = final_judgement.of_claim(s, claim).cost_bearer
        if judged is not None:
            return CostBearer.FUND_OUT_OF_WARRANTY if judged is CostBearer.CUSTOMER else judged
        version = claim.policy_version
        terms = PolicyTerms.from_dict(version.terms) if version is not None else terms_on(s, claim.claim_date)
        return classify(claim.unit, claim.claim_date, terms, sale_date=final_judgement.claim_sale_date(claim))
    return classify(unit, found_on, terms_on(s, found_on))


def check_found_on(s: Session, found_on: dt.date | None, today: dt.date, unit: Unit | None, part: Part | None,
                   field: str) -> dt.date:
    """The day the defect was found: default today, never in the future, never before the goods were
    at the centre (the unit's receipt; for a part, the first time any of it came into stock)."""
    day = found_on or today
    if day > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The day the defect was found cannot be in the future."),
                              field=field)
    earliest = unit.centre_received_date if unit is not None else None
    if part is not None:
        first_in = s.scalar(select(func.min(StockMovement.at)).where(StockMovement.part_id == part.id,
                                                                     StockMovement.quantity > 0))
        earliest = first_in.astimezone().date() if first_in is not None else None
    if earliest is not None and day < earliest:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The defect cannot have been found on {day}: the goods reached the centre on {received}."),
            field=field, day=day.isoformat(), received=earliest.isoformat())
    return day


def reclassify(s: Session, application: ReturnApplication) -> dict[str, list[str]]:
    """Every line is re-judged before the manufacturer sees the paper, as ``create`` judged it: a
    claim's line by the claim's final judgement (W11: user damage found at the bench after the line
    was made makes it the centre's, D14), a stock line on the day its defect was found, from the
    unit's dates and the policy in force that day as they read now (a corrected sale or receipt
    date, a policy version published for that day: D11-D14, W12). A line made before its found-on
    day was stored (migration 0007) keeps its class. Returns the changes {line id: [before, after]}
    for the audit entry."""
    changed = {}
    for line in application.lines:
        if line.claim_id is not None:
            claim = s.get(Claim, line.claim_id)
            bearer = line_bearer(s, claim, None, claim.claim_date)
        elif line.found_on is not None:
            unit = s.get(Unit, line.unit_id) if line.unit_id is not None else None
            bearer = line_bearer(s, None, unit, line.found_on)
        else:
            continue
        if bearer is not line.cost_bearer:
            changed[str(line.id)] = [line.cost_bearer.value, bearer.value]
            line.cost_bearer = bearer
    return changed
