"""Column helpers: enums stored by value with a CHECK constraint, optional foreign keys."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """A portable VARCHAR + CHECK for a StrEnum (no native PostgreSQL ENUM: easier migrations)."""
    return Enum(
        enum_cls,
        name=None,  # let the naming convention name the CHECK after its column
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )

