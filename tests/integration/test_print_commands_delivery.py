"""The command line logs a document as printed only once ``--output`` was written whole; a bad output
place prints one plain line, exits non-zero and logs nothing; the same command to a good place logs once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.db.models import AuditEntry, Claim, PrintedDocument, WorkOrder
from desktop_app.db.opening import open_database
from desktop_app.services.sample_data import load_sample_data

MONTH = dt.date.today().strftime("%Y-%m")


@pytest.fixture
def loaded(sqlite_url: str) -> tuple[str, str, str]:
    """The database URL, a claim number and a closed work order's number."""
    database = open_database(make_url(sqlite_url))
    try:
        load_sample_data(database.sessions, claims=30)
        with database.sessions.read() as s:
            claim = s.scalar(select(Claim.number).order_by(Claim.id.desc()).limit(1))
            order = s.scalar(select(WorkOrder.number).where(WorkOrder.state == WorkOrderState.CLOSED).limit(1))
    finally:
        database.dispose()
    return sqlite_url, claim, order


def logged(url: str) -> list[tuple[str, str | None]]:
    database = open_database(make_url(url))
    try:
        with database.sessions.read() as s:
            rows = s.execute(select(PrintedDocument.document, PrintedDocument.target)
                             .order_by(PrintedDocument.id)).all()
            audits = s.scalars(select(AuditEntry.changes).where(AuditEntry.action == "print")).all()
    finally:
        database.dispose()
    assert [a["document"] for a in audits] == [document for document, _ in rows]  # one audit entry each
    return [tuple(row) for row in rows]


def bad_places(tmp_path: Path) -> list[Path]:
    """Unwritable even for root (the tests run as root in CI): a folder's own name, a file inside a file."""
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    plain = tmp_path / "plain"
    plain.write_text("x")
    return [folder, plain / "out.pdf"]


@pytest.mark.parametrize("command", [
    pytest.param(lambda claim, order: ["print", "receipt", claim], id="receipt"),
    pytest.param(lambda claim, order: ["print", "survey", order], id="survey (E17)"),
    pytest.param(lambda claim, order: ["print", "label", claim], id="label"),
    pytest.param(lambda claim, order: ["report", "monthly", "--month", MONTH], id="monthly report (D3)"),
])
def test_a_bad_output_logs_nothing_and_a_good_one_logs_once(loaded, tmp_path: Path, capsys, command) -> None:
    url, claim, order = loaded
    args = ["--database-url", url, *command(claim, order)]
    for place in bad_places(tmp_path):
        assert main([*args, "-o", str(place)]) != 0
        err = capsys.readouterr().err
        assert str(place) in err and "未能保存" in err and "Traceback" not in err  # in the user's language
    assert logged(url) == []
    good = tmp_path / "good.pdf"
    assert main([*args, "-o", str(good)]) == 0
    assert good.read_bytes().startswith(b"%PDF")
    [(document, target)] = logged(url)
    assert target == str(good)
