"""Why the evaluation sheet is not printed while fines of the month still await a decision (E23, E24)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Fine, WorkOrder
from desktop_app.documents.formatting import money
from desktop_app.documents.labels import is_english
from desktop_app.documents.vocabulary_words import FINE_REASON, word
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


def refuse_pending_fines(s: Session, name: str, month: dt.date, fine_ids: Sequence[int], language: str) -> None:
    """Raises, naming each pending fine (day, reason, amount, work order).

    The sheet says the figures were checked by the supervisor and the technician signs its total.
    Printed with fines still pending, a later confirmation would change a signed total (¥50 signed,
    ¥250 in the books); printed with them as a separate "not counted" block, the signature would
    cover a figure known to be provisional. So the supervisor decides them first (in Fines…), and a
    printed sheet's total is final: a decided fine is never decided again (assessment.decide_fine)."""
    listed = pending_list(s, fine_ids, language)
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "The evaluation sheet of {name} for {month} cannot be printed yet: fines of the month still "
                  "await a decision ({fines}). Confirm or dismiss them under Fines… first, so that the total "
                  "the staff member signs does not change afterwards."),
        field="fines", name=name, month=f"{month:%Y-%m}", fines=listed)


def refuse_signing_with_pending_fines(s: Session, name: str, month: dt.date, fine_ids: Sequence[int],
                                      language: str) -> None:
    """The same rule for recording the sheet as signed: the paper could not have been printed with them."""
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "The evaluation sheet of {name} for {month} cannot be recorded as signed: fines of the month "
                  "still await a decision ({fines}). Decide them under Fines…, print the sheet again and have it "
                  "signed."),
        field="fines", name=name, month=f"{month:%Y-%m}", fines=pending_list(s, fine_ids, language))


def pending_list(s: Session, fine_ids: Sequence[int], language: str) -> str:
    """Each fine as "day reason amount work order", in the day's order."""
    rows = s.execute(select(Fine.facts_on, Fine.reason, Fine.amount, WorkOrder.number)
                     .outerjoin(WorkOrder, Fine.work_order_id == WorkOrder.id)
                     .where(Fine.id.in_(list(fine_ids))).order_by(Fine.facts_on, Fine.id)).all()
    separator = "; " if is_english(language) else "；"
    listed = separator.join(
        " ".join(part for part in (day.isoformat(), word(FINE_REASON, reason.value, language), money(amount), order)
                 if part)
        for day, reason, amount, order in rows)
    return listed
