"""The product catalogue: categories (named by the warranty policy, W4) and models with their accessories (W2).

Nothing here is deleted: claims, units and fault categories keep pointing at categories and models.
A model no longer sold is deactivated: intake's model list leaves it out (ClaimIntakeService.product_models),
old claims and units keep it, and intake still finds it, in any case (services.model_lookup). The tables
have no row version (and this fix adds no migration), so an edit carries the row as the form loaded it
and is refused if the stored row differs (optimistic check).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core import product_rows as fields
from desktop_app.core.permissions import Permission
from desktop_app.core.warranty_policy import DEFAULT_POLICY
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import AuditEntry, Product, ProductCategory, Staff, WarrantyPolicyVersion
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.concurrency import ChangedElsewhere
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.policy import version_on


@dataclass(frozen=True)
class CategoryRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    models: int  # models of the category, deactivated ones too
    code_locked: bool  # models or a policy version use the code: it can no longer change (W4)
    long_repair: bool  # the policy in force today gives it the longer free repair (W4)


@dataclass(frozen=True)
class CategoryInput:
    code: str
    name_zh: str
    name_en: str = ""


@dataclass(frozen=True)
class ProductModelRow:
    id: int
    model: str
    name: str
    category_id: int
    category_code: str
    category_name: str  # Chinese
    accessories: tuple[str, ...]  # handed over with the unit, ticked at intake (W2)
    active: bool


@dataclass(frozen=True)
class ModelInput:
    model: str
    name: str
    category_id: int | None
    accessories: tuple[str, ...] | str = ()


def _like(term: str) -> str:
    return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


_MODEL_COLUMNS = (Product.id, Product.model, Product.name, Product.category_id, ProductCategory.code,
                  ProductCategory.name_zh, Product.accessories, Product.active)


def _model_row(row: Any) -> ProductModelRow:
    *head, accessories, active = row
    return ProductModelRow(*head, tuple(accessories or ()), bool(active))


class ProductModelListing:
    """``count``/``fetch`` for the window's paged table: a group of centres may keep thousands of models.

    ``category_id`` narrows to one category; ``active_only`` leaves the deactivated models out."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self.category_id: int | None = None
        self.active_only = False

    def _where(self, query: Any, search: str) -> Any:
        if self.category_id is not None:
            query = query.where(Product.category_id == self.category_id)
        if self.active_only:
            query = query.where(Product.active.is_(True))
        if term := search.strip():
            query = query.where(or_(Product.model.ilike(_like(term), escape="!"),
                                    Product.name.ilike(_like(term), escape="!")))
        return query

    def count(self, search: str = "", *, at_most: int | None = None) -> int:
        with self._sessions.read() as s:
            return int(s.scalar(self._where(select(func.count(Product.id)), search)) or 0)

    def fetch(self, offset: int, limit: int, search: str = "") -> list[ProductModelRow]:
        query = self._where(select(*_MODEL_COLUMNS).join(ProductCategory, Product.category_id == ProductCategory.id),
                            search)
        with self._sessions.read() as s:
            return [_model_row(r) for r in s.execute(query.order_by(Product.model).offset(offset).limit(limit))]


def policy_codes(s: Session) -> set[str]:
    """Every category code a stored policy version names, and the default's (claims before any version)."""
    codes = set(DEFAULT_POLICY.long_repair_categories)
    for terms in s.scalars(select(WarrantyPolicyVersion.terms)):
        codes.update((terms or {}).get("long_repair_categories", ()))
    return codes


def find_model(s: Session, model: str, *, except_id: int | None = None) -> Product | None:
    """The model that differs from ``model`` at most in case and surrounding spaces."""
    query = select(Product).where(func.lower(func.trim(Product.model)) == fields.model_key(model))
    if except_id is not None:
        query = query.where(Product.id != except_id)
    return s.scalars(query.limit(1)).first()


def _changed_elsewhere(s: Session, entity: str, entity_id: int) -> ChangedElsewhere:
    last = s.execute(select(Staff.display_name, AuditEntry.at).outerjoin(Staff, AuditEntry.user_id == Staff.id)
                     .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                     .order_by(AuditEntry.id.desc()).limit(1)).first()
    who, at = (last[0] or "?", last[1]) if last else ("?", None)
    when = at.astimezone().strftime("%H:%M") if isinstance(at, dt.datetime) else "?"
    return ChangedElsewhere(QT_TRANSLATE_NOOP(
        "Errors", "Changed by {who} at {time}: reload to see the changes. Nothing was saved."),
        field="row_version", who=who, time=when)


def _collect(*checks: tuple[Callable[..., Any], tuple[Any, ...]]) -> list[Any]:
    """Every field checked, all mistakes reported at once (FormInvalid), each at its field."""
    values, errors = [], []
    for check, args in checks:
        try:
            values.append(check(*args))
        except ValidationError as error:
            errors.append(error)
            values.append(None)
    if errors:
        raise FormInvalid(errors)
    return values


def _chosen(category_id: int | None) -> int:
    if category_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a product category."), field="category")
    return category_id


class ProductCatalogue:
    def __init__(self, sessions: SessionFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._sessions = sessions
        self._today = today

    # --- reading ---------------------------------------------------------------------------------
    def categories(self) -> list[CategoryRow]:
        counts = (select(Product.category_id, func.count(Product.id).label("n"))
                  .group_by(Product.category_id).subquery())
        with self._sessions.read() as s:
            named = policy_codes(s)
            in_force = version_on(s, self._today())
            long_codes = set((in_force.terms if in_force is not None else DEFAULT_POLICY.to_dict())
                             .get("long_repair_categories", ()))
            rows = s.execute(select(ProductCategory.id, ProductCategory.code, ProductCategory.name_zh,
                                    ProductCategory.name_en, func.coalesce(counts.c.n, 0))
                             .outerjoin(counts, counts.c.category_id == ProductCategory.id)
                             .order_by(ProductCategory.code))
            return [CategoryRow(i, code, zh, en, int(n), bool(n) or code in named, code in long_codes)
                    for i, code, zh, en, n in rows]

    def models(self, search: str = "", *, category_id: int | None = None, active_only: bool = False,
               limit: int = 200, offset: int = 0) -> list[ProductModelRow]:
        listing = ProductModelListing(self._sessions)
        listing.category_id, listing.active_only = category_id, active_only
        return listing.fetch(offset, limit, search)

    def get_model(self, ref: int | str) -> ProductModelRow:
        with self._sessions.read() as s:
            return self._row(s, self._load_model(s, ref).id)

    # --- categories ------------------------------------------------------------------------------
    def add_category(self, actor: Actor, data: CategoryInput) -> CategoryRow:
        require(actor, Permission.PRODUCTS_MANAGE)
        code, name_zh, name_en = self._category_values(data)
        with self._sessions.write() as s, s.begin():
            self._ensure_unique_code(s, code)
            category = ProductCategory(code=code, name_zh=name_zh, name_en=name_en)
            s.add(category)
            s.flush()
            audit_trail.record(s, actor, "product_category", category.id, "create",
                               audit_trail.created_values(category))
            new_id = category.id
        return self._category(new_id)

    def edit_category(self, actor: Actor, category_id: int, data: CategoryInput, *,
                      loaded: CategoryRow | None = None) -> CategoryRow:
        """Names may always be corrected; the code only while no model or policy version uses it (W4)."""
        require(actor, Permission.PRODUCTS_MANAGE)
        code, name_zh, name_en = self._category_values(data)
        with self._sessions.write() as s, s.begin():
            category = s.get(ProductCategory, category_id, with_for_update=True)
            if category is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a product category."), field="category")
            if loaded is not None and (category.code, category.name_zh, category.name_en) != (
                    loaded.code, loaded.name_zh, loaded.name_en):
                raise _changed_elsewhere(s, "product_category", category.id)
            if code != category.code:
                used = s.scalar(select(func.count(Product.id)).where(Product.category_id == category.id))
                if used or category.code in policy_codes(s):
                    raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "The code {code} is used by models or the warranty policy (W4); only the names can change."),
                        field="code", code=category.code)])
                self._ensure_unique_code(s, code, category.id)
            category.code, category.name_zh, category.name_en = code, name_zh, name_en
            changes = audit_trail.changes_of(category)
            if changes:
                audit_trail.record(s, actor, "product_category", category.id, "update", changes)
        return self._category(category_id)

    def _category(self, category_id: int) -> CategoryRow:
        return next(c for c in self.categories() if c.id == category_id)

    @staticmethod
    def _category_values(data: CategoryInput) -> tuple[str, str, str]:
        code, name_zh, name_en = _collect((fields.check_code, (data.code,)),
                                          (fields.check_category_name, (data.name_zh, "name_zh")),
                                          (fields.check_english_name, (data.name_en,)))
        return code, name_zh, name_en

    @staticmethod
    def _ensure_unique_code(s: Session, code: str, own_id: int | None = None) -> None:
        # Unique ignoring case: "Router" and "router" in one policy would read as one category.
        query = select(ProductCategory.code).where(func.lower(ProductCategory.code) == code.lower())
        if own_id is not None:
            query = query.where(ProductCategory.id != own_id)
        if (taken := s.scalar(query.limit(1))) is not None:
            raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The category code {code} is already in use."), field="code", code=taken)])

    # --- models ----------------------------------------------------------------------------------
    def add_model(self, actor: Actor, data: ModelInput) -> ProductModelRow:
        require(actor, Permission.PRODUCTS_MANAGE)
        model, name, accessories = self._model_values(data)
        with self._sessions.write() as s, s.begin():
            category_id = self._category_id(s, data.category_id)
            self._ensure_unique_model(s, model)
            product = Product(model=model, name=name, category_id=category_id, accessories=list(accessories),
                              active=True)
            s.add(product)
            s.flush()
            audit_trail.record(s, actor, "product", product.id, "create", audit_trail.created_values(product))
            return self._row(s, product.id)

    def edit_model(self, actor: Actor, product_id: int, data: ModelInput, *,
                   loaded: ProductModelRow | None = None) -> ProductModelRow:
        """Model, name, category and accessories; claims already taken keep their judgement (W12)."""
        require(actor, Permission.PRODUCTS_MANAGE)
        model, name, accessories = self._model_values(data)
        with self._sessions.write() as s, s.begin():
            product = self._load_model(s, product_id, loaded)
            category_id = self._category_id(s, data.category_id)
            self._ensure_unique_model(s, model, product.id)
            for key, value in (("model", model), ("name", name), ("category_id", category_id),
                               ("accessories", list(accessories))):
                if getattr(product, key) != value:
                    setattr(product, key, value)
            changes = audit_trail.changes_of(product)
            if changes:
                audit_trail.record(s, actor, "product", product.id, "update", changes)
            s.flush()
            return self._row(s, product.id)

    def set_model_active(self, actor: Actor, product_id: int, active: bool, *,
                         loaded: ProductModelRow | None = None) -> ProductModelRow:
        """A deactivated model leaves intake's list; its units and claims keep it."""
        require(actor, Permission.PRODUCTS_MANAGE)
        with self._sessions.write() as s, s.begin():
            product = self._load_model(s, product_id, loaded)
            if product.active != active:
                product.active = active
                audit_trail.record(s, actor, "product", product.id, "activate" if active else "deactivate",
                                   audit_trail.changes_of(product))
                s.flush()
            return self._row(s, product.id)

    @staticmethod
    def _model_values(data: ModelInput) -> tuple[str, str, tuple[str, ...]]:
        model, name, _category, accessories = _collect((fields.check_model, (data.model,)),
                                                       (fields.check_model_name, (data.name,)),
                                                       (_chosen, (data.category_id,)),
                                                       (fields.check_accessories, (data.accessories,)))
        return model, name, accessories

    @staticmethod
    def _category_id(s: Session, category_id: int | None) -> int:
        if category_id is None or s.get(ProductCategory, category_id) is None:
            raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a product category."),
                                               field="category")])
        return category_id

    @staticmethod
    def _ensure_unique_model(s: Session, model: str, own_id: int | None = None) -> None:
        taken = find_model(s, model, except_id=own_id)
        if taken is not None:
            raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The model {model} is already in the catalogue."), field="model", model=taken.model)])

    @staticmethod
    def _load_model(s: Session, ref: int | str, loaded: ProductModelRow | None = None) -> Product:
        product = s.get(Product, ref, with_for_update=True) if isinstance(ref, int) else find_model(s, ref)
        if product is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no product model “{model}”."),
                                  field="model", model=str(ref))
        if loaded is not None:
            stored = (product.model, product.name, product.category_id, tuple(product.accessories or ()),
                      bool(product.active))
            if stored != (loaded.model, loaded.name, loaded.category_id, loaded.accessories, loaded.active):
                raise _changed_elsewhere(s, "product", product.id)
        return product

    @staticmethod
    def _row(s: Session, product_id: int) -> ProductModelRow:
        row = s.execute(select(*_MODEL_COLUMNS).join(ProductCategory, Product.category_id == ProductCategory.id)
                        .where(Product.id == product_id)).one()
        return _model_row(row)

