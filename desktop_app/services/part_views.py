"""A paged, searchable list of parts with on hand and prices in force, for the stock and catalogue windows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import String, cast, func, or_, select, true

from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Part, StockMovement
from desktop_app.services.parts_catalogue import PartRow, part_rows


def _like(term: str) -> str:
    return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def _matching(search: str) -> Any:
    """Number, name, category or a compatible model contains the term (as PartsCatalogue.list_parts)."""
    term = search.strip()
    if not term:
        return None
    models = cast(Part.compatible_models, String)
    return or_(*(column.ilike(_like(text), escape="!") for column, text in (
        (Part.part_no, term), (Part.name, term), (Part.category, term), (models, term),
        (models, json.dumps(term)[1:-1]))))  # models are JSON text, non-ASCII escaped


def fitting(model: str | None) -> Any:
    """SQL for core.part_fit.fits: the part lists ``model`` (any case) or no model at all (universal).
    The list is JSON text on both databases, so an element is matched with its quotes."""
    wanted = (model or "").strip()
    if not wanted:
        return true()
    models = cast(Part.compatible_models, String)
    return or_(Part.compatible_models.is_(None), models.in_(("[]", "null")),
               models.ilike(_like(json.dumps(wanted)), escape="!"))


class PartListing:
    """``count``/``fetch`` for a QAbstractTableModel: 20,000 parts are paged in the database, not loaded.

    ``low_only`` keeps the active parts below their reorder level (they feed the requisition, D8)."""

    def __init__(self, sessions: SessionFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._sessions = sessions
        self._today = today
        self.low_only = False

    def _query(self, search: str, columns: Any) -> Any:
        query = select(columns).select_from(Part)
        if self.low_only:
            stock = (select(StockMovement.part_id, func.sum(StockMovement.quantity).label("qty"))
                     .group_by(StockMovement.part_id).subquery())
            query = query.outerjoin(stock, stock.c.part_id == Part.id).where(
                Part.active.is_(True), func.coalesce(stock.c.qty, 0) < Part.reorder_level)
        condition = _matching(search)
        return query if condition is None else query.where(condition)

    def count(self, search: str = "") -> int:
        with self._sessions.read() as s:
            return int(s.scalar(self._query(search, func.count(Part.id))) or 0)

    def fetch(self, offset: int, limit: int, search: str = "") -> list[PartRow]:
        with self._sessions.read() as s:
            parts = list(s.scalars(self._query(search, Part).order_by(Part.part_no).offset(offset).limit(limit)))
            return part_rows(s, parts, self._today())
