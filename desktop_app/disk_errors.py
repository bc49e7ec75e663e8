"""Tells a full disk and a read-only place apart from other write errors (OS, SQLite, PostgreSQL)."""

# Why one classifier: the same two troubles reach us as an OSError (saving a PDF), as an SQLite
# error (the database file, a backup) and wrapped by SQLAlchemy; the user needs the same plain
# answer each time ("the disk is full", "that place is read-only"), not the driver's English.

from __future__ import annotations

import errno
from enum import Enum

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_SQLSTATES = {"53100"}  # PostgreSQL disk_full
_READ_ONLY_SQLSTATES = {"25006"}  # PostgreSQL read_only_sql_transaction (a standby server)
# SQLite's messages, for drivers or wrappers that drop the error code.
_FULL_TEXTS = ("database or disk is full", "no space left on device")
_READ_ONLY_TEXTS = ("attempt to write a readonly database", "read-only file system")


class WriteTrouble(Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"


def write_trouble(error: BaseException | None) -> WriteTrouble | None:
    """The trouble behind ``error`` or any error it wraps (``.orig``, ``__cause__``); None if other."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        found = _classify(error)
        if found is not None:
            return found
        error = getattr(error, "orig", None) or error.__cause__
    return None


def _classify(error: BaseException) -> WriteTrouble | None:
    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in _FULL_ERRNOS:
            return WriteTrouble.DISK_FULL
        if error.errno in _READ_ONLY_ERRNOS:
            return WriteTrouble.READ_ONLY
    name = getattr(error, "sqlite_errorname", None) or ""  # Python 3.11+: SQLITE_FULL, SQLITE_READONLY_...
    if name == "SQLITE_FULL":
        return WriteTrouble.DISK_FULL
    if name.startswith("SQLITE_READONLY"):
        return WriteTrouble.READ_ONLY
    state = getattr(error, "sqlstate", None)  # psycopg
    if state in _FULL_SQLSTATES:
        return WriteTrouble.DISK_FULL
    if state in _READ_ONLY_SQLSTATES:
        return WriteTrouble.READ_ONLY
    text = str(error).lower()
    if any(t in text for t in _FULL_TEXTS):
        return WriteTrouble.DISK_FULL
    if any(t in text for t in _READ_ONLY_TEXTS):
        return WriteTrouble.READ_ONLY
    return None
