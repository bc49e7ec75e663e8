"""Exception types: user-facing errors (KnownError) versus programming errors (BugError)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Context under which every error template is translated (see i18n_markers).
ERROR_CONTEXT = "Errors"

Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


class KnownError(Exception):
    """An error the user can understand and act on.

    ``template`` is English source text marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` and
    formatted with ``params``; ``field`` names the form field at fault, if any, so the form can
    focus it. ``str(error)`` is the English text (logs, tests); ``render(translate)`` is what the
    user sees in their language.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(template.format(**params))

    def render(self, translate: Translate = _identity) -> str:
        return translate(ERROR_CONTEXT, self.template).format(**self.params)


class ValidationError(KnownError):
    """Input that fails a rule; nothing has been written."""


class NotServiceCounterDatabase(KnownError):
    """The chosen file or server is not a Service Counter database; it was left untouched."""


class DatabaseNewerThanApp(KnownError):
    """The database was migrated by a newer version of the app; it was left untouched."""


class DatabaseUnavailable(KnownError):
    """The database cannot be reached or written (server down, disk full, kept busy)."""


class ChangedConcurrently(KnownError):
    """Two saves of one record raced; the later one was refused and nothing was overwritten."""


class PermissionDenied(KnownError):
    """The signed-in user lacks the permission an action needs."""


class BugError(Exception):
    """A programming error: shown as an internal error, logged with its traceback."""
