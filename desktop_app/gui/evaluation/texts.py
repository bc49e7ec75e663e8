"""Translated names for the assessment vocabulary, figure formats, and why an action is disabled."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    FineStatus,
)
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import MISSING
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission

CONTEXT = "EvaluationTexts"

_SOURCE: tuple[tuple[Enum, str], ...] = (
    (ComplaintChannel.CALL, QT_TRANSLATE_NOOP("EvaluationTexts", "Phone call")),
    (ComplaintChannel.LETTER, QT_TRANSLATE_NOOP("EvaluationTexts", "Letter")),
    (ComplaintChannel.VISIT, QT_TRANSLATE_NOOP("EvaluationTexts", "Visit")),
    (ComplaintCategory.QUARREL, QT_TRANSLATE_NOOP("EvaluationTexts", "Quarrelled with the customer (E21)")),
    (ComplaintCategory.ASKING_FOR_MONEY, QT_TRANSLATE_NOOP("EvaluationTexts", "Asked for money or gifts (E21)")),
    (ComplaintCategory.LATE_PERSONAL, QT_TRANSLATE_NOOP("EvaluationTexts", "Late for personal reasons (E21)")),
    (ComplaintCategory.REPEAT_REPAIR_PERSONAL,
     QT_TRANSLATE_NOOP("EvaluationTexts", "Repeat repair for personal reasons (E21)")),
    (ComplaintCategory.ATTITUDE, QT_TRANSLATE_NOOP("EvaluationTexts", "Attitude (E3)")),
    (ComplaintCategory.NON_QUALITY, QT_TRANSLATE_NOOP("EvaluationTexts", "Not a quality problem (E5)")),
    (ComplaintCategory.DESIGN_DEFECT, QT_TRANSLATE_NOOP("EvaluationTexts", "Suspected design defect (E6)")),
    (ComplaintCategory.OTHER, QT_TRANSLATE_NOOP("EvaluationTexts", "Other")),
    (ComplaintStatus.REGISTERED, QT_TRANSLATE_NOOP("EvaluationTexts", "Awaiting verification")),
    (ComplaintStatus.VERIFIED, QT_TRANSLATE_NOOP("EvaluationTexts", "Upheld")),
    (ComplaintStatus.REJECTED, QT_TRANSLATE_NOOP("EvaluationTexts", "Dismissed")),
    (DemeritKind.MAJOR, QT_TRANSLATE_NOOP("EvaluationTexts", "Major demerit (E21)")),
    (DemeritKind.CRITICISM, QT_TRANSLATE_NOOP("EvaluationTexts", "Criticism and bonus deduction (E3)")),
    (FineReason.LEFT_WITHOUT_CALLING_HQ, QT_TRANSLATE_NOOP("EvaluationTexts", "Left without calling headquarters")),
    (FineReason.LATE_ARRIVAL, QT_TRANSLATE_NOOP("EvaluationTexts", "Late on site for personal reasons")),
    (FineReason.INCOMPLETE_REPORT, QT_TRANSLATE_NOOP("EvaluationTexts", "Incomplete service report")),
    (FineReason.DISOBEYED_DISPATCH, QT_TRANSLATE_NOOP("EvaluationTexts", "Disobeyed dispatch")),
    (FineStatus.SUGGESTED, QT_TRANSLATE_NOOP("EvaluationTexts", "Suggested, to decide")),
    (FineStatus.CONFIRMED, QT_TRANSLATE_NOOP("EvaluationTexts", "Confirmed")),
    (FineStatus.DISMISSED, QT_TRANSLATE_NOOP("EvaluationTexts", "Dismissed, not fined")),
)
_BY_KEY = {(type(member), member.value): text for member, text in _SOURCE}


def text_of(value: Enum | None) -> str:
    if value is None:
        return MISSING
    source = _BY_KEY.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, source) if source else str(value.value)


def percent_text(share: Decimal | None) -> str:
    """0.955 → 95.5%; a dash where nothing was due (not 0%)."""
    return MISSING if share is None else f"{share * 100:.1f}%"


def score_text(score: Decimal | None) -> str:
    return MISSING if score is None else f"{score:.2f}"


def gate(button: QAbstractButton, actor: Actor | None, permission: Permission, tooltip: str = "") -> bool:
    """Enables the button for a user who may; otherwise disables it and its tooltip says why."""
    allowed = actor is not None and allows(actor.role, permission)
    button.setEnabled(allowed)
    button.setToolTip(tooltip if allowed else error_text(MissingPermission(permission)))
    return allowed
