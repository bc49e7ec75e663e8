"""The service receipt on the desk's paper: A4 / A5 sheets (ReceiptService) or 58 / 80 mm roll."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.db.engine import SessionFactory
from desktop_app.documents.paper_sizes import is_roll, paper_name
from desktop_app.documents.receipt_data import COPY_KINDS
from desktop_app.services.actor import Actor
from desktop_app.services.print_log import MadeDocument
from desktop_app.services.receipts import ReceiptService, made_receipt

Translate = Callable[[str, str], str]


class ReceiptPrinting:
    """Same data, same print log as ReceiptService; only the paper differs."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self.receipts = ReceiptService(sessions)

    def make_receipt(self, actor: Actor, claim_ref: str | int, *, language: str, translate: Translate,
                     paper: str = "A4", copies: tuple[str, ...] = COPY_KINDS) -> MadeDocument:
        """The receipt's PDF on the desk's paper; logged as printed only when it is delivered."""
        paper = paper_name(paper)
        if not is_roll(paper):
            return self.receipts.make_receipt(actor, claim_ref, language=language, translate=translate,
                                              page_size=paper, copies=copies)
        data, claim_id = self.receipts.receipt_and_claim(actor, claim_ref, language=language, translate=translate)
        from desktop_app.documents.thermal_receipt import render_thermal_receipt  # reportlab: not at start

        pdf = render_thermal_receipt(data, paper=paper, language=language, copies=copies)
        return made_receipt(self._sessions, actor, pdf, data, claim_id, copies, language, paper=paper)
