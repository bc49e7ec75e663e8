"""Importing the manufacturer's parts list on both databases: preview, all-or-nothing apply, round trip (D6, D9)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.db.models import AuditEntry, FeeSchedule, FeeScheduleItem, Part
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services import parts_import
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.parts_catalogue import PartsCatalogue
from desktop_app.services.parts_import import PartsImportService

TODAY = dt.date(2026, 3, 2)
HEADER = "配件编号,配件名称,适用型号,类别,易损件,单位,成本价,收费标准价,再订货点"
LIST = "\n".join((
    HEADER,
    "PWR-01,电源板,S5720-28P,电源,否,个,120.00,160.00,2",  # fee 150 -> 160, category and reorder level new
    "FAN-01,风扇,,,否,个,35.50,45.00,0",  # as in the catalogue: unchanged
    "NEW-01,光模块,S5720-28P、S5720-52P,光模块,否,个,80,99.50,1",  # added
    "BAD-01,机箱,,,否,吨,10,12,0",  # rejected: unknown unit
    "NEW-01,光模块,,,否,个,80,99.50,1",  # rejected: repeats row 4
))


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _service(depot: Depot, today: dt.date = TODAY) -> PartsImportService:
    return PartsImportService(depot.db.sessions, today=lambda: today)


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (  # type: ignore[return-value]
            Part, FeeSchedule, FeeScheduleItem, AuditEntry))


def test_preview_writes_nothing_and_shows_added_changed_rejected(depot: Depot) -> None:
    before = _counts(depot.db)
    preview = _service(depot).preview("list.csv", LIST.encode("gbk"))
    assert [c.part_no for c in preview.added] == ["NEW-01"] and preview.unchanged == 1
    (changed,) = preview.changed
    assert changed.part_no == "PWR-01" and {c.field: (c.old, c.new) for c in changed.changes} == {
        "category": (None, "电源"), "reorder_level": (0, 2), "compatible_models": ((), ("S5720-28P",)),
        "fee_price": (Decimal("150.00"), Decimal("160.00"))}
    assert [(r.row, r.render()) for r in preview.rejected] == [
        (5, "row 5: unknown unit “吨” (use one of 个 台 块 条 套 只 根 米 片 把 卷 盒 包 对 张 组 件 支 颗 粒 瓶 副 本 箱 袋 节)"),
        (6, "row 6: part number NEW-01 repeats row 4")]
    assert _counts(depot.db) == before


def test_apply_publishes_a_version_and_audits_each_part(depot: Depot) -> None:
    result = _service(depot).apply(depot.staff["manager"], "list.csv", LIST.encode("utf-8-sig"))
    assert (len(result.added), len(result.changed), len(result.rejected)) == (1, 1, 2)
    catalogue = PartsCatalogue(depot.db.sessions, today=lambda: TODAY)
    # D6/D9: an order dated before the version keeps the old price, one from its date the new.
    assert catalogue.price_on("PWR-01", TODAY - dt.timedelta(days=1)).fee_price == Decimal("150.00")
    assert catalogue.price_on("PWR-01", TODAY).fee_price == Decimal("160.00")
    assert catalogue.price_on("FAN-01", TODAY).effective_from == dt.date(2020, 1, 1)  # unchanged: no new line
    assert catalogue.price_on("NEW-01", TODAY - dt.timedelta(days=1)) is None
    new = catalogue.get_part("NEW-01", day=TODAY)
    assert new.compatible_models == ("S5720-28P", "S5720-52P") and new.fee_price == Decimal("99.50")
    with depot.db.sessions.read() as s:
        schedule = s.scalar(select(FeeSchedule).where(FeeSchedule.effective_from == TODAY))
        assert schedule.id == result.schedule_id and len(schedule.items) == 2
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity.in_(("part", "parts_import")))))
    assert sorted((e.entity, e.action) for e in entries) == [
        ("part", "create"), ("part", "update"), ("parts_import", "import")]
    assert all(e.user_id == depot.staff["manager"].staff_id for e in entries)
    update = next(e for e in entries if e.action == "update")
    assert update.changes["fee_price"] == {"old": "150.00", "new": "160.00"} and update.changes["prices_from"]


def test_only_the_manager_applies_and_never_in_the_past(depot: Depot) -> None:
    with pytest.raises(MissingPermission):
        _service(depot).apply(depot.staff["sup"], "list.csv", LIST.encode())
    with pytest.raises(ValidationError, match="cannot take effect in the past"):
        _service(depot).apply(depot.staff["manager"], "list.csv", LIST.encode(),
                              effective_from=TODAY - dt.timedelta(days=1))


def test_a_failure_mid_apply_writes_nothing(depot: Depot, monkeypatch: pytest.MonkeyPatch) -> None:
    """FAN-01 looks new to the apply (as if inserted by another user meanwhile): its insert fails at flush,
    after NEW-01 and PWR-01 were already flushed, and the whole import rolls back."""
    real = parts_import._existing_parts
    monkeypatch.setattr(parts_import, "_existing_parts",
                        lambda s: {k: v for k, v in real(s).items() if k != "FAN-01"})
    before = _counts(depot.db)
    rows = "\n".join((HEADER, "NEW-01,光模块,,,否,个,80,99.50,1", "PWR-01,电源板,,,否,个,120,160,0",
                      "FAN-01,风扇,,,否,个,35.50,45.00,0"))
    with pytest.raises(ValidationError, match="nothing was imported"):
        _service(depot).apply(depot.staff["manager"], "list.csv", rows.encode())
    assert _counts(depot.db) == before
    assert PartsCatalogue(depot.db.sessions).price_on("PWR-01", TODAY).fee_price == Decimal("150.00")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_changes_nothing(depot: Depot, tmp_path: Path, suffix: str) -> None:
    service = _service(depot)
    service.apply(depot.staff["manager"], "list.csv", LIST.encode())
    target = tmp_path / f"parts{suffix}"
    assert service.export(target) == 4
    before = _counts(depot.db)
    preview = service.preview(target)
    assert (preview.added, preview.changed, preview.rejected, preview.unchanged) == ((), (), (), 4)
    applied = service.apply(depot.staff["manager"], target)
    assert applied.schedule_id is None and applied.unchanged == 4
    assert _counts(depot.db)[:3] == before[:3]  # only the import's own audit entry is new


def test_prices_in_force_by_date_across_versions(depot: Depot) -> None:
    later = TODAY + dt.timedelta(days=30)
    rows = lambda fee: f"{HEADER}\nPWR-01,电源板,,,否,个,120,{fee},0".encode()  # noqa: E731
    _service(depot).apply(depot.staff["manager"], "a.csv", rows("155"))
    preview = _service(depot).preview("b.csv", rows("170"), effective_from=later)
    assert {c.field: c.old for c in preview.changed[0].changes}["fee_price"] == Decimal("155.00")
    _service(depot).apply(depot.staff["manager"], "b.csv", rows("170"), effective_from=later)
    catalogue = PartsCatalogue(depot.db.sessions)
    assert [catalogue.price_on("PWR-01", day).fee_price for day in (
        dt.date(2020, 1, 1), TODAY, later - dt.timedelta(days=1), later, later + dt.timedelta(days=365))] == [
        Decimal("150.00"), Decimal("155.00"), Decimal("155.00"), Decimal("170.00"), Decimal("170.00")]
    # The same list again on the same day amends nothing: the version already holds those prices.
    again = _service(depot).apply(depot.staff["manager"], "b.csv", rows("170"), effective_from=later)
    assert again.changed == () and again.unchanged == 1


def test_an_absent_optional_column_keeps_the_catalogue_value(depot: Depot) -> None:
    """The wear flag (W6) is the manager's: a list without 易损件 leaves ADP-12V a wear part."""
    rows = "配件编号,配件名称,单位,成本价,收费标准价\nADP-12V,电源适配器,个,20.00,28.00\n"
    result = _service(depot).apply(depot.staff["manager"], "c.csv", rows.encode())
    assert result.unchanged == 1
    assert PartsCatalogue(depot.db.sessions).get_part("ADP-12V").is_wear_part is True
