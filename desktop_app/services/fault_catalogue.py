"""The fault catalogue per product line: what diagnosis chooses from (E2 fault statistics, E16 repeats).

Categories are never deleted: closed orders keep pointing at them and the monthly reports count
them. One no longer used is retired (inactive) and disappears from the diagnosis choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FaultCategory, ProductCategory, WorkOrder
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.intake_forms import FormInvalid

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$")
NAME_LENGTH = 100


@dataclass(frozen=True)
class ProductLine:
    id: int
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class FaultEntry:
    id: int
    product_category_id: int
    code: str
    name_zh: str
    name_en: str
    active: bool
    orders: int  # work orders diagnosed with it: a used category is retired, never renamed away silently


@dataclass(frozen=True)
class FaultInput:
    code: str
    name_zh: str
    name_en: str


class FaultCatalogue:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def product_lines(self) -> list[ProductLine]:
        with self._sessions.read() as s:
            rows = s.execute(select(ProductCategory.id, ProductCategory.code, ProductCategory.name_zh,
                                    ProductCategory.name_en).order_by(ProductCategory.code))
            return [ProductLine(*row) for row in rows]

    def faults(self, product_category_id: int) -> list[FaultEntry]:
        """Every category of the line, retired ones too, with how many orders use each."""
        with self._sessions.read() as s:
            used = (select(WorkOrder.fault_category_id, func.count(WorkOrder.id).label("n"))
                    .group_by(WorkOrder.fault_category_id).subquery())
            rows = s.execute(
                select(FaultCategory.id, FaultCategory.product_category_id, FaultCategory.code,
                       FaultCategory.name_zh, FaultCategory.name_en, FaultCategory.active,
                       func.coalesce(used.c.n, 0))
                .outerjoin(used, used.c.fault_category_id == FaultCategory.id)
                .where(FaultCategory.product_category_id == product_category_id)
                .order_by(FaultCategory.active.desc(), FaultCategory.code))
            return [FaultEntry(*row) for row in rows]

    def add(self, actor: Actor, product_category_id: int, given: FaultInput) -> int:
        require(actor, Permission.FAULT_CATALOGUE_MANAGE)
        code, name_zh, name_en = _validated(given)
        with self._sessions.write() as s, s.begin():
            if s.get(ProductCategory, product_category_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a product line."), field="product_line")
            _ensure_unique(s, product_category_id, code)
            fault = FaultCategory(product_category_id=product_category_id, code=code, name_zh=name_zh,
                                  name_en=name_en, active=True)
            s.add(fault)
            s.flush()
            audit_trail.record(s, actor, "fault_category", fault.id, "create", audit_trail.created_values(fault))
            return fault.id

    def edit(self, actor: Actor, fault_id: int, given: FaultInput) -> None:
        """Corrects the wording; the code stays unique in its line (reports group by it)."""
        require(actor, Permission.FAULT_CATALOGUE_MANAGE)
        code, name_zh, name_en = _validated(given)
        with self._sessions.write() as s, s.begin():
            fault = _load(s, fault_id)
            _ensure_unique(s, fault.product_category_id, code, own_id=fault.id)
            fault.code, fault.name_zh, fault.name_en = code, name_zh, name_en
            changes = audit_trail.changes_of(fault)
            if changes:
                audit_trail.record(s, actor, "fault_category", fault.id, "update", changes)

    def set_active(self, actor: Actor, fault_id: int, active: bool) -> None:
        require(actor, Permission.FAULT_CATALOGUE_MANAGE)
        with self._sessions.write() as s, s.begin():
            fault = _load(s, fault_id)
            fault.active = active
            changes = audit_trail.changes_of(fault)
            if changes:
                audit_trail.record(s, actor, "fault_category", fault.id, "update", changes)


def _validated(given: FaultInput) -> tuple[str, str, str]:
    code, name_zh, name_en = given.code.strip(), given.name_zh.strip(), given.name_en.strip()
    errors: list[ValidationError] = []
    if not code:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a code."), field="code"))
    elif not CODE.match(code):
        errors.append(ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A code is up to 50 letters, digits, “-” or “_”, e.g. no_power."), field="code"))
    if not name_zh:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the Chinese name."), field="name_zh"))
    elif len(name_zh) > NAME_LENGTH:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "At most {limit} characters."),
                                      field="name_zh", limit=NAME_LENGTH))
    if len(name_en) > NAME_LENGTH:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "At most {limit} characters."),
                                      field="name_en", limit=NAME_LENGTH))
    if errors:
        raise FormInvalid(errors)
    return code, name_zh, name_en or name_zh


def _load(s: Session, fault_id: int) -> FaultCategory:
    fault = s.get(FaultCategory, fault_id)
    if fault is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This fault category no longer exists."), field=None)
    return fault


def _ensure_unique(s: Session, product_category_id: int, code: str, own_id: int | None = None) -> None:
    clash = s.scalar(select(FaultCategory.id).where(FaultCategory.product_category_id == product_category_id,
                                                    FaultCategory.code == code))
    if clash is not None and clash != own_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The code {code} is already in this product line."),
                              field="code", code=code)
