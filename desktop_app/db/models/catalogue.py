"""Product lines, models, fault categories, spare parts and the versioned fee schedule."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base
from desktop_app.db.types import created_at, intpk, money, str20, str50, str100, str200


class ProductCategory(Base):
    """A product line; the warranty policy names categories with longer periods (rule W4)."""

    __tablename__ = "product_categories"

    id: Mapped[intpk]
    code: Mapped[str50] = mapped_column(unique=True)
    name_zh: Mapped[str100]
    name_en: Mapped[str100]

    fault_categories: Mapped[list[FaultCategory]] = relationship(back_populates="product_category")


class Product(Base):
    __tablename__ = "products"

    id: Mapped[intpk]
    model: Mapped[str100] = mapped_column(unique=True)
    name: Mapped[str200]
    category_id: Mapped[int] = mapped_column(ForeignKey("product_categories.id"), index=True)
    # Accessories handed over with the unit (W2: missing ones are charged at cost).
    accessories: Mapped[list[str]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(default=True)

    category: Mapped[ProductCategory] = relationship()


class FaultCategory(Base):
    """Fault catalogue per product line (E2 fault statistics, E16 repeat repairs)."""

    __tablename__ = "fault_categories"
    __table_args__ = (UniqueConstraint("product_category_id", "code"),)

    id: Mapped[intpk]
    product_category_id: Mapped[int] = mapped_column(ForeignKey("product_categories.id"))
    code: Mapped[str50]
    name_zh: Mapped[str100]
    name_en: Mapped[str100]
    active: Mapped[bool] = mapped_column(default=True)

    product_category: Mapped[ProductCategory] = relationship(back_populates="fault_categories")


class Part(Base):
    """A spare part; the wear flag is rule W6 (editable by the manager)."""

    __tablename__ = "parts"

    id: Mapped[intpk]
    part_no: Mapped[str50] = mapped_column(unique=True)
    name: Mapped[str200]
    compatible_models: Mapped[list[str]] = mapped_column(default=list)
    category: Mapped[Optional[str50]]
    is_wear_part: Mapped[bool] = mapped_column(default=False)
    unit_of_measure: Mapped[str20] = mapped_column(default="个")
    reorder_level: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class PartWearFlag(Base):
    """Each part's wear flag since when (W6, W12): a claim is charged under the flag in force when it
    was taken, so marking a part as wear (or not) never changes claims already taken (migration 0004)."""

    __tablename__ = "part_wear_flags"

    id: Mapped[intpk]
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    is_wear_part: Mapped[bool]
    changed_at: Mapped[dt.datetime]  # UTC; 1970-01-01 for the flags parts had before the history began
    changed_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))


# The flag in force at a claim's intake: the newest row of a part up to that moment.
Index("ix_part_wear_flags_part_changed", PartWearFlag.part_id, PartWearFlag.changed_at)


class FeeSchedule(Base):
    """The manufacturer's 维修收费标准 (D6, D9), in force from its effective date."""

    __tablename__ = "fee_schedules"

    id: Mapped[intpk]
    effective_from: Mapped[dt.date] = mapped_column(unique=True)
    note: Mapped[Optional[str200]]
    created_at: Mapped[created_at]

    items: Mapped[list[FeeScheduleItem]] = relationship(back_populates="schedule")
    labour_rates: Mapped[list[LabourRate]] = relationship(back_populates="schedule")


class FeeScheduleItem(Base):
    __tablename__ = "fee_schedule_items"
    __table_args__ = (UniqueConstraint("schedule_id", "part_id"),)

    id: Mapped[intpk]
    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedules.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    cost_price: Mapped[money]  # W5: paid repairs charge parts at cost, no margin
    fee_price: Mapped[money]  # D6: over-quota parts are charged at the fee schedule

    schedule: Mapped[FeeSchedule] = relationship(back_populates="items")
    part: Mapped[Part] = relationship()


class LabourRate(Base):
    """Labour and travel charges of a fee schedule (E11 quotes)."""

    __tablename__ = "labour_rates"
    __table_args__ = (UniqueConstraint("schedule_id", "code"),)

    id: Mapped[intpk]
    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedules.id"))
    code: Mapped[str50]
    name_zh: Mapped[str100]
    name_en: Mapped[str100]
    amount: Mapped[money]

    schedule: Mapped[FeeSchedule] = relationship(back_populates="labour_rates")


