"""SQLite backups with the online backup API: verified copies, retention, and a careful restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.backup_retention import Retention, keep
from desktop_app.db import revisions
from desktop_app.db.opening import Database, inspect_sqlite_file
from desktop_app.disk_errors import WriteTrouble, write_trouble
from desktop_app.errors import KnownError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# Tables whose row counts prove a copy complete (the evidence a centre cannot lose).
COUNTED_TABLES = ("staff", "customers", "units", "claims", "work_orders", "stock_movements", "audit_log")
STAMP = "%Y%m%dT%H%M%SZ"
AUTO_PREFIX = "auto-"


class BackupFailed(KnownError):
    """A backup or restore could not be made or checked; nothing was replaced."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    counts: dict[str, int]


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}


def backup_file(source: Path, target: Path) -> BackupResult:
    """Copies ``source`` to ``target`` consistently while others keep working, then verifies it."""
    with contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src:
        return _copy_checked(src, target)


def _copy_checked(src: sqlite3.Connection, target: Path) -> BackupResult:
    """Copies the database open on ``src`` to ``target`` and checks the copy.

    The copy is written beside the target and renamed only once it checks out, so a crash or a
    full disk never leaves a half-written backup under the real name.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Created (or emptied, if a crash left one) by us first: a read-only folder then fails with
        # the OS's own reason, where SQLite would only say "unable to open database file".
        partial.open("wb").close()
        src.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = _counts(src)
        with contextlib.closing(sqlite3.connect(partial)) as dest:
            src.backup(dest)
            # The copied header says WAL: every later read-only open would leave -wal/-shm files
            # beside the copy (and its .partial name). A backup is one plain file.
            dest.execute("PRAGMA journal_mode = DELETE")
        src.rollback()
        verify_backup(partial, expected)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        raise _write_failure(target, exc) from exc
    except BackupFailed:
        _remove_partial(partial)
        raise
    return BackupResult(target, target.stat().st_size, expected)


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, Path(f"{partial}-journal")):
        with contextlib.suppress(OSError):  # a read-only folder refuses the clean-up too
            leftover.unlink(missing_ok=True)


def _write_failure(target: Path, exc: OSError | sqlite3.Error) -> BackupFailed:
    """The message for a backup that could not be written; the database it copies is never touched."""
    trouble = write_trouble(exc)
    if trouble is WriteTrouble.DISK_FULL:
        return BackupFailed(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: the backup {path} could not be written. The database itself is "
            "unchanged; free some space or choose another place."), path=str(target))
    if trouble is WriteTrouble.READ_ONLY:
        return BackupFailed(QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} could not be written: the folder is read-only or you may not write "
            "there. The database itself is unchanged; choose another folder."), path=str(target))
    return BackupFailed(QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {path}: {reason}"),
                        path=str(target), reason=str(exc))


def verify_backup(path: Path, expected: dict[str, int] | None = None) -> dict[str, int]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        counts = _counts(conn)
    conn.close()
    if check != "ok" or (expected is not None and counts != expected):
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "The backup {path} failed its check ({reason})."),
                           path=str(path), reason=check if check != "ok" else "row counts differ")
    return counts


class BackupService:
    def __init__(self, database: Database, retention: Retention = Retention(),
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self._database = database
        self._retention = retention
        self._clock = clock

    @property
    def path(self) -> Path:
        if not self._database.is_sqlite:
            raise BackupFailed(QT_TRANSLATE_NOOP(
                "Errors", "A PostgreSQL database is backed up on the server with pg_dump and restored with "
                "pg_restore (see the README), not from this program."))
        return Path(self._database.url.database).resolve()

    def backup(self, target: Path | None = None) -> BackupResult:
        source = self.path
        target = target or backups_folder(source) / f"{source.stem}-{self._clock():{STAMP}}.sqlite3"
        return backup_file(source, target)

    def automatic(self, *, force: bool = False) -> BackupResult | None:
        """At start when the last automatic backup is older than a day (and always on exit)."""
        if not self._database.is_sqlite:
            return None
        folder = backups_folder(self.path)
        existing = self._automatic_backups(folder)
        if not force and existing and self._clock() - max(existing.values()) < dt.timedelta(days=1):
            return None
        result = self.backup(folder / f"{AUTO_PREFIX}{self.path.stem}-{self._clock():{STAMP}}.sqlite3")
        self.prune()
        return result

    def prune(self) -> list[Path]:
        """Deletes automatic backups the retention no longer keeps; hand-made ones are left alone."""
        backups = self._automatic_backups(backups_folder(self.path))
        kept = keep(backups.items(), self._retention)
        removed = [p for p in backups if p not in kept]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def _automatic_backups(self, folder: Path) -> dict[Path, dt.datetime]:
        found: dict[Path, dt.datetime] = {}
        for path in folder.glob(f"{AUTO_PREFIX}{self.path.stem}-*.sqlite3"):
            try:
                stamp = dt.datetime.strptime(path.stem.rsplit("-", 1)[1], STAMP).replace(tzinfo=dt.timezone.utc)
            except ValueError:
                continue
            found[path] = stamp
        return found


class DatabaseInUse(BackupFailed):
    """Another connection has the database file open: restoring now would lose what it saves next."""


def kept_copy_path(current: Path, now: dt.datetime | None = None) -> Path:
    """Where a restore keeps the current database: beside it, named by the time of the restore."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime(STAMP)
    kept = current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix}")
    number = 1
    while kept.exists():  # two restores within a second: the first kept copy is not overwritten
        number += 1
        kept = current.with_name(f"{current.stem}.before-restore-{stamp}-{number}{current.suffix}")
    return kept


def check_restorable(backup: Path) -> dict[str, int]:
    """Refuses (BackupFailed) a file that is missing, foreign, newer, empty or damaged; else its row counts."""
    if not backup.is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(backup))
    inspect_sqlite_file(backup)  # ours, readable, not from a newer version — else a clear refusal
    with contextlib.closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if revisions.VERSION_TABLE not in tables:
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "{path} is an empty database, not a backup."),
                           path=str(backup))
    return verify_backup(backup)


def restore(current: Path, backup: Path, kept: Path | None = None) -> Path | None:
    """Replaces the data in ``current`` with a checked backup; the current data is kept beside it first.

    Refused (DatabaseInUse, nothing changed) while any other connection has the file open, in this
    process or another: that counter's lists and forms still show the data being replaced, and what
    it saved next would be mixed into the restored data or lost. Returns the kept copy's path (None
    when there was no database yet).
    """
    expected = check_restorable(backup)
    kept = kept or kept_copy_path(current)
    try:
        if not current.exists():  # a new computer: nobody can have a file open that is not there
            staged = current.with_name(current.name + ".restoring")
            shutil.copyfile(backup, staged)
            staged.replace(current)
            return None
        with _sole_use(current) as conn:
            _copy_checked(conn, kept)
            # Written through SQLite into the same file (not a file swapped in under it): a counter
            # that starts meanwhile waits for the lock, then reads and writes the restored data.
            with contextlib.closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as src:
                src.backup(conn)
            # The copied header may say WAL; read so, this connection would leave its rollback
            # journal behind. Back to DELETE first: the journal goes at close, WAL returns at next open.
            conn.execute("PRAGMA journal_mode = DELETE")
            if _counts(conn) != expected:
                raise BackupFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The restored database {path} failed its check; the previous data is kept "
                    "as {kept}."), path=str(current), kept=str(kept))
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "The restore could not replace {path}: {reason}"),
                           path=str(current), reason=str(exc)) from exc
    return kept


@contextlib.contextmanager
def _sole_use(current: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding the file's exclusive lock until it closes, or DatabaseInUse at once.

    In WAL mode (the app's) ``BEGIN EXCLUSIVE`` still lets readers in and sees no idle connection;
    leaving WAL does not: every connection that has the file open holds a shared lock on it, so the
    switch fails while one exists. ``locking_mode=EXCLUSIVE`` then keeps the lock past each commit
    until the restore is done, so no counter slips in between. The next open switches WAL back on.
    """
    conn = sqlite3.connect(current, isolation_level=None, timeout=0)  # no wait: refuse at once
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            raise _in_use() from exc
        if mode != "delete":
            raise _in_use()
        yield conn
    finally:
        conn.close()


def own_backup_running() -> DatabaseInUse:
    """The refusal while this window's own backup (the daily one, or Back up now) still reads the file.

    That backup holds the file open as another counter would, but it ends by itself: the desk is
    told to wait for it, not sent round the other counters to quit a program nobody runs there."""
    return DatabaseInUse(QT_TRANSLATE_NOOP(
        "Errors", "This window is still making a backup of the database: wait until the backup has finished "
        "(the status bar says so), then restore again."))


def _in_use() -> DatabaseInUse:
    return DatabaseInUse(QT_TRANSLATE_NOOP(
        "Errors", "Another counter is using the database: quit the program at the other counters first, "
        "then restore."))
