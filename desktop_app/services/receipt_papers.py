"""The service receipt on the desk's paper: A4 / A5 sheets (ReceiptService) or 58 / 80 mm roll."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, PrintedDocument
from desktop_app.documents.paper_sizes import is_roll, paper_name
from desktop_app.documents.receipt_data import COPY_KINDS
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.receipts import ReceiptService

Translate = Callable[[str, str], str]


class ReceiptPrinting:
    """Same data, same print log as ReceiptService; only the paper differs."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self.receipts = ReceiptService(sessions)

    def print_receipt(self, actor: Actor, claim_ref: str | int, *, language: str, translate: Translate,
                      paper: str = "A4", copies: tuple[str, ...] = COPY_KINDS, target: str | None = None) -> bytes:
        paper = paper_name(paper)
        if not is_roll(paper):
            return self.receipts.print_receipt(actor, claim_ref, language=language, translate=translate,
                                               page_size=paper, copies=copies, target=target)
        data = self.receipts.receipt(actor, claim_ref, language=language, translate=translate)
        from desktop_app.documents.thermal_receipt import render_thermal_receipt  # reportlab: not at start

        pdf = render_thermal_receipt(data, paper=paper, language=language, copies=copies)
        with self._sessions.write() as s, s.begin():
            claim_id = s.scalar(select(Claim.id).where(Claim.number == data.claim_number))
            s.add(PrintedDocument(by_id=actor.staff_id or None, document="service_receipt", entity="claim",
                                  entity_id=claim_id, copies=len(copies), target=(target or "")[:100] or None))
            audit_trail.record(s, actor, "claim", claim_id, "print", {
                "document": "service_receipt", "copies": list(copies), "language": language, "paper": paper})
        return pdf
