"""The paging and searching every tab's list shares: counts, pages read by key, bounded searches."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from sqlalchemy import Integer, Select, bindparam, func, select

from desktop_app.db.engine import SessionFactory
from desktop_app.services import search_branches, text_search

Row = TypeVar("Row")
FAR_OFFSET = 5000  # beyond this a page may be read from the end of the list (Listing.fetch)
# Decision (issue 8): a search counts its matches up to this many; past it the tab says "more
# than 1,000" and scrolling goes on page by page. Four characters of fault text can match 50,000
# claims, and counting them all exactly would cost every keystroke a third of a second.
SEARCH_COUNT_CAP = 1000
_LIMIT = bindparam("limit", 0, type_=Integer)  # a search's statements: each branch stops after this many keys

# (column, the ids it must be in); None: no match. A column of None: the second is a condition tested on
# each row of the listing's own table (search_branches.first_matches).
SearchTerms = list[tuple[Any, Any]]


class Listing(ABC, Generic[Row]):
    """One tab's rows: ``count`` and ``fetch`` share the same filtered query."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        # (column key, descending) chosen by the user; None keeps the listing's own order.
        self.sort: tuple[str, bool] | None = None
        # A search's count and page statements, built once per shape of search and filter (issue 8).
        self._statements = text_search.Statements()

    @abstractmethod
    def _query(self, search: str) -> Select[Any]:
        """The filtered, ordered query whose rows the tab shows."""

    def sort_columns(self) -> dict[str, Any]:
        """Row field name -> SQL expression the user may sort by (none unless a listing says)."""
        return {}

    def _sorted(self, query: Select[Any]) -> Select[Any]:
        columns = self.sort_columns()
        if self.sort is None or self.sort[0] not in columns:
            return query
        key, descending = self.sort
        column = columns[key]
        tiebreak = columns.get("id")
        order = [column.desc() if descending else column.asc()]
        if tiebreak is not None and key != "id":
            order.append(tiebreak.desc())
        return query.order_by(None).order_by(*order)

    def _order_key(self) -> Any:
        """The unique key the listing's own order runs down (newest first); None if it has none."""
        return None

    def _page_order(self) -> tuple[Any, ...]:
        """The columns a page without a search runs down, newest first; the last is the order key,
        so the order is total. The order key alone unless a filter has an index that serves better."""
        return (self._order_key(),)

    @abstractmethod
    def _row(self, values: Any) -> Row:
        """One result tuple as the tab's row dataclass."""

    # Listings with an ``_order_key`` describe their conditions in two parts: filters on their own
    # table, and search terms (each a column and the ids the search index finds for it).
    def _filters(self) -> list[Any]:
        return []

    def _narrow_filters(self) -> bool:
        """True when ``_filters`` always leave few rows, so a search may start from them
        (search_branches.first_matches)."""
        return False

    def _filter_key(self) -> Hashable | None:
        """What the SQL of ``_filters`` depends on, values included (a search's statements are kept
        per key); None when it holds a value of the moment (a clock), so they are built afresh."""
        return None

    def _search_terms(self, search: text_search.Search) -> SearchTerms:
        return []

    def _search(self, text: str) -> text_search.Search:
        return text_search.Search(text_search.dialect_of(self._sessions), text)

    def _conditions(self, search: str) -> list[Any]:
        conditions = self._filters()
        if search:
            terms = self._search_terms(self._search(search))
            conditions.append(search_branches.any_of(text_search.dialect_of(self._sessions), self._order_key(), terms))
        return conditions

    def count(self, search: str = "", *, at_most: int | None = None) -> int:
        """How many rows match; with ``at_most``, a search stops counting past it (a result above
        ``at_most`` means "more than that")."""
        search = search.strip()
        if at_most is not None and search and self._order_key() is not None:
            return self._bounded_count(search, at_most + 1)
        return self._count(search)

    def first_page(self, search: str, *, at_most: int, limit: int) -> tuple[int, list[Row]]:
        """A search as a tab first shows it: ``count(search, at_most=at_most)`` and ``fetch(0, limit,
        search)``, in one statement where a search reads its indexes (a keyed listing in its own
        order): its matches are found once for both, not once for the count and again for the page
        (issue 8: a phone's digits over a million claims on PostgreSQL, 13.6 ms in two statements,
        8.2 in one)."""
        search = search.strip()
        if not search or self._order_key() is None or self.sort is not None or limit > FAR_OFFSET:
            total = self.count(search, at_most=at_most)
            return total, (self.fetch(0, limit, search) if total else [])
        query, params = self._prepared("first page", search, self._first_page_statement)
        stop = at_most + 1  # one past the cap: "more than at_most"
        with self._sessions.read() as session:
            rows = session.connection().execute(
                query, {**params, "limit": max(stop, limit), "page_limit": limit}).all()
        # Every row carries the count of the matches first; no row, no match.
        return (min(rows[0][0], stop) if rows else 0), [self._row(values[1:]) for values in rows]

    def _count(self, search: str) -> int:
        key = self._order_key()
        if key is not None:
            # The listing's own table alone: its row query only joins rows every one of its rows has
            # (NOT NULL foreign keys) or outer-joins optional ones, so joins change no count.
            # count(*), not count(key): PostgreSQL can then count from any index the conditions use,
            # without the rows (a status filter over 950,000 claims: 0.52 s read from the table, 0.11 s).
            query = select(func.count()).select_from(key.class_).where(*self._conditions(search))
        else:
            query = select(func.count()).select_from(self._query(search).order_by(None).subquery())
        with self._sessions.read() as session:
            return session.scalar(query) or 0

    def fetch(self, offset: int, limit: int, search: str = "") -> list[Row]:
        search = search.strip()
        if self._order_key() is not None and self.sort is None:
            return self._keyed_page(offset, limit, search)
        query = self._sorted(self._query(search)).offset(offset).limit(limit)
        with self._sessions.read() as session:
            return [self._row(values) for values in session.execute(query)]

    def _keyed_page(self, offset: int, limit: int, search: str) -> list[Row]:
        """A page in the listing's own order (newest first by a unique key), in two steps: the
        page's keys from the listing's table alone (its search indexes, no joins, no sort of
        joined rows), then the joined rows of just those keys.

        Far pages are read from the end: an OFFSET walks every row it skips, so the last page
        of a million rows (Ctrl+End) is the first page in the opposite order, reversed."""
        key = self._order_key()
        if search and offset + limit <= FAR_OFFSET:
            return self._search_page(search, offset, limit)
        backwards = False
        if offset > FAR_OFFSET:
            total = self.count(search)
            if offset >= total // 2:
                end = min(total, offset + limit)
                if end <= offset:
                    return []
                backwards, offset, limit = True, total - end, end - offset
        columns = self._page_order()
        order = [column.asc() for column in columns] if backwards else [column.desc() for column in columns]
        keys = select(key).where(*self._conditions(search)).order_by(*order).offset(offset).limit(limit)
        with self._sessions.read() as session:
            rows = [self._row(values) for values in session.execute(self._rows_of(keys, order))]
        return rows[::-1] if backwards else rows

    def _joined(self) -> Select[Any]:
        """A keyed listing's row query without its conditions (the rows of keys already chosen)."""
        return self._query("")

    def _rows_of(self, keys: Select[Any], order: list[Any] | None = None) -> Select[Any]:
        """The joined rows of ``keys``, in ``order`` (the order key's, newest first, by default).
        Without the filters again: with them, SQLite walked a filter's index in the page's order
        instead of reading the page's 50 rows by key (2024's completed claims: 40 ms, not 1)."""
        order = [self._order_key().desc()] if order is None else order
        return self._joined().where(self._order_key().in_(keys)).order_by(None).order_by(*order)

    def _bounded_count(self, search: str, limit: int) -> int:
        query, params = self._prepared("count", search, self._count_statement)
        with self._sessions.read() as session:
            total = session.connection().scalar(query, {**params, "limit": limit}) or 0
        return min(total, limit)

    def _search_page(self, search: str, offset: int, limit: int) -> list[Row]:
        query, params = self._prepared("page", search, self._page_statement)
        with self._sessions.read() as session:
            # On the session's connection: plain rows, without the ORM's result machinery.
            rows = session.connection().execute(
                query, {**params, "limit": offset + limit, "page_offset": offset, "page_limit": limit}).all()
        return [self._row(values) for values in rows]

    def _prepared(self, kind: str, text: str, build: Callable[[text_search.Search], Select[Any]]
                  ) -> tuple[Select[Any], dict[str, Any]]:
        """The ``kind`` statement for searching ``text`` under the current filter, and the text's
        parameters: built on the first search of its shape, then reused (issue 8)."""
        search = self._search(text)
        filter_key = self._filter_key()
        key = None if filter_key is None else (kind, search.shape, filter_key)
        query, built_for = self._statements.get(key, lambda: (build(search), search))
        return query, built_for.values(text)

    def _matches(self, search: text_search.Search, *, newest_first: bool = True) -> Select[Any]:
        """The search's branches under the filters, each stopped after ``limit`` keys (a parameter)."""
        return search_branches.first_matches(
            self._order_key(), self._search_terms(search), _LIMIT, filters=self._filters(), newest_first=newest_first,
            dialect=search.dialect, narrow_filters=self._narrow_filters())

    def _count_statement(self, search: text_search.Search) -> Select[Any]:
        """How many keys the search's branches find, each stopped after ``limit`` (a parameter)."""
        return select(func.count()).select_from(self._matches(search, newest_first=False).subquery())

    def _first_page_statement(self, search: text_search.Search) -> Select[Any]:
        """The search's first matches, up to ``limit`` per branch and newest first (a parameter; at
        least the page), counted, and the joined rows of the first ``page_limit`` of them, each row
        led by the count. The matches are one CTE read twice: both databases find them once."""
        matches = self._matches(search).cte("matches")
        keys = select(matches.c[0]).order_by(matches.c[0].desc()).limit(bindparam("page_limit", 0, type_=Integer))
        matched = select(func.count()).select_from(matches).scalar_subquery().label("matched")
        rows = self._rows_of(keys)
        return rows.with_only_columns(matched, *rows.selected_columns, maintain_column_froms=True)

    def _page_statement(self, search: text_search.Search) -> Select[Any]:
        """One page of a search in the listing's own order (parameters ``limit`` = offset + page
        size, ``page_offset``, ``page_limit``): its keys from the search's first ``limit`` matches,
        then their joined rows."""
        matches = self._matches(search).subquery()
        keys = (select(matches.c[0]).order_by(matches.c[0].desc())
                .offset(bindparam("page_offset", 0, type_=Integer)).limit(bindparam("page_limit", 0, type_=Integer)))
        return self._rows_of(keys)
