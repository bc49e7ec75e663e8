"""The warranty policy in force (rule W12): the newest published version, or the default."""

from __future__ import annotations

import datetime as dt

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import ProductCategory, WarrantyPolicyVersion
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require


def current_version(session: Session) -> WarrantyPolicyVersion:
    """The version claims are judged under now; the default is stored on first use."""
    row = session.scalar(select(WarrantyPolicyVersion).order_by(WarrantyPolicyVersion.version.desc()).limit(1))
    if row is None:
        row = WarrantyPolicyVersion(
            version=DEFAULT_POLICY.version, effective_from=dt.date(2000, 1, 1), terms=DEFAULT_POLICY.to_dict()
        )
        session.add(row)
        session.flush()
    return row


class CategoryChoice(NamedTuple):
    """A product category a manager may give the longer repair period (rule W4)."""

    code: str
    name_zh: str
    name_en: str


class PolicyService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def current_terms(self) -> PolicyTerms:
        with self._sessions.read() as session:
            row = session.scalar(
                select(WarrantyPolicyVersion).order_by(WarrantyPolicyVersion.version.desc()).limit(1)
            )
            return PolicyTerms.from_dict(row.terms) if row is not None else DEFAULT_POLICY

    def product_categories(self) -> list[CategoryChoice]:
        with self._sessions.read() as session:
            rows = session.execute(select(ProductCategory.code, ProductCategory.name_zh, ProductCategory.name_en)
                                   .order_by(ProductCategory.code))
            return [CategoryChoice(*row) for row in rows]

    def publish(self, actor: Actor, terms: PolicyTerms, effective_from: dt.date) -> PolicyTerms:
        """A new version; old claims keep the version they were judged under (rule W12)."""
        require(actor, Permission.POLICY_MANAGE)
        with self._sessions.write() as session, session.begin():
            current_version(session)
            version = (session.scalar(select(func.max(WarrantyPolicyVersion.version))) or 0) + 1
            published = PolicyTerms.from_dict({**terms.to_dict(), "version": version})
            row = WarrantyPolicyVersion(
                version=version, effective_from=effective_from, terms=published.to_dict(),
                published_by_id=actor.staff_id or None,
            )
            session.add(row)
            session.flush()
            audit_trail.record(session, actor, "warranty_policy", row.id, "publish", published.to_dict())
            return published
