"""The warranty policy terms as versioned data, with their JSON form (rule W12)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

INDUSTRIAL_ETHERNET = "industrial_ethernet"

# The month periods that must not shrink from one tier to the next (rules W2 <= W3 <= W4).
_PERIOD_CHAIN = ("return_months", "exchange_months", "repair_months", "long_repair_months")
_POSITIVE_INTS = (
    "version",
    *_PERIOD_CHAIN,
    "doa_days",
    "early_defect_days",
    "manufacturer_warranty_months",
)


@dataclass(frozen=True)
class PolicyTerms:
    """One version of the warranty promise and the dealer agreement's periods.

    Rule W12: a claim records the ``version`` it was judged under, so a stored version must never
    change meaning; a new policy is a new version. Construction validates the values and raises
    ``ValidationError`` naming the offending field, so a manager's edit form can focus it.
    The wear-part list is not here: it lives in the parts catalogue (rule W6 Decision).
    """

    version: int
    return_months: int = 1  # rule W2
    exchange_months: int = 12  # rule W3
    repair_months: int = 36  # rule W4
    long_repair_months: int = 60  # rule W4: industrial Ethernet products
    # Product category codes that get long_repair_months instead of repair_months (rule W4).
    long_repair_categories: frozenset[str] = field(
        default_factory=lambda: frozenset({INDUSTRIAL_ETHERNET})
    )
    doa_days: int = 7  # rule D11: from the centre's receipt of the goods
    early_defect_days: int = 15  # rule D12: from the sale to the customer
    manufacturer_warranty_months: int = 12  # rules D10, D13: from the sale to the customer

    def __post_init__(self) -> None:
        categories = self.long_repair_categories
        if isinstance(categories, str) or not isinstance(categories, Iterable):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} must be a list of product category codes"),
                field="long_repair_categories",
                name="long_repair_categories",
            )
        # Accept any iterable (a JSON list, a set) but store a frozenset: hashable, order-free.
        try:
            object.__setattr__(self, "long_repair_categories", frozenset(categories))
        except TypeError:  # an unhashable item, e.g. a nested JSON list
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} must be a list of product category codes"),
                field="long_repair_categories",
                name="long_repair_categories",
            ) from None
        for code in self.long_repair_categories:
            if not isinstance(code, str) or not code.strip() or code != code.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Not a product category code: {code}"),
                    field="long_repair_categories",
                    code=code,
                )
        for name in _POSITIVE_INTS:
            value = getattr(self, name)
            # bool is an int subclass; True is not a number of months.
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} must be a whole number of at least 1"),
                    field=name,
                    name=name,
                    value=value,
                )
        # A better tier never outlasts a lesser one (rules W2-W4): W3 "一年内" includes the first
        # month of W2, and a return offered without the exchange it implies would make no sense.
        for shorter, longer in zip(_PERIOD_CHAIN, _PERIOD_CHAIN[1:], strict=False):
            if getattr(self, shorter) > getattr(self, longer):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} ({value}) must not be longer than {other} ({other_value})"
                    ),
                    field=shorter,
                    name=shorter,
                    value=getattr(self, shorter),
                    other=longer,
                    other_value=getattr(self, longer),
                )

    def repair_months_for(self, product_category: str) -> int:
        """The free-repair period for a product category: 5 years for industrial Ethernet (W4)."""
        if product_category in self.long_repair_categories:
            return self.long_repair_months
        return self.repair_months

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every term spelled out (categories as a sorted list)."""
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["long_repair_categories"] = sorted(self.long_repair_categories)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicyTerms:
        """Rebuild terms stored by ``to_dict``; unknown or missing keys are rejected.

        Decision (rule W12): a stored version must be complete. Filling a missing key from
        today's default would let a later change of the default silently re-judge old claims,
        so a stored version without a term is an error, not a default.
        """
        if not isinstance(data, Mapping):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The stored warranty policy is not a JSON object"),
                field=None,
            )
        names = [f.name for f in fields(cls)]
        for key in data:
            if key not in names:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown warranty policy setting: {name}"),
                    field=str(key),
                    name=key,
                )
        for name in names:
            if name not in data:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The warranty policy lacks the setting {name}"),
                    field=name,
                    name=name,
                )
        return cls(**{name: data[name] for name in names})


# The policy as DOMAIN.md restates it (rules W2-W4, D10-D13).
DEFAULT_POLICY = PolicyTerms(version=1)
