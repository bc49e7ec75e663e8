"""What a form says when another counter saved the order first: who, when, and what the order is now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.errors import ChangedConcurrently
from desktop_app.gui.error_display import error_text
from desktop_app.gui.labels import label
from desktop_app.services.work_order_details import WorkOrderDetail



def changed_elsewhere_text(error: ChangedConcurrently, before: WorkOrderDetail, fresh: WorkOrderDetail | None,
                           *, kept: bool) -> str:
    """``kept``: the form stays open with the typed input (else it closed)."""
    if fresh is None:  # the order could not be read again: the refusal alone is still true
        return error_text(error)
    who, time = error.params.get("who"), error.params.get("time")
    last = fresh.history[-1] if fresh.history else None
    if fresh.state is not before.state and last is not None and last.target is fresh.state:
        who, time = last.by, _clock(last.at)  # the move itself: more precise than the last audit line
    if fresh.state is WorkOrderState.CANCELLED and who:
        what = QCoreApplication.translate("ChangedElsewhere", "This order was cancelled by {who} ({time}).")
    elif fresh.state is not before.state and who:
        what = QCoreApplication.translate(
            "ChangedElsewhere", "This order was moved to “{state}” by {who} ({time}).")
    elif who:
        what = QCoreApplication.translate(
            "ChangedElsewhere", "This order was changed by {who} ({time}); it is still “{state}”.")
    else:  # a race inside the same second: no name to give
        what = QCoreApplication.translate(
            "ChangedElsewhere", "Another counter saved this order at the same moment; it is now “{state}”.")
    if kept:
        after = QCoreApplication.translate(
            "ChangedElsewhere", "Nothing was saved; what you typed is kept: check it and save again.")
    else:
        after = QCoreApplication.translate("ChangedElsewhere", "Nothing was saved.")
    what = what.format(who=who, time=time or "?", state=label(fresh.state))
    # Chinese sentences end in a full-width stop and run on; English ones take a space.
    return what + ("" if what.endswith("。") else " ") + after


def _clock(at: dt.datetime) -> str:
    if at.tzinfo is None:  # SQLite hands back naive values; they are UTC by convention
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone().strftime("%H:%M")
