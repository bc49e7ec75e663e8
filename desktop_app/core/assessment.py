"""Staff assessment rules (E3, E21, E23, E24): the versioned rule set and what a complaint leads to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.core.money import MoneyError, to_money
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ComplaintCategory, DemeritKind, FineReason
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# E21: a verified complaint of these kinds is a major demerit (记大过).
MAJOR_DEMERIT_CATEGORIES = frozenset({
    ComplaintCategory.QUARREL, ComplaintCategory.ASKING_FOR_MONEY,
    ComplaintCategory.LATE_PERSONAL, ComplaintCategory.REPEAT_REPAIR_PERSONAL,
})

# E23: every fine is about dispatched work (arriving, leaving the site, the service report, obeying
# the dispatch), so only those sent out on work orders can earn one: the roles a work order can be
# dispatched to (services.work_orders.dispatch) and the fines dialog offers. Operators and the
# general manager are never dispatched.
FINED_ROLES = frozenset({Role.TECHNICIAN, Role.SUPERVISOR})


@dataclass(frozen=True)
class RuleTerms:
    """The amounts E23 leaves blank, and E3's bonus deduction: configuration per published version.

    Every amount is checked when the terms are made (the rule-set dialog builds them directly): a
    negative or sub-fen amount published would make every later fine fail. A refusal names the
    amount's key, the names the rule-set dialog and ``to_dict`` use (``late_arrival``, ...,
    ``attitude_bonus_deduction``)."""

    fines: Mapping[FineReason, Decimal]
    attitude_bonus_deduction: Decimal

    def __post_init__(self) -> None:
        for reason, amount in self.fines.items():
            _check_amount(amount, FineReason(reason).value)
        _check_amount(self.attitude_bonus_deduction, "attitude_bonus_deduction")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleTerms:
        fines: dict[FineReason, Decimal] = {}
        for key, value in dict(data.get("fines", {})).items():
            try:
                reason = FineReason(key)
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rule set names an unknown fine “{reason}”."),
                                      field="rules", reason=key) from None
            fines[reason] = _amount(value, reason.value)
        deduction = _amount(data.get("attitude_bonus_deduction", "0"), "attitude_bonus_deduction")
        missing = [r for r in FineReason if r not in fines]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rule set lacks the fine for {reason}."),
                                  field=missing[0].value, reason=missing[0].value)
        return cls(fines, deduction)

    def to_dict(self) -> dict[str, Any]:
        return {"fines": {k.value: str(v) for k, v in self.fines.items()},
                "attitude_bonus_deduction": str(self.attitude_bonus_deduction)}


def _amount(value: Any, field: str) -> Decimal:
    """An amount of the rule set read from data or a form, refused in the user's words."""
    try:
        return to_money(value)
    except MoneyError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter an amount in yuan with at most two decimals."),
                              field=field) from None


def _check_amount(amount: Any, field: str) -> None:
    if not isinstance(amount, Decimal) or _amount(amount, field) != amount:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter an amount in yuan with at most two decimals."),
                              field=field)
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount cannot be less than {minimum}."),
                              field=field, minimum="0.00")


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
