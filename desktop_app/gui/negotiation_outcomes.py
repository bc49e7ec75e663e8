"""How a negotiation ended (W8), in words: the settling dialog offers these, the audit log shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.vocabulary import Remedy
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.negotiations import Outcome

# The dialog's own context: its translations are the ones the audit log shows.
CONTEXT = "NegotiationDialog"

FREE_REPAIR = QT_TRANSLATE_NOOP("NegotiationDialog", "Free repair")
PAID_REPAIR = QT_TRANSLATE_NOOP("NegotiationDialog", "Paid repair")
EXCHANGE = QT_TRANSLATE_NOOP("NegotiationDialog", "Exchange")
# The dialog's refund names who approves it (W9); the log names the outcome only.
REFUND_APPROVED_BY_YOU = QT_TRANSLATE_NOOP("NegotiationDialog", "Refund (return approved by you, W9)")
REFUND = QT_TRANSLATE_NOOP("NegotiationDialog", "Refund")
CLOSED = QT_TRANSLATE_NOOP("NegotiationDialog", "Closed without service")
REPAIR = QT_TRANSLATE_NOOP("NegotiationDialog", "Repair")  # a repair whose decision the entry does not hold


def outcome_text(outcome: str, decision: str | None = None) -> str:
    """A settlement's stored outcome in the user's language; ``decision``, the claim's new remedy, tells
    a free repair from a paid one as the dialog does. An unknown code shows as stored."""
    repair = {Remedy.FREE_REPAIR.value: FREE_REPAIR, Remedy.PAID_REPAIR.value: PAID_REPAIR}.get(decision or "", REPAIR)
    text = {Outcome.REPAIR.value: repair, Outcome.EXCHANGE.value: EXCHANGE, Outcome.REFUND.value: REFUND,
            Outcome.CLOSED.value: CLOSED}.get(outcome)
    return QCoreApplication.translate(CONTEXT, text) if text else outcome
