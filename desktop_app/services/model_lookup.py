"""A typed or scanned model number to its catalogue row, active or not, ignoring case as the catalogue does (W4, W12)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from desktop_app.core.product_rows import model_key
from desktop_app.db.models import Product, ProductCategory


@dataclass(frozen=True)
class ModelBrief:
    """What the intake forms show next to the model: the catalogue's spelling, name and category."""

    model: str
    name: str
    category_name: str  # Chinese, as the catalogue window shows it


class CatalogueProduct(NamedTuple):
    """What intake needs of a product: the warranty judges by category and checks the accessories (W2)."""

    id: int
    model: str  # the catalogue's spelling, whatever case was typed
    name: str
    category: str  # the category's code: the policy names categories by code (W4)
    category_name: str
    accessories: list[str]
    active: bool  # False: deactivated in the catalogue, still accepted (only the picker leaves it out)

    def brief(self) -> ModelBrief:
        return ModelBrief(self.model, self.name, self.category_name)


_products, _categories = Product.__table__, ProductCategory.__table__
# Built once, on the tables: a plain SELECT skips the ORM's per-statement work on every claim.
_SELECT = (select(_products.c.id, _products.c.model, _products.c.name, _categories.c.code, _categories.c.name_zh,
                  _products.c.accessories, _products.c.active)
           .join(_categories, _products.c.category_id == _categories.c.id))
# The usual case, a model picked from the list or scanned as printed: one lookup on uq_products_model.
_EXACT = _SELECT.where(_products.c.model == bindparam("model"))
# Otherwise the catalogue's own rule: models are unique ignoring case and surrounding spaces
# (product_catalogue.find_model, model_key). No index on lower(model) exists and adding one needs a
# migration, so only a spelling that misses the exact lookup reads the (small) products table.
_ANY_CASE = (_SELECT.where(func.lower(func.trim(_products.c.model)) == bindparam("key"))
             .order_by(_products.c.id).limit(1))


def find_product(s: Session, model: str) -> CatalogueProduct | None:
    """The catalogue's product for ``model`` as typed (any case, spaces around), deactivated ones too."""
    typed = model.strip()
    if not typed:
        return None
    row = s.execute(_EXACT, {"model": typed}).first()
    if row is None:
        row = s.execute(_ANY_CASE, {"key": model_key(typed)}).first()
    return CatalogueProduct(*row) if row is not None else None
