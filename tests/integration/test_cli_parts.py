"""``service-counter parts import|export`` and ``stock check|low`` from the command line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.cli import main
from desktop_app.db.models import AuditEntry, FeeSchedule, Part
from desktop_app.db.opening import Database, open_database

LIST = ("配件编号,配件名称,单位,成本价,收费标准价,再订货点\n"
        "PWR-01,电源板,个,120.00,160.00,3\n"
        "NEW-01,光模块,个,80,99.50,1\n"
        ",无编号,个,1,2,0\n"
        "BAD-01,机箱,个,-5,12,0\n")


@pytest.fixture
def depot_url(sqlite_url: str) -> str:
    database = open_database(make_url(sqlite_url))
    try:
        build_depot(database)
    finally:
        database.dispose()
    return sqlite_url


Run = Callable[..., tuple[int, str]]


@pytest.fixture
def run(depot_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str]:
        code = main(["--language", "en", "--database-url", depot_url, *args])
        return code, capsys.readouterr().out

    return invoke


def _db(url: str) -> Database:
    return open_database(make_url(url))


def test_import_preview_lists_counts_and_rejected_rows(run: Run, depot_url: str, tmp_path: Path) -> None:
    source = tmp_path / "厂家配件.csv"
    source.write_bytes(LIST.encode("gbk"))
    code, out = run("parts", "import", str(source))
    assert code == 0
    assert "added 1, changed 1, unchanged 0, rejected 2" in out
    assert "row 4: the part number is missing" in out and "row 5: 成本价 -5 is negative" in out
    assert "~ PWR-01: reorder_level 0 -> 3, fee_price 150.00 -> 160.00" in out and "+ NEW-01 光模块" in out
    database = _db(depot_url)
    with database.sessions.read() as s:
        assert s.scalar(select(Part).where(Part.part_no == "NEW-01")) is None  # a preview writes nothing
    database.dispose()


def test_import_apply_acts_as_the_system_from_the_given_date(run: Run, depot_url: str, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text(LIST, encoding="utf-8-sig")
    effective = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    code, out = run("parts", "import", str(source), "--effective", effective, "--apply")
    assert code == 0 and f"(applied, prices effective {effective})" in out
    database = _db(depot_url)
    with database.sessions.read() as s:
        assert s.scalar(select(FeeSchedule.effective_from).order_by(FeeSchedule.id.desc()).limit(1)).isoformat() \
            == effective
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "parts_import"))
        assert entry.user_id is None and entry.changes["rejected_rows"] == [4, 5]  # the SYSTEM actor
    database.dispose()
    code, out = run("parts", "import", str(source), "--effective", effective)
    assert "added 0, changed 0, unchanged 2, rejected 2" in out


@pytest.mark.parametrize("name", ["parts.xlsx", "parts.csv"])
def test_export_then_import_shows_no_changes(run: Run, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    assert run("parts", "export", str(target)) == (0, f"{target}: 3 parts\n")
    code, out = run("parts", "import", str(target))
    assert code == 0 and "added 0, changed 0, unchanged 3, rejected 0" in out


def test_stock_check_is_clean_then_finds_a_tampered_movement(run: Run, depot_url: str) -> None:
    assert run("stock", "check") == (0, "OK: the stock ledger reconciles with on hand\n")
    database = _db(depot_url)
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO stock_movements (part_id, kind, quantity, at, by_id, is_tool_check_in) "
                                "SELECT id, 'issue', -9, '2030-01-01 00:00:00', 1, 0 FROM parts "
                                "WHERE part_no = 'PWR-01'"))
    database.dispose()
    code, out = run("stock", "check")
    assert code == 1 and "problem(s) in the stock ledger" in out
    assert "takes PWR-01 below zero (-8)" in out and "has no matching part line on a work order" in out


def test_stock_low(run: Run, depot_url: str) -> None:
    assert run("stock", "low") == (0, "No part is below its reorder level.\n")
    database = _db(depot_url)
    with database.sessions.write() as s, s.begin():
        s.scalar(select(Part).where(Part.part_no == "PWR-01")).reorder_level = 4
    database.dispose()
    assert run("stock", "low") == (0, "PWR-01\t电源板\t1 个 < 4\n")


@pytest.mark.parametrize(("args", "message"), [
    (["parts", "import", "list.csv", "--effective", "2026-02-30"], "not a date like"),
    (["parts", "import", "missing.csv"], "Cannot read"),
    (["parts", "import", "list.csv", "--effective", "2001-01-01", "--apply"], "in the past"),
    (["parts", "export", "parts.pdf"], "Export to an .xlsx or .csv file"),
], ids=["bad-date", "no-file", "past", "bad-format"])
def test_bad_input_is_one_line_and_status_2(depot_url: str, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--language", "en", "--database-url", depot_url, *args],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
