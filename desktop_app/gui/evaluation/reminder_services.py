"""The report reminder's services: the monthly reports at the start, the rest when its dialog opens.

The reminder checks at every start whether a month's report is unsent (D3); the evaluation's other
services (assessment, report documents) are only for the dialog, and importing them was about 35 ms
of every start (issue 8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.monthly_reports import MonthlyReports

if TYPE_CHECKING:
    from desktop_app.gui.evaluation.evaluation_services import EvaluationServices


class ReminderServices:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._all: EvaluationServices | None = None
        self.reports = MonthlyReports(sessions, clock)

    def today(self) -> dt.date:
        return self._clock().astimezone().date()  # as EvaluationServices.today

    def all(self) -> EvaluationServices:
        """Every evaluation service (the monthly report dialog's), made once."""
        if self._all is None:
            from desktop_app.gui.evaluation.evaluation_services import EvaluationServices

            self._all = EvaluationServices.for_sessions(self._sessions, self._clock)
        return self._all
