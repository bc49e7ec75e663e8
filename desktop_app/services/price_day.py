"""Rule D9: a part issued today keeps today's prices; new prices for it take effect tomorrow at the
earliest."""

# The fund books each issue at the fee price in force when it is issued, and the monthly
# reconciliation prices each issue at the schedule in force on its day. A schedule published or
# amended for today after a part was issued today would re-price that issue in the reconciliation
# but not in the fund (nor on the customer's bill): the two documents would disagree. Prices for a
# day are fixed once that day's issues have used them, as a past day's are (check_effective).

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import MovementKind
from desktop_app.db.models import Part, StockMovement
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

_NAMED = 5  # part numbers named in the message; more are counted


def refuse_repricing_issued_today(s: Session, day: dt.date, today: dt.date, part_ids: Iterable[int]) -> None:
    """Raises (field ``effective_from``) when new prices from ``today`` would change a part already
    issued today; prices from a later day, or for parts not issued today, pass."""
    ids = sorted(set(part_ids))
    if day != today or not ids:
        return
    start = dt.datetime.combine(today, dt.time()).astimezone()  # the counter's local day
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time()).astimezone()
    # Today's issues are few (the index on the time finds them); the parts repriced may be thousands.
    issued = set(s.scalars(select(StockMovement.part_id).distinct().where(
        StockMovement.kind == MovementKind.ISSUE, StockMovement.at >= start, StockMovement.at < end)))
    hit = [part_id for part_id in ids if part_id in issued]
    numbers = list(s.scalars(select(Part.part_no).where(Part.id.in_(hit)).order_by(Part.part_no))) if hit else []
    if not numbers:
        return
    named = ", ".join(numbers[:_NAMED]) + (f" (+{len(numbers) - _NAMED})" if len(numbers) > _NAMED else "")
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "{parts} already issued today at the prices in force; new prices for them can take effect "
                  "from tomorrow ({tomorrow}) at the earliest (D9)."),
        field="effective_from", parts=named, tomorrow=(today + dt.timedelta(days=1)).isoformat())
