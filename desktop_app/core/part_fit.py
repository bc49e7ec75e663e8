"""Whether a spare part fits a unit's model: its catalogue entry lists the model, or lists none (universal)."""

from __future__ import annotations

from collections.abc import Iterable

REASON_LIMIT = 200  # a short note for the audit trail, not a report


def fits(compatible_models: Iterable[str] | None, model: str | None) -> bool:
    """D5, D9: the fund and the manufacturer's reconciliation pay for parts of the unit repaired, so a part
    listed only for other models is the exception. A part listing no model is universal (fans, screws);
    with no model known (a visit booked from a call before identification) nothing can be ruled out.
    Compared without case: catalogue imports and the product list are typed by different people."""
    wanted = (model or "").strip().casefold()
    listed = {m.strip().casefold() for m in compatible_models or () if m and m.strip()}
    return not wanted or not listed or wanted in listed
