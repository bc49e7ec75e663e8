"""Opens the database on a thread of its own while the sign-in dialog is already on screen.

The thread also imports the rest of the application (``desktop_app.app``: SQLAlchemy, the models,
every tab), about a second on a slow machine, so the first window does not wait for it (issue 8).
Only Python modules and the database are touched there; no widget is made off the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal


class Opened(NamedTuple):  # not a dataclass: importing dataclasses would delay the first window
    """What the start needs once the database is open (or why it could not be opened)."""

    database: Any = None  # desktop_app.db.opening.Database
    accounts: Any = None  # desktop_app.services.accounts.AccountService
    location: str = ""
    first_run: bool = False  # no staff yet: the first-run dialog creates the general manager
    error: BaseException | None = None


class DatabaseOpening(QObject):
    """``start()`` begins; ``finished(Opened)`` arrives on the UI thread; ``wait()`` blocks for it.

    Only the UI thread calls ``start`` and ``wait``."""

    finished = Signal(object)

    def __init__(self, database_url: str | None, *, first: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        """``first``: Qt-free work for the thread to do before it opens (the start's log file)."""
        super().__init__(parent)
        self._url = database_url
        self._first = first
        self._outcome: Opened | None = None
        self._thread = threading.Thread(target=self._run, name="open-database")

    @property
    def outcome(self) -> Opened | None:
        return self._outcome

    def start(self) -> None:
        """Starts the opening; once only (later calls do nothing)."""
        if self._thread.ident is None:
            self._thread.start()

    def wait(self) -> Opened:
        """The outcome, once the opening has finished (started here if it had not been yet)."""
        self.start()
        self._thread.join()
        assert self._outcome is not None
        return self._outcome

    def _run(self) -> None:
        try:
            if self._first is not None:
                self._first()
            from desktop_app import app as composition  # the heavy part of the start, off the UI thread

            outcome = composition.open_for_sign_in(self._url)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which explains it
            outcome = Opened(error=error)
        self._outcome = outcome
        self.finished.emit(outcome)  # queued to the UI thread: this object lives there
