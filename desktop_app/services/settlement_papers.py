"""W8 on paper: a settled negotiation says what was agreed, not that the claim is still being escalated.

services.negotiations keeps the settlement in the claim's decision detail (outcome, note, who); the
receipt and the service report read it here. Once settled, the escalation's wording is stale: the
judge's "escalated, see the note" reason and the intake's escalation note ("answer within …") give
way to the agreed outcome and its note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import Remedy
from desktop_app.core.warranty import ESCALATED_REASON  # the judge's own text, not a copy
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Staff
from desktop_app.documents import decision_text as words

_CLOSED = "closed"  # services.negotiations.Outcome.CLOSED, as stored (no import: that module pulls the judge)


@dataclass(frozen=True)
class Agreed:
    """How a negotiation ended, as stored when it was settled."""

    closed: bool  # closed without service: the claim's decision stays "negotiated"
    note: str
    by: str  # the settler's name as printed

    def line(self, decision: Remedy | None, language: str) -> str:
        return words.settled_text(self.closed, decision, self.note, self.by, language)


def agreed(s: Session, detail: dict | None) -> Agreed | None:
    """The settlement of a claim's decision detail, None while it is not settled (or never escalated)."""
    settlement = (detail or {}).get("settlement")
    if not settlement:
        return None
    username = settlement.get("by") or ""
    name = s.scalar(select(Staff.display_name).where(Staff.username == username)) if username else None
    return Agreed(settlement.get("outcome") == _CLOSED, settlement.get("note") or "", name or username)


def agreed_for_claim(sessions: SessionFactory, claim_number: str | None) -> Agreed | None:
    """``agreed`` for a paper that holds only the claim's number (the service report)."""
    if not claim_number:
        return None
    with sessions.read() as s:
        return agreed(s, s.scalar(select(Claim.decision_detail).where(Claim.number == claim_number)))


def without_escalation(reasons: Iterable[str]) -> list[str]:
    """The decision's reasons less "escalated (W8), see the note": once settled there is no such note."""
    return [reason for reason in reasons if reason != ESCALATED_REASON]
