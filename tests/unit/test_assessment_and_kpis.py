"""Assessment rules (E3, E21, E23, E24) and KPI arithmetic on hand-built months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop_app.core.assessment import PublishedVersion, RuleTerms, consequence, version_in_force
from desktop_app.core.kpis import OrderFacts, month_figures
from desktop_app.core.vocabulary import ComplaintCategory as C, DemeritKind, FineReason
from desktop_app.errors import ValidationError

V1 = PublishedVersion(1, 1, dt.date(2026, 1, 1))
V2 = PublishedVersion(2, 2, dt.date(2026, 6, 15))


def test_version_in_force_at_the_boundary_day() -> None:  # rule E24
    assert version_in_force([V1, V2], dt.date(2026, 6, 14)) == V1
    assert version_in_force([V1, V2], dt.date(2026, 6, 15)) == V2
    assert version_in_force([V1, V2], dt.date(2025, 12, 31)) is None


@pytest.mark.parametrize(("category", "kind"), [
    (C.QUARREL, DemeritKind.MAJOR), (C.ASKING_FOR_MONEY, DemeritKind.MAJOR), (C.LATE_PERSONAL, DemeritKind.MAJOR),
    (C.REPEAT_REPAIR_PERSONAL, DemeritKind.MAJOR), (C.ATTITUDE, DemeritKind.CRITICISM), (C.NON_QUALITY, None),
    (C.DESIGN_DEFECT, None), (C.OTHER, None)])
def test_what_a_verified_complaint_leads_to(category: C, kind: DemeritKind | None) -> None:  # rules E3, E21
    assert consequence(category) is kind


def test_rule_terms_need_every_fine_and_valid_amounts() -> None:  # rule E23
    good = {"fines": {r.value: "50" for r in FineReason}, "attitude_bonus_deduction": "100.00"}
    terms = RuleTerms.from_dict(good)
    assert terms.fines[FineReason.LATE_ARRIVAL] == D("50.00") and RuleTerms.from_dict(terms.to_dict()) == terms
    with pytest.raises(ValidationError):
        RuleTerms.from_dict({"fines": {"late_arrival": "50"}})
    with pytest.raises(ValidationError):
        RuleTerms.from_dict({**good, "attitude_bonus_deduction": "-1"})
    with pytest.raises(ValidationError):
        RuleTerms.from_dict({**good, "fines": {**good["fines"], "late_arrival": "abc"}})


def _order(number: str, **kw: object) -> OrderFacts:
    values = dict(completed=True, answered_within_24h=True, on_site=False, on_time=None, repeat=False,
                  report_incomplete=False)
    values.update(kw)
    return OrderFacts(number, **values)  # type: ignore[arg-type]


def test_a_month_with_figures() -> None:
    orders = [_order("WO-1"), _order("WO-2", answered_within_24h=False),
              _order("WO-3", on_site=True, on_time=False, repeat=True),
              _order("WO-4", on_site=True, on_time=True, completed=False, report_incomplete=True)]
    figures = month_figures(orders, [5, 4, 4], verified_complaints=1, major_demerits=1, fines=[D("50"), D("20.50")])
    assert figures.completed == 3 and figures.surveys == 3 and figures.satisfaction == D("4.33")
    assert figures.answered_24h_rate == D("0.750") and figures.on_time_rate == D("0.500")
    assert (figures.repeats, figures.incomplete_reports, figures.fines_total) == (1, 1, D("70.50"))


def test_a_month_with_nothing_and_no_surveys() -> None:
    figures = month_figures([], [], verified_complaints=0, major_demerits=0, fines=[])
    assert figures.completed == 0 and figures.satisfaction is None and figures.answered_24h_rate is None
    assert figures.on_time_rate is None and figures.fines_total == D("0.00")
