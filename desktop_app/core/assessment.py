"""Staff assessment rules (E3, E21, E23, E24): the versioned rule set and what a complaint leads to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.core.money import MoneyError, to_money
from desktop_app.core.vocabulary import ComplaintCategory, DemeritKind, FineReason
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# E21: a verified complaint of these kinds is a major demerit (记大过).
MAJOR_DEMERIT_CATEGORIES = frozenset({
    ComplaintCategory.QUARREL, ComplaintCategory.ASKING_FOR_MONEY,
    ComplaintCategory.LATE_PERSONAL, ComplaintCategory.REPEAT_REPAIR_PERSONAL,
})


@dataclass(frozen=True)
class RuleTerms:
    """The amounts E23 leaves blank, and E3's bonus deduction: configuration per published version."""

    fines: Mapping[FineReason, Decimal]
    attitude_bonus_deduction: Decimal

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleTerms:
        try:
            fines = {FineReason(k): to_money(v) for k, v in dict(data.get("fines", {})).items()}
            deduction = to_money(data.get("attitude_bonus_deduction", "0"))
        except (ValueError, MoneyError) as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rule set has an invalid amount: {error}"),
                                  field="rules", error=str(exc)) from None
        missing = [r for r in FineReason if r not in fines]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rule set lacks the fine for {reason}."),
                                  field=missing[0].value, reason=missing[0].value)
        if any(v < 0 for v in fines.values()) or deduction < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Amounts in the rule set cannot be negative."),
                                  field="rules")
        return cls(fines, deduction)

    def to_dict(self) -> dict[str, Any]:
        return {"fines": {k.value: str(v) for k, v in self.fines.items()},
                "attitude_bonus_deduction": str(self.attitude_bonus_deduction)}


@dataclass(frozen=True)
class PublishedVersion:
    id: int
    version: int
    published_on: dt.date


def version_in_force(versions: Sequence[PublishedVersion], day: dt.date) -> PublishedVersion | None:
    """E24: the version published on or before the day of the facts (the publication day counts)."""
    candidates = [v for v in versions if v.published_on <= day]
    return max(candidates, key=lambda v: (v.published_on, v.version)) if candidates else None


def consequence(category: ComplaintCategory) -> DemeritKind | None:
    """What a verified complaint leads to: E21 major demerit, E3 criticism, else only the record (E5, E6)."""
    if category in MAJOR_DEMERIT_CATEGORIES:
        return DemeritKind.MAJOR
    if category is ComplaintCategory.ATTITUDE:
        return DemeritKind.CRITICISM
    return None
