"""Papers made from the command line leave the preparer blank for a hand signature, and refuse a file
name whose ending they cannot write."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.core.service_fund import quarter_of
from desktop_app.db.opening import open_database


@pytest.fixture
def empty(db_url: str) -> str:
    open_database(make_url(db_url)).dispose()  # a new, migrated database (SQLite and PostgreSQL)
    return db_url


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_fund_statement_from_the_command_line_is_not_signed_by_the_system(empty: str, tmp_path: Path) -> None:
    quarter = quarter_of(dt.date.today())
    assert main(["--database-url", empty, "report", "fund", "--from", quarter, "-o", str(tmp_path / "f.pdf")]) == 0
    text = _text(tmp_path / "f.pdf")
    assert "服务基金季度结算表" in text and "System" not in text and "系统" not in text
    signature = next(line for line in text.splitlines() if line.split()[:1] == ["制表"] and "审核" in line)
    assert signature.split()[:2] == ["制表", "审核"]  # blank: the preparer signs by hand


@pytest.mark.parametrize(("command", "name"), [
    (["report", "monthly", "--month", "2026-11"], "m.docx"),
    (["report", "improvement", "--from", "2026-10", "--to", "2026-11"], "i.xlsx"),
    (["print", "return", "RT-2026-000001"], "r.xlsx"),
])
def test_a_file_name_the_paper_cannot_be_is_refused(empty: str, tmp_path: Path, command: list[str], name: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", empty, *command, "-o", str(tmp_path / name)]) == 2
    error = capsys.readouterr().err
    assert name in error and ".pdf" in error and "扩展名" in error
    assert not (tmp_path / name).exists()
