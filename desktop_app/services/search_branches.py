"""How a search's id lookups (services.text_search, services.number_search) become a list's rows:
one branch per lookup, each reading its own index newest first and stopped after the page it needs,
joined as a UNION whose first rows are exact (``first_matches``); or, unbounded, one condition on the
list's rows (``any_of``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Select, func, literal_column, or_, select, union

from desktop_app.services.text_search import PIECES_KEYED_LIKE_A_LIST, SEARCH_TABLES_BY_ROWID, Ordered


def first_matches(key: Any, pairs: list[tuple[Any, Select[Any] | list[Any] | None]], limit: int | BindParameter[Any],
                  *, filters: Sequence[Any] = (), newest_first: bool = True, dialect: str = "",
                  narrow_filters: bool = False) -> Select[Any]:
    """Keys in any of the (column, ids) pairs, as a UNION of one branch per pair, each stopped after
    ``limit`` keys (the highest first when ``newest_first``). The first ``limit`` keys of the union
    in descending order are exact: each is among the first ``limit`` of its own branch. Every
    branch reads its own index and stops early, where one OR over the pairs collects every match
    of every pair first (issue 8: four characters of fault text can match 50,000 claims). A pair
    whose column is None holds a condition on the key's rows instead of ids (``number_contains``).

    ``narrow_filters``: the filters leave few rows (the work-orders queues, unfinished claims), so
    they may drive a branch; otherwise (finished claims, date ranges) the search's ids do. SQLite keeps no
    statistics and took the filter's index for the narrower: 已完成 (950,000 claims at a million) with
    a phone's digits read them all, 0.86 s, where the 1,400 claims of the phone's customers take 7 ms."""
    branches = []
    row_tests: list[Any] = []
    if filters and not narrow_filters and dialect == "sqlite":
        # likelihood(): SQLite's own hint that a condition keeps most rows, so no index of its drives.
        id_filters: Sequence[Any] = [func.likelihood(f, literal_column("0.9")) for f in filters]
    else:
        id_filters = filters
    for col, ids in pairs:
        if ids is None:
            continue
        if isinstance(ids, Ordered):
            if col is key and not (filters and narrow_filters):  # its own order, newest first, up to ``limit``
                branches.append(select(ids.newest(limit, filters).subquery().c[0].label("key")))
                continue
            col, ids = None, ids.row  # tested on each of the few rows the filters leave
        if col is None:  # tested on each row the filters leave
            row_tests.append(ids)
            continue
        wide_filters = bool(filters) and not narrow_filters and dialect == "sqlite"
        own = _own_rowids(ids) if col is key and (not filters or wide_filters) else None
        if own is not None:
            # The search table's rowid is the key: its own rowid order answers "newest first" and
            # stops at ``limit``. Through the key's table, SQLite first collects every match into a
            # list (53,000 claims for a common fault phrase at a million claims: 40 ms, not 0.2).
            # Newest first for a count too: FTS5 reads either way as fast, and a number's year, the
            # usual fragment (WO-2026), matches the newest rows (from the oldest: 17 ms, not 2).
            # A wide filter is tested on each row so read, which most pass (已完成 + “SC-2026”: the
            # year's 170,000 numbers listed first, 98 ms; 10 so).
            if wide_filters:
                ids = ids.join(key.class_, key == own).where(*id_filters)
            branches.append(select(ids.order_by(own.desc()).limit(limit).subquery().c[0].label("key")))
            continue
        own_condition = _own_condition(ids, key) if col is key and filters and dialect == "postgresql" else None
        if own_condition is not None:
            # The text tested on the key's rows with the filters, not as ``key IN (SELECT key …)``: PostgreSQL
            # joins a table to itself as written, and then can neither combine the text's trigram index with
            # the filter's (a BitmapAnd) nor test both on one row. 已撤销 + four characters of fault text (in
            # 53,000 of a million claims) walked back through 340,000 claims testing the text: 0.17 s; 20 ms so.
            # Without filters this form measured no better (bench.sweep), so that case stays as it was.
            branch = select(key).where(own_condition, *filters)
        else:
            branch = select(key).where(col.in_(ids), *id_filters)
        if newest_first or (col is key and dialect == "postgresql"):
            # Newest first for a count too, where the ids are the key's own rows: PostgreSQL's trigram
            # indexes give a bitmap of every match, and a year typed (“2026”: in the year's 230,000
            # claim numbers at a million) took the claims' count 0.35 s; walking the claims back from
            # the newest it stops at the count's cap (10 ms).
            branch = branch.order_by(key.desc())
        inner = branch.limit(limit).subquery()
        branches.append(select(inner.c[0].label("key")))
    if row_tests:
        narrow = bool(filters) and narrow_filters
        # Under narrow filters one branch tests every condition on each row they leave, which are then
        # read once, not once per condition (待取机 + a number on SQLite: 10-12 ms, not 13-16).
        for tests in [row_tests] if narrow else [[test] for test in row_tests]:
            # Newest first for a count too: a year typed (WO-2026) matches the newest rows, and
            # from the oldest PostgreSQL read 650,000 orders before its first (160 ms, not 1).
            newest = key.desc()
            if narrow and dialect == "postgresql":
                # The few rows the filters leave, then their newest, never the key's own order: along it
                # PostgreSQL walked back past 997,000 orders for a queue's 2,464 (168 ms, not 2).
                newest = (key + literal_column("0")).desc()
            branch = select(key).where(or_(*tests), *filters).order_by(newest)
            branches.append(select(branch.limit(limit).subquery().c[0].label("key")))
    if not branches:
        return select(key).where(key.is_(None))  # nothing can match
    return union(*branches) if len(branches) > 1 else branches[0]


def _own_rowids(ids: Any) -> Any:
    """The key column ``ids`` selects when it reads one of the search tables keyed like the listing
    alone (SQLite's search tables by rowid, the tables of pieces by claim, order or call), else None."""
    if not isinstance(ids, Select) or len(ids.selected_columns) != 1:
        return None
    froms = ids.get_final_froms()
    for pieces, key in PIECES_KEYED_LIKE_A_LIST:
        if len(froms) == 1 and froms[0] is pieces:  # keyed like the listing, in its primary key's order
            return key
    if len(froms) != 1 or not any(froms[0] is t for t in SEARCH_TABLES_BY_ROWID):
        return None
    return froms[0].c.rowid


def _own_condition(ids: Any, key: Any) -> Any:
    """The condition of ``ids`` when it selects ``key`` from the key's own table alone, else None."""
    if not isinstance(ids, Select) or len(ids.selected_columns) != 1 or ids.whereclause is None:
        return None
    froms = ids.get_final_froms()
    if len(froms) != 1 or froms[0] is not key.class_.__table__:
        return None
    if not list(ids.selected_columns)[0].compare(key.__clause_element__()):
        return None
    return ids.whereclause


def any_of(dialect: str, key: Any, pairs: list[tuple[Any, Select[Any] | None]]) -> Any:
    """Rows whose ``column`` is in its ``ids`` (or that meet the condition paired with None), for any
    of the pairs.

    SQLite answers an OR of INs on indexed columns with one index lookup per term (MULTI-INDEX OR);
    PostgreSQL cannot combine those, so there it is a UNION of the terms' keys, each by its index.
    """
    present = [ids.row if isinstance(ids, Ordered) else ids if col is None else col.in_(ids)
               for col, ids in pairs if ids is not None]
    if dialect == "sqlite":
        return or_(*present)
    table_ = key.class_
    return key.in_(union(*(select(key).select_from(table_).where(term) for term in present)))
