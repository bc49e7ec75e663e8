"""The headless commands: version, db upgrade/check/current, and clear errors for foreign files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.db import migrate
from desktop_app.db.engine import create_engine_for


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"service-counter {__version__}"


def test_upgrade_then_check_then_current(blank_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db_url = blank_db_url
    assert main(["--database-url", db_url, "db", "upgrade"]) == 0
    assert main(["--database-url", db_url, "db", "check"]) == 0
    assert "migrations match the models" in capsys.readouterr().out
    assert main(["--database-url", db_url, "db", "current"]) == 0
    assert capsys.readouterr().out.strip() == migrate.head_revision()


def test_check_reports_a_schema_that_drifted_from_the_models(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", sqlite_url, "db", "upgrade"]) == 0
    engine = create_engine_for(make_url(sqlite_url))
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_customers_phone"))
    engine.dispose()
    assert main(["--database-url", sqlite_url, "db", "check"]) == 1
    assert "ix_customers_phone" in capsys.readouterr().out


def test_database_url_from_the_environment(
    blank_sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_url = blank_sqlite_url
    monkeypatch.setenv("SERVICE_COUNTER_DATABASE_URL", sqlite_url)
    assert main(["db", "upgrade"]) == 0
    assert Path(make_url(sqlite_url).database).exists()


def test_a_text_file_gets_a_clear_message_in_chinese_by_default(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--database-url", f"sqlite:///{path}", "db", "upgrade"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr and "售后服务台" in result.stderr
    assert path.read_text() == "not a database"


def test_a_plain_file_path_is_the_sqlite_database_in_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--database", "counter.sqlite3", "db", "upgrade"]) == 0  # relative to where it is run
    assert main(["--database-url", str(tmp_path / "counter.sqlite3"), "db", "current"]) == 0
    assert capsys.readouterr().out.strip().endswith(migrate.head_revision())
    assert (tmp_path / "counter.sqlite3").stat().st_size > 0
