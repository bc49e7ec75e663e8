"""Document numbers in a search (claims, work orders, calls): PREFIX-YEAR-COUNTER, made by
services.numbering. On PostgreSQL a number typed up to its year and digits are read from the numbers'
own indexes, newest first (migrations 0025-0027), where the trigram index of whole numbers matched a
year's worth of them; on the few rows a listing's filters leave, a number is tested row by row
(``number_contains``). The SQL is decided by the text's shape alone, as in services.text_search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select, and_, column, func, literal, literal_column, select, table

from desktop_app.services.text_search import (NUMBER_ACROSS_DASH, NUMBER_FROM_YEAR, TRIGRAM, WHOLE_NUMBER, Ordered,
                                              Search, contains, into_counter, like_pattern)

_YEAR_LENGTH = len("SC-2026")  # the number's PREFIX-YEAR (migration 0025's index)
_order_claim_numbers = table("work_order_claim_numbers", column("order_id"), column("claim_number"))  # 0027


def _on_listing(condition: Any, key: Any, listing_key: Any) -> Any:
    """``condition`` on the rows of ``key``'s table, as a condition on the listing's rows (``listing_key``:
    the listing's own key, where the number is kept in a table of its own, keyed alike)."""
    return condition if listing_key is None else listing_key.in_(select(key).where(condition))


def numbers_from_year(search: Search, number: Any, key: Any, listing_key: Any = None) -> Ordered | None:
    """PostgreSQL: the rows (``key``) whose ``number`` holds a number typed up to its year or beyond,
    newest first from migration 0025's index of each number's year; None for other text, other
    databases and whole numbers (their unique index answers). Last year's “SC-2025” walked back
    through this year's 230,000 claims first: 0.46 s for the claims list's count and page."""
    text = search.text
    if search.dialect != "postgresql" or not NUMBER_FROM_YEAR.fullmatch(text) or WHOLE_NUMBER.fullmatch(text):
        return None
    year = _year_of(number)
    typed_year = search.bind("number_year", lambda t: t[:_YEAR_LENGTH].upper())
    # A range, not "=": with "=" PostgreSQL takes the order by year as settled and walks the primary key.
    starts = number.like(search.bind("number_start", lambda t: t.upper() + "%"))  # within the year's range
    return Ordered(lambda limit, filters: select(key).where(year >= typed_year, year <= typed_year, starts, *filters)
                   .order_by(year.desc(), key.desc()).limit(limit), _on_listing(starts, key, listing_key))


def _year_of(number: Any) -> Any:
    """A number's PREFIX-YEAR, written as migration 0025's index has it (a literal length, not a parameter)."""
    return func.left(number, literal_column(str(_YEAR_LENGTH)))


def _years(number: Any) -> Any:
    """The distinct PREFIX-YEARs of ``number``'s table, largest first: one step down migration 0025's
    index each, where DISTINCT would read every row."""
    table_ = number.expression.table
    step = table_.alias()
    years = select(func.max(_year_of(step.c[number.key])).label("year")).cte(f"{table_.name}_years", recursive=True)
    below = table_.alias()
    return years.union_all(
        select(select(func.max(_year_of(below.c[number.key]))).where(_year_of(below.c[number.key]) < years.c.year)
               .scalar_subquery()).where(years.c.year.is_not(None)))


def _newest_of_years(years: Any, chosen: Any, number: Any, key: Any, within: Any = None
                     ) -> Callable[[Any, Sequence[Any]], Select[Any]]:
    """``Ordered.newest`` for the years of ``years`` meeting ``chosen``: each year's newest ``limit`` rows
    (those meeting ``within`` too) from its own range (a range, as in numbers_from_year), then the newest
    of those: at most ``limit`` rows per year, with the filters tested on each."""
    year = _year_of(number)
    conditions = [] if within is None else [within]

    def newest_by_year(limit: Any, filters: Sequence[Any]) -> Select[Any]:
        newest = (select(key.label("key")).where(year >= years.c.year, year <= years.c.year, *conditions, *filters)
                  .order_by(year.desc(), key.desc()).limit(limit).lateral())
        return (select(newest.c.key).select_from(years).join(newest, literal(True)).where(chosen)
                .order_by(newest.c.key.desc()).limit(limit))
    return newest_by_year


def number_across_dash(search: Search, number: Any, key: Any, listing_key: Any = None) -> list[Ordered] | None:
    """PostgreSQL: the rows (``key``) whose ``number`` holds a piece with a dash typed without the whole
    prefix (``NUMBER_ACROSS_DASH``: “2025-11”, “c-2025-1”, “-2025-”, “C-2025”), read newest first from
    migration 0025's index of each number's year; None for other text and databases.

    Such a piece lies in a number's PREFIX-YEAR- (then every number of those years holds it), or runs
    from the end of PREFIX-YEAR- into the counter: split after its last dash, the years ending with the
    first part and, among their numbers, the counters starting with the rest. pg_trgm splits words at
    the dash, and its index of whole numbers offered a year's 230,000 numbers for “2025-” (0.11-0.19 s
    at a million claims), every number for “C-2025” (0.24-0.31 s) and for “o-20”, which no claim
    number holds (1 s); each year's range read newest first stops at the page."""
    text = search.text
    if (search.dialect != "postgresql" or len(text) < TRIGRAM or not NUMBER_ACROSS_DASH.fullmatch(text)
            or NUMBER_FROM_YEAR.fullmatch(text) or WHOLE_NUMBER.fullmatch(text)):
        return None
    years = _years(number)

    def among(year: Any, pattern: Any) -> Any:  # PREFIX-YEAR-, what comes before a number's counter
        return func.concat(year, literal_column("'-'")).like(pattern, escape="\\")

    whole = search.bind("in_year", lambda t: like_pattern(t.upper()))
    branches = [Ordered(_newest_of_years(years, among(years.c.year, whole), number, key),
                        _on_listing(among(_year_of(number), whole), key, listing_key))]
    if into_counter(text):
        tail = search.bind("year_tail", lambda t: "%" + like_pattern(t[:t.rindex("-") + 1].upper())[1:-1])
        head = search.bind("counter_head", lambda t: like_pattern(t[t.rindex("-") + 1:])[1:])
        counter = func.substr(number, literal_column("9")).like(head, escape="\\")
        branches.append(Ordered(_newest_of_years(years, among(years.c.year, tail), number, key, within=counter),
                                _on_listing(and_(among(_year_of(number), tail), counter), key, listing_key)))
    return branches


def number_digits(search: Search, number: Any, key: Any, listing_key: Any = None) -> list[Ordered] | None:
    """PostgreSQL: the rows (``key``) whose ``number`` holds the digits typed (3 or more, nothing else),
    as two exact branches, each read newest first; None for other text and databases.

    A number is PREFIX-YEAR-COUNTER, so digits lie in its year or in its counter, never across a dash.
    The years holding them are found among the few the numbers have (each year a step down migration
    0025's index), and each such year's rows are read newest first from its own range; the counters
    holding them from migration 0026's trigram index of the counter alone. Through the trigram index
    of the whole numbers “2021” matched the 200,000 claims of 2021: walked back from the newest, the
    claims list took 1.1 s for its count and page at a million claims."""
    text = search.text
    if search.dialect != "postgresql" or len(text) < TRIGRAM or not (text.isascii() and text.isdigit()):
        return None
    pattern = search.bind("like", like_pattern)
    years = _years(number)
    newest_by_year = _newest_of_years(years, func.substr(years.c.year, literal_column("4")).like(pattern, escape="\\"),
                                      number, key)
    counter = func.substr(number, literal_column("9")).like(pattern, escape="\\")
    # Every counter match, then the newest: they are a few thousand at most (a 3-digit piece sits in 4
    # of a counter's 6 places), but bunched (“000” in each year's first thousand), so walking back
    # from the newest, as PostgreSQL would for an order by key, read 226,000 claims for 1,001 (77 ms, not 4).
    def newest_counters(limit: Any, filters: Sequence[Any]) -> Select[Any]:
        return select(key).where(counter, *filters).order_by((key + literal_column("0")).desc()).limit(limit)

    in_years = func.substr(_year_of(number), literal_column("4")).like(pattern, escape="\\")
    return [Ordered(newest_by_year, _on_listing(in_years, key, listing_key)),
            Ordered(newest_counters, _on_listing(counter, key, listing_key))]


def numbers_newest_first(search: Search, number: Any, key: Any, listing_key: Any = None) -> list[Ordered]:
    """PostgreSQL: the branches that read a number's matches newest first from their own indexes, for
    text typed up to a number's year (migration 0025) or digits (0026); none for other text and SQLite.
    ``listing_key``: the listing's key, where ``number`` and ``key`` are in a table of their own (0027)."""
    by_year = numbers_from_year(search, number, key, listing_key)
    if by_year is not None:
        return [by_year]
    return (number_digits(search, number, key, listing_key) or number_across_dash(search, number, key, listing_key)
            or [])


def orders_by_claim_number(search: Search, key: Any) -> list[tuple[Any, Any]] | None:
    """PostgreSQL: work orders (``key``) whose claim's number holds the text, from migration 0027's table
    of them keyed by order, so that the newest come first and a search stops at its page: by year and
    by counter as the claims' own numbers (``numbers_newest_first``), other text through its trigram
    index. None where the table does not serve: other databases, text in no number (see the module's
    assumption), a whole number (the claims' unique index finds its claim) and shorter text. Tested on
    each order's claim from the newest order back, “SC-2025” took 0.77 s and “2021” 1.5 s at a million.
    For 全部 alone: a queue's filters are on the orders' own table, which these branches do not read."""
    text = search.text
    if search.dialect != "postgresql" or not text.isascii() or WHOLE_NUMBER.fullmatch(text) or len(text) < TRIGRAM:
        return None
    orders = _order_claim_numbers
    ordered = numbers_newest_first(search, orders.c.claim_number, orders.c.order_id, listing_key=key)
    if ordered:
        return [(key, branch) for branch in ordered]
    return [(key, select(orders.c.order_id).where(contains(orders.c.claim_number, search)))]


def number_contains(number: Any, search: Search, *, row_wise: bool = False) -> Any | None:
    """A condition on ``number`` (a claim's or an order's), tested row by row: for a listing filtered
    down to a few rows (a work-orders queue), where a number index would first list every match in
    the database. None: the text is in no number (see the module's assumption).

    ``row_wise``: on PostgreSQL in a form no trigram index serves. Offered one, PostgreSQL combined a
    queue's 2,000 orders with the 235,000 numbers holding “WO-2026” from the trigram index (48 ms),
    where testing the 2,000 takes about 1. Numbers are ASCII, so upper() folds their case exactly."""
    text = search.text
    if not text.isascii():
        return None
    if WHOLE_NUMBER.fullmatch(text):
        return number == search.bind("upper", str.upper)
    if row_wise and search.dialect == "postgresql":
        return func.strpos(func.upper(number), search.bind("upper", str.upper)) > 0
    return contains(number, search)
