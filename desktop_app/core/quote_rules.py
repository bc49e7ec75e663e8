"""When a paid repair needs the customer's accepted quote before the work goes on (W5, W11, E10, E11)."""

from __future__ import annotations

from desktop_app.core.vocabulary import Remedy, WorkOrderState as S
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# E10/E11: outside warranty (W5) or after user damage (W11) the customer agrees to the quote before the
# work; these moves are the work (parts fitted, the repair done, the unit handed back repaired).
WORK_TARGETS = frozenset({S.AWAITING_PARTS, S.REPAIRING, S.REPAIRED})
# Handing the unit back is also allowed after a refused quote: it goes back unrepaired.
RETURN_TARGETS = frozenset({S.READY_FOR_PICKUP, S.SHIPPED_BACK})

QUOTE_FIRST = QT_TRANSLATE_NOOP(
    "Errors", "A paid repair needs a quote the customer has accepted first (E10, E11): quote the repair and "
              "record the customer's answer.")
ZERO_QUOTE = QT_TRANSLATE_NOOP(
    "Errors", "A quote of ¥0.00 is no quote: enter the labour charge, travel or the parts (W5, E11).")
OVER_QUOTE = QT_TRANSLATE_NOOP(
    "Errors", "The customer accepted a quote of {quote}; with these parts they would pay {amount}. Revise the "
              "quote and have the customer accept it again (E11), or leave parts off.")


def paid_repair(has_claim: bool, intake: Remedy | None, final: Remedy | None) -> bool:
    """Whether the order's claim is, as judged now, a paid repair (the diagnosis's remedy, else the intake's).
    Orders without a claim (installations, visits booked from a call) are not quoted here."""
    return has_claim and (final or intake) is Remedy.PAID_REPAIR


def move_refusal(paid: bool, quote_accepted: bool | None, target: S) -> str | None:
    """Why a paid repair may not make this move yet (an "Errors" source text), or None."""
    if not paid or quote_accepted is True:
        return None
    if target in WORK_TARGETS:
        return QUOTE_FIRST
    if target in RETURN_TARGETS and quote_accepted is None:  # refused: the unit goes back unrepaired
        return QUOTE_FIRST
    return None
