"""Preview and apply a list of product models (型号 名称 类别 随机附件): all accepted rows or nothing (W2, W4).

Decision: a row naming a category the catalogue does not have is rejected with its row number (a typo
in a code would otherwise make a category the warranty policy does not know, W4); categories are few
and are added in the window first. The category cell may hold the code or the category's Chinese name.
A model already in the catalogue (ignoring case and surrounding spaces) keeps its spelling and its
active flag; its name, category and accessories (when the file has that column) follow the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.product_rows import ModelRecord, ModelSheet, RejectedModelRow, model_key, parse_model_sheet
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Product, ProductCategory
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.sheet_files import sheet_bytes

# A list of a few thousand models is well under 1 MB; anything near this is the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ModelFieldChange:
    field: str  # name, category (the code), accessories
    old: Any
    new: Any


@dataclass(frozen=True)
class ModelChange:
    row: int
    model: str
    name: str
    changes: tuple[ModelFieldChange, ...]  # for an added model: every field the file gives


@dataclass(frozen=True)
class ModelImportPreview:
    file: str
    added: tuple[ModelChange, ...]
    changed: tuple[ModelChange, ...]
    unchanged: int
    rejected: tuple[RejectedModelRow, ...]


def read_model_sheet(filename: str | Path, data: bytes | None = None) -> ModelSheet:
    path = Path(filename)
    sheet = parse_model_sheet(sheet_bytes(path, data, MAX_FILE_BYTES, _too_big), path.name)
    if not sheet.records and not sheet.rejected:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} has headers but no model rows below them."),
                              field="file", file=path.name)
    return sheet


def _too_big(path: Path) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "{file} is larger than {mb} MB: it is not a list of product models."),
        field="file", file=path.name, mb=MAX_FILE_BYTES // (1024 * 1024))


def _categories(s: Session) -> dict[str, tuple[int, str]]:
    """Code (any case) and Chinese name -> (id, code); a code wins over a name that reads the same."""
    found: dict[str, tuple[int, str]] = {}
    rows = list(s.execute(select(ProductCategory.id, ProductCategory.code, ProductCategory.name_zh)))
    for category_id, code, name_zh in rows:
        found.setdefault(name_zh.strip(), (category_id, code))
    for category_id, code, _name in rows:
        found[code.lower()] = (category_id, code)
    return found


def _existing(s: Session) -> dict[str, Product]:
    return {model_key(p.model): p for p in s.scalars(select(Product))}


def _plan(s: Session, sheet: ModelSheet, name: str) -> tuple[ModelImportPreview, dict[int, int]]:
    """What applying would do, and each accepted row's category id."""
    categories, existing = _categories(s), _existing(s)
    codes = {category_id: code for category_id, code in categories.values()}
    added, changed, rejected, unchanged, category_of = [], [], list(sheet.rejected), 0, {}
    for record in sheet.records:
        category = categories.get(record.category.lower()) or categories.get(record.category)
        if category is None:
            rejected.append(RejectedModelRow(record.row, record.model, (ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "there is no product category “{code}”; add it in the product models window first"),
                field="category", code=record.category),)))
            continue
        category_of[record.row] = category[0]
        product = existing.get(model_key(record.model))
        new = {"name": record.name, "category": category[1], "accessories": record.accessories}
        old = ({"name": product.name, "category": codes.get(product.category_id, ""),
                "accessories": tuple(product.accessories or ())} if product is not None else {})
        diffs = tuple(ModelFieldChange(key, old.get(key), value) for key, value in new.items()
                      if value is not None and (product is None or old[key] != value))
        if product is None:
            added.append(ModelChange(record.row, record.model, record.name, diffs))
        elif diffs:
            changed.append(ModelChange(record.row, product.model, record.name, diffs))
        else:
            unchanged += 1
    preview = ModelImportPreview(name, tuple(added), tuple(changed), unchanged,
                                 tuple(sorted(rejected, key=lambda r: r.row)))
    return preview, category_of


class ProductImportService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def preview(self, filename: str | Path, data: bytes | None = None) -> ModelImportPreview:
        """Added, changed and rejected rows, each rejection with its row number; writes nothing."""
        sheet = read_model_sheet(filename, data)
        with self._sessions.read() as s:
            return _plan(s, sheet, Path(filename).name)[0]

    def apply(self, actor: Actor, filename: str | Path, data: bytes | None = None) -> ModelImportPreview:
        """Writes every accepted row in one transaction; rejected rows are left out and listed."""
        require(actor, Permission.PRODUCTS_MANAGE)
        sheet, name = read_model_sheet(filename, data), Path(filename).name
        records = {r.row: r for r in sheet.records}
        try:
            with self._sessions.write() as s, s.begin():
                # Planned again inside the transaction: the catalogue may have moved since the preview.
                plan, category_of = _plan(s, sheet, name)
                self._write(s, actor, plan, records, category_of)
                audit_trail.record(s, actor, "products_import", None, "import", {
                    "file": name, "models_added": len(plan.added), "models_changed": len(plan.changed),
                    "models_unchanged": plan.unchanged, "rejected_rows": [r.row for r in plan.rejected]})
        except IntegrityError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The catalogue changed while {file} was imported; nothing was imported. Preview it again."),
                field="file", file=name) from None
        return plan

    @staticmethod
    def _write(s: Session, actor: Actor, plan: ModelImportPreview, records: dict[int, ModelRecord],
               category_of: dict[int, int]) -> None:
        entries = []
        existing = _existing(s)
        for change in plan.changed:
            product, record = existing[model_key(change.model)], records[change.row]
            product.name, product.category_id = record.name, category_of[change.row]
            if record.accessories is not None:
                product.accessories = list(record.accessories)
            entries.append(("product", product.id, "update", audit_trail.changes_of(product),
                            f"import row {change.row}"))
        s.flush()
        created = [{"model": records[c.row].model, "name": records[c.row].name, "category_id": category_of[c.row],
                    "accessories": list(records[c.row].accessories or ()), "active": True} for c in plan.added]
        if created:  # a model added meanwhile fails the unique index here, and the whole import rolls back
            ids = list(s.execute(insert(Product).returning(Product.id, sort_by_parameter_order=True), created))
            entries += [("product", product_id, "create", {"id": product_id, **values}, f"import row {c.row}")
                        for (product_id,), values, c in zip(ids, created, plan.added)]
        audit_trail.record_many(s, actor, entries)
        _refuse_case_twins(s, [r["model"] for r in created])


def _refuse_case_twins(s: Session, models: list[str]) -> None:
    """The unique index is exact: a model another counter added meanwhile in other case is caught here."""
    if not models:
        return
    keys = [model_key(m) for m in models]
    twins = s.scalar(select(func.count()).select_from(
        select(func.lower(func.trim(Product.model)).label("k")).where(func.lower(func.trim(Product.model)).in_(keys))
        .group_by("k").having(func.count() > 1).subquery()))
    if twins:
        raise IntegrityError("case twins", None, Exception("duplicate model"))
