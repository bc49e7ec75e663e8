"""Which customers, units and claims contain a typed fragment, through the search indexes.

``LIKE '%x%'`` cannot use a B-tree, so on SQLite migration 0003 keeps FTS5 trigram tables
(``customers_search``, ``units_search``, ``claims_search``: fragments of 3+ characters) and a table of
the 1- and 2-character pieces of customer names (``customer_name_grams``). Each function here gives
a SELECT of matching ids with the same meaning as the plain LIKE it replaces, so the listings and
the lookup only change how fast they answer. PostgreSQL keeps LIKE, served there by pg_trgm GIN
indexes when the extension was available.

One assumption keeps 1–2 character searches exact: phones (normalised digits), claim and order
numbers and serials (printed label codes) are ASCII, so text without ASCII characters can only
match a name or a contact person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, column, literal_column, or_, select, table, union

from desktop_app.db.models import Claim, Customer, Unit, WorkOrder

TRIGRAM = 3  # the shortest fragment the trigram index can answer
# A whole document number (services.numbering: PREFIX-YEAR-COUNTER). Every number shares its
# prefix and year trigrams with a year's worth of others, so the trigram index would check them all;
# a whole number can only be contained in itself, so the unique index answers it exactly.
WHOLE_NUMBER = re.compile(r"[A-Za-z]{2}-\d{4}-\d{6}")

_customers_search = table("customers_search", column("rowid"))
_units_search = table("units_search", column("rowid"))
_claims_search = table("claims_search", column("rowid"))
_work_orders_search = table("work_orders_search", column("rowid"))
_grams = table("customer_name_grams", column("gram"), column("customer_id"), column("field"))


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like(col: Any, text: str) -> Any:
    return col.like(like_pattern(text), escape="\\")


def indexed(dialect: str, text: str) -> bool:
    """True when the SQLite search tables answer ``text`` (else plain LIKE, as before)."""
    return dialect == "sqlite" and (len(text) >= TRIGRAM or _names_only(text))


def _names_only(text: str) -> bool:
    return 0 < len(text) < TRIGRAM and not any(ch.isascii() for ch in text)


def _match(fts: Any, columns: str, text: str) -> Any:
    # A quoted FTS5 phrase is a literal substring for the trigram tokenizer ('"' is doubled).
    phrase = '"' + text.replace('"', '""') + '"'
    return literal_column(fts.name).op("MATCH")(f"{{{columns}}} : {phrase}")


def customer_ids(dialect: str, text: str, columns: tuple[str, ...]) -> Select[Any]:
    """Customers with ``text`` in one of ``columns`` (of name, phone, phone2, contact_person), as a
    LIKE would find them (ASCII letters in either case)."""
    if indexed(dialect, text) and len(text) >= TRIGRAM:
        return select(_customers_search.c.rowid).where(_match(_customers_search, " ".join(columns), text))
    if indexed(dialect, text):  # one or two non-ASCII characters: a piece of a name
        fields = [f for c, f in (("name", "n"), ("contact_person", "c")) if c in columns]
        return (select(_grams.c.customer_id).distinct()
                .where(_grams.c.gram == text.lower(), _grams.c.field.in_(fields)))
    return select(Customer.id).where(or_(*(_like(getattr(Customer, c), text) for c in columns)))


def unit_ids(dialect: str, text: str) -> Select[Any] | None:
    """Units whose serial contains ``text``; None when none can (see the module's assumption)."""
    if indexed(dialect, text):
        if len(text) < TRIGRAM:
            return None
        return select(_units_search.c.rowid).where(_match(_units_search, "serial", text))
    return select(Unit.id).where(_like(Unit.serial, text))


def claim_ids(dialect: str, text: str, *, fault_text: bool = False) -> Select[Any] | None:
    """Claims whose number (and, when asked, fault description) contains ``text``; fault text is
    searched from 3 characters on, shorter fragments of it would match nearly every claim."""
    fault = fault_text and len(text) >= TRIGRAM
    if WHOLE_NUMBER.fullmatch(text) and not fault:
        return select(Claim.id).where(Claim.number == text.upper())
    if WHOLE_NUMBER.fullmatch(text):  # a fault text cannot look like this, but stay exact
        return select(Claim.id).where(or_(Claim.number == text.upper(), _fault_match(dialect, text)))
    if indexed(dialect, text):
        if len(text) < TRIGRAM:
            return None
        columns = "number fault_description" if fault else "number"
        return select(_claims_search.c.rowid).where(_match(_claims_search, columns, text))
    terms = [_like(Claim.number, text)] + ([_like(Claim.fault_description, text)] if fault else [])
    return select(Claim.id).where(or_(*terms))


def _fault_match(dialect: str, text: str) -> Any:
    if dialect == "sqlite":
        return Claim.id.in_(select(_claims_search.c.rowid).where(_match(_claims_search, "fault_description", text)))
    return _like(Claim.fault_description, text)


def work_order_ids(dialect: str, text: str) -> Select[Any] | None:
    """Work orders whose number contains ``text`` (None: it cannot, see the module's assumption)."""
    if WHOLE_NUMBER.fullmatch(text):
        return select(WorkOrder.id).where(WorkOrder.number == text.upper())
    if indexed(dialect, text):
        if len(text) < TRIGRAM:
            return None
        return select(_work_orders_search.c.rowid).where(_match(_work_orders_search, "number", text))
    return select(WorkOrder.id).where(_like(WorkOrder.number, text))


def dialect_of(sessions: Any) -> str:
    engine = getattr(sessions, "engine", None)
    return engine.dialect.name if engine is not None else ""


def first_matches(key: Any, pairs: list[tuple[Any, Select[Any] | list[Any] | None]], limit: int, *,
                  filters: Sequence[Any] = (), newest_first: bool = True) -> Select[Any]:
    """Keys in any of the (column, ids) pairs, as a UNION of one branch per pair, each stopped after
    ``limit`` keys (the highest first when ``newest_first``). The first ``limit`` keys of the union
    in descending order are exact: each is among the first ``limit`` of its own branch. Every
    branch reads its own index and stops early, where one OR over the pairs collects every match
    of every pair first (issue 8: four characters of fault text can match 50,000 claims)."""
    branches = []
    for col, ids in pairs:
        if ids is None:
            continue
        branch = select(key).where(col.in_(ids), *filters)
        if newest_first:
            branch = branch.order_by(key.desc())
        inner = branch.limit(limit).subquery()
        branches.append(select(inner.c[0].label("key")))
    if not branches:
        return select(key).where(key.is_(None))  # nothing can match
    return union(*branches) if len(branches) > 1 else branches[0]


def any_of(dialect: str, key: Any, pairs: list[tuple[Any, Select[Any] | None]]) -> Any:
    """Rows whose ``column`` is in its ``ids``, for any of the (column, ids) pairs.

    SQLite answers an OR of INs on indexed columns with one index lookup per term (MULTI-INDEX OR);
    PostgreSQL cannot combine those, so there it is a UNION of the terms' keys, each by its index.
    """
    present = [(col, ids) for col, ids in pairs if ids is not None]
    if dialect == "sqlite":
        return or_(*(col.in_(ids) for col, ids in present))
    table_ = key.class_
    return key.in_(union(*(select(key).select_from(table_).where(col.in_(ids)) for col, ids in present)))
