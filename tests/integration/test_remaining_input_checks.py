"""Hostile and careless input at the last service entry points: visit identification, the warranty
policy, centre settings, signed rule sheets, and the parts file. Each is refused with a
message naming its field, in the user's language, and nothing is written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import AuditEntry, Claim, Part, RuleAcknowledgement, Setting, Unit, WarrantyPolicyVersion
from desktop_app.db.opening import Database
from desktop_app.errors import BugError, KnownError, ValidationError
from desktop_app.gui.translations import translator_function
from desktop_app.services import parts_import, settings
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.parts_import import PartsImportService
from desktop_app.services.policy import PolicyService
from desktop_app.services.rule_acknowledgements import RuleAcknowledgements
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from test_visit_identification import booked_visit  # one booked visit, as that suite makes it

TODAY = dt.date.today()
CHINESE = translator_function("zh_CN")
RULES = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def written(depot: Depot, *models: type) -> tuple[int, ...]:
    with depot.db.sessions.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (*models, AuditEntry))


def refused_in_chinese(error: KnownError, field: str) -> None:
    assert error.field == field
    shown = error.render(CHINESE)
    assert shown != str(error) and any("\u4e00" <= ch <= "\u9fff" for ch in shown), shown


# -- visit identification -----------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field"), [
    ({"serial": "SN-\x00-1"}, "serial"),
    ({"fault_description": "不通电\x1b[31m"}, "fault_description"),
    ({"invoice_no": "FP\x00001"}, "invoice_no"),
    ({"sale_date": dt.date(1900, 1, 1)}, "sale_date"),
])
def test_a_visit_with_control_characters_or_an_ancient_sale_is_refused_at_its_field(
        depot: Depot, changes: dict, field: str) -> None:
    order_id = booked_visit(depot)
    before = written(depot, Claim, Unit)
    form = dataclasses.replace(VisitProductForm(product_model="S5720-28P", serial="SN-OK-1", fault_description="不通电",
                                                sale_date=TODAY - dt.timedelta(days=30)), **changes)
    with pytest.raises(FormInvalid) as caught:  # every field at once, as intake
        VisitIdentificationService(depot.db.sessions).identify(depot.staff["tech"], order_id, form)
    assert [e.field for e in caught.value.errors] == [field]
    refused_in_chinese(caught.value.errors[0], field)
    assert written(depot, Claim, Unit) == before


# -- warranty policy (W12) ----------------------------------------------------------------------

@pytest.mark.parametrize(("terms", "start", "field"), [
    (dict(repair_months=10**9, long_repair_months=10**9), TODAY, "repair_months"),
    (dict(long_repair_months=10**6), TODAY, "long_repair_months"),
    (dict(doa_days=10**7), TODAY, "doa_days"),
    (dict(manufacturer_warranty_months=5000), TODAY, "manufacturer_warranty_months"),
    (dict(long_repair_categories=frozenset({"no_such_category"})), TODAY, "long_repair_categories"),
    (dict(), dt.date(9999, 12, 31), "effective_from"),
    (dict(), dt.date(1, 1, 1), "effective_from"),
])
def test_a_policy_with_absurd_periods_unknown_categories_or_dates_is_not_published(
        depot: Depot, terms: dict, start: dt.date, field: str) -> None:
    policy = PolicyService(depot.db.sessions)
    before = written(depot, WarrantyPolicyVersion)
    with pytest.raises(ValidationError) as caught:
        policy.publish(depot.staff["manager"], PolicyTerms(version=1, **terms), start)
    refused_in_chinese(caught.value, field)
    assert written(depot, WarrantyPolicyVersion) == before


def test_only_categories_on_record_get_the_longer_repair_period(depot: Depot) -> None:  # W4, W12
    policy, manager = PolicyService(depot.db.sessions), depot.staff["manager"]
    with pytest.raises(ValidationError, match="no_such"):
        policy.publish(manager, PolicyTerms(version=1, long_repair_categories=frozenset({"switch", "no_such"})), TODAY)
    # A category on record, and the one the version in force names (no product of it yet), are fine.
    published = policy.publish(manager, PolicyTerms(
        version=1, long_repair_categories=frozenset({"switch", "industrial_ethernet"})), TODAY)
    assert published.version == 2 and published.long_repair_categories == {"switch", "industrial_ethernet"}


# -- centre settings ----------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value"), [
    ("centre.name", ""),
    ("centre.name", "服" * 500),
    ("centre.address", "深圳\x00南山"),
    ("centre.phone", "0755\n8632"),
    ("service.on_site_cities", "深圳"),
    ("service.on_site_cities", ["深圳", ""]),
    ("service.on_site_cities", ["深圳", 7]),
    ("security.idle_lock_minutes", -1),
    ("security.idle_lock_minutes", "ten"),
    ("security.idle_lock_minutes", 10**12),
    ("security.max_failed_sign_ins", 0),
    ("security.lockout_minutes", True),
    ("service.repeat_repair_days", 0),
    ("service.on_site_cities", []),
    ("centre.phone", 75501234),
])
def test_a_setting_out_of_range_is_refused_and_not_stored(depot: Depot, key: str, value: object) -> None:
    before = written(depot, Setting)
    with pytest.raises(ValidationError) as caught, depot.db.sessions.write() as s, s.begin():
        settings.put(s, key, value)
    refused_in_chinese(caught.value, key)
    assert written(depot, Setting) == before


def test_an_unknown_setting_key_is_a_programming_error_and_not_stored(depot: Depot) -> None:
    before = written(depot, Setting)
    with pytest.raises(BugError), depot.db.sessions.write() as s, s.begin():
        settings.put(s, "centre.nmae", "深圳讯联售后")
    assert written(depot, Setting) == before


def test_settings_in_range_are_stored_trimmed(depot: Depot) -> None:
    with depot.db.sessions.write() as s, s.begin():
        settings.put(s, "centre.name", "  深圳讯联售后  ")
        settings.put(s, "service.on_site_cities", [" 深圳 ", "广州"])
        settings.put(s, "security.idle_lock_minutes", 0)  # 0: the window never locks by itself
    with depot.db.sessions.read() as s:
        assert settings.get(s, "centre.name") == "深圳讯联售后"
        assert settings.get(s, "service.on_site_cities") == ["深圳", "广州"]
        assert settings.get(s, "security.idle_lock_minutes") == 0


# -- signed rule sheets (E24) -------------------------------------------------------------------

@pytest.mark.parametrize(("who", "version", "signed_on", "field"), [
    ("tech", 1, None, "signed_on"),
    ("tech", 1, "2026-01-01", "signed_on"),
    (None, 1, TODAY, "staff"),
    (2**40, 1, TODAY, "staff"),
    ("tech", 2**40, TODAY, "version"),
    ("tech", None, TODAY, "version"),
])
def test_a_signed_sheet_with_a_bad_date_staff_or_version_is_not_filed(
        depot: Depot, who: object, version: object, signed_on: object, field: str) -> None:
    AssessmentService(depot.db.sessions).publish_rules(depot.staff["manager"], RULES, TODAY - dt.timedelta(days=10))
    staff_id = depot.staff[who].staff_id if isinstance(who, str) else who
    before = written(depot, RuleAcknowledgement)
    with pytest.raises(ValidationError) as caught:
        RuleAcknowledgements(depot.db.sessions).record_signed(depot.staff["manager"], staff_id, version, signed_on)
    refused_in_chinese(caught.value, field)
    assert written(depot, RuleAcknowledgement) == before


# -- the parts file (D6) ------------------------------------------------------------------------

HEADER = "配件编号,名称,适用机型,类别,易损件,单位,成本价,收费价,再订货点,启用\n"


def _header_only_workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADER.strip().split(","))
    book.create_sheet().append(["P-9", "另一张表的配件"])  # only the first sheet is the list
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data"), [
    ("parts.csv", HEADER.encode()),
    ("parts.csv", (HEADER + ",,,,,,,,,\n\n").encode()),
    ("parts.xlsx", _header_only_workbook()),
])
def test_a_parts_file_with_headers_but_no_rows_is_refused_and_nothing_imported(depot: Depot, name: str, data: bytes) -> None:
    service = PartsImportService(depot.db.sessions)
    before = written(depot, Part)
    for attempt in (lambda: service.preview(name, data), lambda: service.apply(depot.staff["manager"], name, data)):
        with pytest.raises(ValidationError) as caught:
            attempt()
        refused_in_chinese(caught.value, "file")
    assert written(depot, Part) == before


def test_a_parts_file_beyond_the_size_limit_is_refused_before_it_is_read(
        depot: Depot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts_import, "MAX_FILE_BYTES", 1024, raising=False)  # 50 MB in the app
    big = tmp_path / "parts.csv"
    big.write_text(HEADER + "".join(f"P-{n},风扇,,,否,个,10,20,1,是\n" for n in range(100)), encoding="utf-8")
    service, before = PartsImportService(depot.db.sessions), written(depot, Part)
    for attempt in (lambda: service.preview(big), lambda: service.preview(big.name, big.read_bytes()),
                    lambda: service.apply(depot.staff["manager"], big)):
        with pytest.raises(ValidationError) as caught:
            attempt()
        refused_in_chinese(caught.value, "file")
    assert written(depot, Part) == before
