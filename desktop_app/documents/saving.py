"""Writes a finished document to the file the user chose: whole or not at all, with a plain reason."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop_app.disk_errors import WriteTrouble, write_trouble
from desktop_app.errors import KnownError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


class SaveFailed(KnownError):
    """A document could not be written; no partial file was left and an older file is unchanged."""


def save_document(path: Path, content: bytes) -> Path:
    """Writes ``content`` to ``path`` through a temporary file beside it, renamed only when complete.

    A full disk halfway through leaves neither a truncated PDF under the real name (it would look
    fine in the folder and fail at the printer) nor a destroyed earlier version of the file.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())  # some file systems report a full disk only here
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _failure(path, error) from error
    return path


def _failure(path: Path, error: OSError) -> SaveFailed:
    trouble = write_trouble(error)
    if trouble is WriteTrouble.DISK_FULL:
        return SaveFailed(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: {path} could not be saved. Nothing was written; free some space or "
            "choose another place."), path=str(path))
    if trouble is WriteTrouble.READ_ONLY:
        return SaveFailed(QT_TRANSLATE_NOOP(
            "Errors", "{path} could not be saved: the folder is read-only or you may not write there. "
            "Nothing was written; choose another folder."), path=str(path))
    return SaveFailed(QT_TRANSLATE_NOOP("Errors", "{path} could not be saved ({reason}). Nothing was written."),
                      path=str(path), reason=error.strerror or str(error))
