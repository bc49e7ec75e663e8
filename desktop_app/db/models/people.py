"""Staff accounts, customers and the units (serial-numbered products) they bring in."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.types import created_at, intpk, str50, str100, str200

if TYPE_CHECKING:
    from desktop_app.db.models.catalogue import Product


class Staff(Base):
    """A person who signs in; never deleted (records keep pointing at them), only deactivated."""

    __tablename__ = "staff"

    id: Mapped[intpk]
    username: Mapped[str50] = mapped_column(unique=True)
    display_name: Mapped[str100]
    role: Mapped[Role] = mapped_column(enum_type(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[Optional[dt.datetime]]
    phone: Mapped[Optional[str50]]
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": row_version}


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[intpk]
    kind: Mapped[CustomerKind] = mapped_column(enum_type(CustomerKind), default=CustomerKind.PERSON)
    name: Mapped[str100] = mapped_column(index=True)
    contact_person: Mapped[Optional[str100]]
    phone: Mapped[str50] = mapped_column(index=True)
    phone2: Mapped[Optional[str50]]
    city: Mapped[Optional[str50]]
    address: Mapped[Optional[str200]]
    is_key_customer: Mapped[bool] = mapped_column(default=False)  # E13 regular visits
    note: Mapped[Optional[str200]]
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    units: Mapped[list[Unit]] = relationship(back_populates="customer")

    __mapper_args__ = {"version_id_col": row_version}


class Unit(Base):
    """One physical product, by serial number; the sale date starts its warranty (rule W1)."""

    __tablename__ = "units"

    id: Mapped[intpk]
    serial: Mapped[str100] = mapped_column(unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    customer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("customers.id"), index=True)
    sale_date: Mapped[Optional[dt.date]]
    invoice_no: Mapped[Optional[str100]]
    # W10: a sale registered for this serial (e.g. by the dealer) judges repairs without invoice.
    sale_registered: Mapped[bool] = mapped_column(default=False)
    # D11: the day the centre received the goods from the manufacturer (DOA window).
    centre_received_date: Mapped[Optional[dt.date]]
    replaced_by_unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("units.id"))
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    product: Mapped[Product] = relationship()
    customer: Mapped[Optional[Customer]] = relationship(back_populates="units")

    __mapper_args__ = {"version_id_col": row_version}


Index("ix_customers_phone2", Customer.phone2)
