"""A full disk or a read-only place: a plain message naming the file, nothing half-written, work goes on."""

# Tests run as root in CI, where chmod 0o555 stops nothing, and a loop mount needs privileges the
# CI may not have. So: SQLite's own limit (max_page_count) and read-only switch (query_only) make
# the database and the backup hit a real SQLITE_FULL / SQLITE_READONLY; for plain files the OS
# error is injected at the call that would get it from a full or read-only file system.

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import AuditEntry, Claim, Customer, Product, Unit, WorkOrder
from desktop_app.db.opening import Database, open_database
from desktop_app.disk_errors import WriteTrouble, write_trouble
from desktop_app.documents import saving
from desktop_app.documents.saving import SaveFailed, save_document
from desktop_app.errors import DatabaseUnavailable
from desktop_app.gui.translations import translator_function
from desktop_app.services import backups
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.backups import BackupFailed, BackupService, verify_backup
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.sample_data import load_sample_data

PDF = b"%PDF-1.4\n" + b"x" * 50_000 + b"\n%%EOF\n"
CHINESE = translator_function("zh_CN")
FULL = OSError(errno.ENOSPC, "No space left on device")


def chinese(error: BaseException) -> str:
    return error.render(CHINESE)  # type: ignore[attr-defined]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fail_fsync(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    """The disk fills while the file is written: the data was accepted, the flush to disk fails."""
    def fsync(_fd: int) -> None:
        raise error
    monkeypatch.setattr(saving.os, "fsync", fsync)


def refuse_creating_in(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """``folder`` behaves as on a read-only mount: creating a file in it fails with ``code``."""
    real_open = Path.open

    def guarded(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.parent == folder and any(c in mode for c in "wax+"):
            raise OSError(code, "Read-only file system", str(self))
        return real_open(self, mode, *args, **kwargs)
    monkeypatch.setattr(Path, "open", guarded)
    monkeypatch.setattr(saving, "open", lambda path, mode="r", *a, **k: guarded(Path(path), mode, *a, **k),
                        raising=False)


# --- saving a document ------------------------------------------------------------------------------

def test_a_pdf_on_a_full_disk_leaves_no_partial_file_and_says_so(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "受理单.pdf"
    fail_fsync(monkeypatch, FULL)
    with pytest.raises(SaveFailed) as caught:
        save_document(target, PDF)
    assert files_in(tmp_path) == []  # neither the PDF nor its temporary file
    assert str(target) in str(caught.value) and "The disk is full" in str(caught.value)
    assert str(target) in chinese(caught.value) and "磁盘已满" in chinese(caught.value)


def test_a_full_disk_never_destroys_the_earlier_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF yesterday's report")
    fail_fsync(monkeypatch, FULL)
    with pytest.raises(SaveFailed):
        save_document(target, PDF)
    assert target.read_bytes() == b"%PDF yesterday's report" and files_in(tmp_path) == ["report.pdf"]


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_is_named_as_such(tmp_path: Path, monkeypatch, code: int) -> None:
    target = tmp_path / "report.pdf"
    refuse_creating_in(monkeypatch, tmp_path, code)
    with pytest.raises(SaveFailed) as caught:
        save_document(target, PDF)
    assert files_in(tmp_path) == []
    assert "read-only" in str(caught.value) and str(target) in str(caught.value)
    assert "只读" in chinese(caught.value)


def test_another_os_error_gives_its_reason(tmp_path: Path, monkeypatch) -> None:
    fail_fsync(monkeypatch, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(SaveFailed) as caught:
        save_document(tmp_path / "a.pdf", PDF)
    assert "Input/output error" in chinese(caught.value) and files_in(tmp_path) == []
    monkeypatch.undo()
    assert save_document(tmp_path / "a.pdf", PDF).read_bytes() == PDF  # the next try just works


def test_the_command_line_says_the_disk_is_full_without_a_traceback(sqlite_url: str, tmp_path: Path,
                                                                     monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    fail_fsync(monkeypatch, FULL)
    code = main(["--database-url", sqlite_url, "report", "monthly", "--month", "2026-11",
                 "-o", str(out / "月报表.pdf")])
    error = capsys.readouterr().err
    assert code == 2 and "磁盘已满" in error and str(out / "月报表.pdf") in error
    assert "Traceback" not in error and "internal error" not in error
    assert files_in(out) == []


# --- the database ------------------------------------------------------------------------------------

@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(make_url(sqlite_url))
    load_sample_data(db.sessions, claims=3)
    yield db
    db.dispose()


def limit_connections(database: Database, pragma: Callable[[sqlite3.Connection], None]) -> Callable[[], None]:
    """Applies ``pragma`` to every new connection from now on; returns the function lifting it."""
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pragma(dbapi_connection)

    event.listen(database.engine, "connect", on_connect)
    database.engine.dispose()  # pooled connections were opened without it

    def lift() -> None:
        event.remove(database.engine, "connect", on_connect)
        database.engine.dispose()
    return lift


def full_disk(database: Database) -> Callable[[], None]:
    """No page may be added to the file: SQLite answers SQLITE_FULL, as on a full disk."""
    def pragma(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
    return limit_connections(database, pragma)


def counts(database: Database) -> tuple[int, ...]:
    with database.sessions.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Claim, Customer, Unit, WorkOrder, AuditEntry))


@pytest.fixture
def operator(database: Database) -> Actor:
    return AccountService(database.sessions).sign_in("op.liu", "demo-pass-2026")  # sample-data account


def take_in_a_claim(database: Database, actor: Actor) -> None:
    """A claim with a long fault text: it needs new pages in the file."""
    with database.sessions.read() as s:
        model = s.scalar(select(Product.model).order_by(Product.id).limit(1))
    form = IntakeForm(customer=CustomerInput(name="满盘测试", phone="139 0000 1234"),
                      unit=UnitInput(product_model=model, serial="FULL-DISK-0001",
                                     sale_date=dt.date.today() - dt.timedelta(days=30)),
                      channel=ClaimChannel.WALK_IN, fault_description="端口指示灯不亮，" * 400)
    ClaimIntakeService(database.sessions).take_in(actor, form)


def test_a_claim_on_a_full_disk_is_refused_whole_with_a_plain_message(database: Database, operator: Actor) -> None:
    before = counts(database)
    lift = full_disk(database)
    with pytest.raises(DatabaseUnavailable) as caught:
        take_in_a_claim(database, operator)
    assert write_trouble(caught.value.__cause__) is WriteTrouble.DISK_FULL
    assert "disk holding the database is full" in str(caught.value) and "Nothing was saved" in str(caught.value)
    assert "磁盘已满" in chinese(caught.value)
    assert counts(database) == before  # no customer, unit, claim, order or audit entry half-written
    lift()  # space freed: the same counter goes on working
    take_in_a_claim(database, operator)
    assert counts(database)[0] == before[0] + 1


def test_a_read_only_database_is_refused_with_a_plain_message(database: Database, operator: Actor) -> None:
    before = counts(database)
    lift = limit_connections(database, lambda conn: conn.execute("PRAGMA query_only = ON"))
    with pytest.raises(DatabaseUnavailable) as caught:
        take_in_a_claim(database, operator)
    assert "read-only" in str(caught.value) and "只读" in chinese(caught.value)
    lift()
    assert counts(database) == before


# --- backups -----------------------------------------------------------------------------------------

def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_backup_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's destination fills up after two pages: SQLite answers SQLITE_FULL there."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn
    monkeypatch.setattr(backups.sqlite3, "connect", connect)


def test_a_backup_to_a_full_disk_leaves_nothing_and_the_database_untouched(database: Database, tmp_path: Path,
                                                                           monkeypatch) -> None:
    source = Path(database.url.database)
    database.engine.dispose()  # the WAL checkpointed into the file, so the fingerprint is the data
    before = fingerprint(source)
    small_backup_disk(monkeypatch)
    target = tmp_path / "usb" / "备份.sqlite3"
    with pytest.raises(BackupFailed) as caught:
        BackupService(database).backup(target)
    assert files_in(target.parent) == []  # no backup, no .partial, no journal
    assert str(target) in str(caught.value) and "The database itself is unchanged" in str(caught.value)
    assert "磁盘已满" in chinese(caught.value)
    assert fingerprint(source) == before and verify_backup(source)["claims"] == 3
    monkeypatch.undo()
    assert BackupService(database).backup(target).counts["claims"] == 3  # a roomier disk: it works


def test_a_backup_to_a_read_only_folder_says_so(database: Database, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    refuse_creating_in(monkeypatch, folder, errno.EROFS)
    with pytest.raises(BackupFailed) as caught:
        BackupService(database).backup(folder / "copy.sqlite3")
    assert files_in(folder) == [] and "read-only" in str(caught.value) and "只读" in chinese(caught.value)


def test_the_backup_command_reports_a_full_disk_plainly(database: Database, tmp_path: Path, monkeypatch,
                                                       capsys) -> None:
    small_backup_disk(monkeypatch)
    url = database.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "backup", "-o", str(tmp_path / "b.sqlite3")]) == 2
    error = capsys.readouterr().err
    assert "磁盘已满" in error and str(tmp_path / "b.sqlite3") in error and "Traceback" not in error
    assert not list(tmp_path.glob("b.sqlite3*"))
