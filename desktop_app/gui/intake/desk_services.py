"""The services the intake desk uses, built once from the session factory (Qt-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.calls import CallRegister
from desktop_app.services.claim_corrections import ClaimCorrectionService
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_support import CallLogListing, IntakeSupport
from desktop_app.services.lookup import Lookup
from desktop_app.services.negotiations import NegotiationService


@dataclass(frozen=True)
class DeskServices:
    intake: ClaimIntakeService
    lookup: Lookup
    calls: CallRegister
    support: IntakeSupport
    sessions: SessionFactory
    clock: Callable[[], dt.datetime]  # one clock for every deadline the desk shows (tests inject it)
    negotiations: NegotiationService  # settling escalated claims (W8)
    corrections: ClaimCorrectionService  # correcting or withdrawing a saved claim

    @classmethod
    def for_sessions(cls, sessions: SessionFactory,
                     clock: Callable[[], dt.datetime] = utcnow) -> DeskServices:
        return cls(ClaimIntakeService(sessions, clock), Lookup(sessions), CallRegister(sessions, clock),
                   IntakeSupport(sessions), sessions, clock, NegotiationService(sessions, clock),
                   ClaimCorrectionService(sessions, clock))

    def call_log(self) -> CallLogListing:
        """A fresh call listing on the desk's clock (each dialog keeps its own filter)."""
        return CallLogListing(self.sessions, clock=self.clock)

    def today(self) -> dt.date:
        return self.clock().astimezone().date()
