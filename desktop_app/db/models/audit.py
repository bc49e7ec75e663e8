"""Cross-cutting tables: the append-only audit log, printed documents, settings, numbering."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import JSON, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base
from desktop_app.db.types import created_at, intpk, str50, str100


class AuditEntry(Base):
    """Who did what to which record, with old and new values; never updated or deleted."""

    __tablename__ = "audit_log"

    id: Mapped[intpk]
    at: Mapped[created_at]
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    entity: Mapped[str50]
    entity_id: Mapped[Optional[int]]
    action: Mapped[str50]
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[Optional[str]] = mapped_column(Text)


class PrintedDocument(Base):
    """A log of every document printed or exported (receipts, surveys, reports)."""

    __tablename__ = "printed_documents"

    id: Mapped[intpk]
    at: Mapped[created_at]
    by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))  # None: the command line
    document: Mapped[str50]
    entity: Mapped[str50]
    entity_id: Mapped[Optional[int]]
    copies: Mapped[int] = mapped_column(default=1)
    target: Mapped[Optional[str100]]  # printer name or file


class Setting(Base):
    """Centre-wide settings: name, address, phone, on-site cities (S2), clocks, fines."""

    __tablename__ = "settings"

    key: Mapped[str100] = mapped_column(primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[Optional[dt.datetime]]


class NumberSequence(Base):
    """Per-prefix, per-period counters for human-readable numbers (SC-20261127-0001)."""

    __tablename__ = "number_sequences"

    prefix: Mapped[str50] = mapped_column(primary_key=True)
    period: Mapped[str50] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)


# A record's history, by time: its latest change is one seek (migration 0016 added ``at``).
Index("ix_audit_log_entity", AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at)
Index("ix_audit_log_user_at", AuditEntry.user_id, AuditEntry.at)
# The audit window's pages of one kind of record, newest first (migration 0016; by user or by day:
# the two above).
Index("ix_audit_log_entity_at", AuditEntry.entity, AuditEntry.at)
Index("ix_audit_log_at", AuditEntry.at)
