"""Reading an imported spreadsheet's bytes (parts catalogue, product models): bounded before it is read whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


def sheet_bytes(path: Path, data: bytes | None, limit: int,
                too_big: Callable[[Path], ValidationError]) -> bytes:
    """``data`` when given (already read), else the file's bytes; ``too_big(path)`` is raised above ``limit``
    (a database or a video chosen by mistake would otherwise be read into memory before the parser refused it)."""
    if data is None:
        try:
            if path.stat().st_size > limit:
                raise too_big(path)
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"), field="file",
                                  file=str(path), reason=error.strerror or str(error)) from None
    if len(data) > limit:
        raise too_big(path)
    return data
