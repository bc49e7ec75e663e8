"""``service-counter backup [-o FILE]`` and ``restore FILE``: verified copies of an SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.db.engine import resolve_database_url, sqlite_path
from desktop_app.db.opening import open_database
from desktop_app.errors import KnownError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.backups import BackupService, restore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="copy the SQLite database (verified) into its backups folder")
    backup.add_argument("-o", "--output", type=Path, help="write the backup here instead")
    backup.set_defaults(handler=run_backup)
    restore_parser = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept beside it)")
    restore_parser.add_argument("file", type=Path, help="the backup file")
    restore_parser.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.database_url))
    try:
        result = BackupService(database).backup(args.output)
    finally:
        database.dispose()
    counts = ", ".join(f"{table} {count}" for table, count in result.counts.items())
    print(f"{result.path}: {result.size:,} bytes, checked ({counts})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.database_url)
    current = sqlite_path(url)
    if current is None:
        raise KnownError(QT_TRANSLATE_NOOP(
            "Errors", "A PostgreSQL database is backed up on the server with pg_dump and restored with "
            "pg_restore (see the README), not from this program."))
    kept = restore(current, args.file.resolve())
    print(f"restored {current} from {args.file}; the previous file is kept as {kept}")
    return 0
