"""``service-counter backup [-o FILE]`` and ``restore [--yes] FILE``: verified copies of an SQLite database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.db.engine import resolve_database_url, sqlite_path
from desktop_app.db.opening import open_database
from desktop_app.errors import KnownError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.backups import BackupFailed, BackupService, kept_copy_path, restore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="copy the SQLite database (verified) into its backups folder")
    backup.add_argument("-o", "--output", type=Path, help="write the backup here instead")
    backup.set_defaults(handler=run_backup)
    restore_parser = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept beside it)")
    restore_parser.add_argument("file", type=Path, help="the backup file")
    restore_parser.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
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


# The command's own texts (lupdate finds them by these markers; printed in --language).
_CONTEXT = "RestoreCommand"
_NOTHING = QT_TRANSLATE_NOOP("RestoreCommand", "Nothing was restored.")
_RESTORED_NEW = QT_TRANSLATE_NOOP("RestoreCommand", "Restored {current} from {backup}; there was no database there before.")
_RESTORED = QT_TRANSLATE_NOOP("RestoreCommand", "Restored {current} from {backup}; the previous database is kept as {kept}.")
_REPLACES = QT_TRANSLATE_NOOP("RestoreCommand", "This replaces all data in {current}\nwith the backup {backup}.")
_KEPT = QT_TRANSLATE_NOOP("RestoreCommand", "The current database is kept beside it as {kept}.")
_QUIT_OTHERS = QT_TRANSLATE_NOOP("RestoreCommand", "Quit the program at every other counter first.")
_ASK = QT_TRANSLATE_NOOP("RestoreCommand", "Type 恢复 or yes to restore: ")
_YES = ("恢复", "yes")


def run_restore(args: argparse.Namespace) -> int:
    """Asks first (unless --yes); refused while any counter has the database open (services.backups)."""
    url = resolve_database_url(args.database_url)
    current = sqlite_path(url)
    if current is None:  # restored on the server with pg_restore; this program offers no restore there
        raise KnownError(QT_TRANSLATE_NOOP(
            "Errors", "A PostgreSQL database is backed up on the server with pg_dump and restored with "
            "pg_restore (see the README), not from this program."))
    backup = args.file.resolve()
    if not backup.is_file():  # not worth a question
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(backup))
    from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

    translate = translator_function(args.language)
    kept = kept_copy_path(current)
    if not args.yes and not _confirmed(translate, current, backup, kept):
        print(translate(_CONTEXT, _NOTHING))
        return 1
    kept_as = restore(current, backup, kept)
    if kept_as is None:
        print(translate(_CONTEXT, _RESTORED_NEW).format(current=current, backup=backup))
    else:
        print(translate(_CONTEXT, _RESTORED).format(current=current, backup=backup, kept=kept_as))
    return 0


def _confirmed(translate, current: Path, backup: Path, kept: Path) -> bool:  # type: ignore[no-untyped-def]
    print(translate(_CONTEXT, _REPLACES).format(current=current, backup=backup))
    if current.exists():
        print(translate(_CONTEXT, _KEPT).format(kept=kept))
    print(translate(_CONTEXT, _QUIT_OTHERS))
    try:
        answer = input(translate(_CONTEXT, _ASK))
    except EOFError:  # nothing to answer with (a script): not a yes
        answer = ""
    if not sys.stdin.isatty():  # a piped answer is not echoed: end the prompt's line ourselves
        print()
    return answer.strip().lower() in _YES
