"""Which customers, units and claims contain a typed fragment, through the search indexes.

``LIKE '%x%'`` cannot use a B-tree, so on SQLite migration 0003 keeps FTS5 trigram tables
(``customers_search``, ``units_search``, ``claims_search``: fragments of 3+ characters). Both
databases keep a table of the 1- and 2-character pieces of customer names (``customer_name_grams``;
PostgreSQL since migration 0015), the claims and the work orders under each character of their
customer's name (``claim_name_characters``, 0023; ``work_order_name_characters``, 0029) and the calls
under the pieces of their caller and subject (``call_text_pieces``, 0024). Each function here gives a
SELECT of matching ids with the same meaning as the plain LIKE it replaces, so the listings and the
lookup only change how fast they answer. PostgreSQL keeps LIKE for 3+ characters, served there by
pg_trgm GIN indexes when the extension was available; the numbers there are read by year and by
counter (services.number_search).

One assumption keeps 1–2 character searches exact: phones (normalised digits), claim and order
numbers and serials (printed label codes) are ASCII, so text without ASCII characters can only
match a name or a contact person (and, in the call register, a caller or a subject).

Every keystroke searches again, so the SQL is built once per *shape* of search (``Search.shape``)
and run again with the new text's values as named bound parameters (``Search.values``): building
the statement tree and its cache key cost far more than SQLite's answer (issue 8).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, Select, bindparam, column, literal, literal_column, or_, select, table

from desktop_app.db.models import Claim, Customer, Unit, WorkOrder

TRIGRAM = 3  # the shortest fragment the trigram index can answer
# A whole document number (services.numbering: PREFIX-YEAR-COUNTER). Every number shares its
# prefix and year trigrams with a year's worth of others, so the trigram index would check them all;
# a whole number can only be contained in itself, so the unique index answers it exactly.
WHOLE_NUMBER = re.compile(r"[A-Za-z]{2}-\d{4}-\d{6}")

# A number typed up to its year or beyond (“SC-2025”, “sc-2025-00”). A number's letters are its prefix,
# so such text is in a number exactly when the number starts with it.
NUMBER_FROM_YEAR = re.compile(r"[A-Za-z]{2}-\d{4}(-\d*)?")
# A piece of a number without its whole prefix that the trigram index of whole numbers answers badly
# (pg_trgm splits words at the dash): one running up to the second dash or a digit or two past it
# (“2025-”, “2025-11”, “c-2025-1”, “-2025-”: a year's worth of numbers or a tenth of one, listed whole),
# or a prefix's last letter and the year's start (“C-2025”, “o-20”: in another table's numbers, in
# none, where the index offered every number to test). Longer counters it answers well; so it does the
# whole prefix and the year's start (“SC-20”): every number holds that, and the newest match at once.
NUMBER_ACROSS_DASH = re.compile(r"[A-Za-z]{0,2}-\d{4}-\d{0,2}|\d{1,4}-\d{0,2}|[A-Za-z]-\d{0,4}")


def into_counter(text: str) -> bool:
    """A piece of a number (``NUMBER_ACROSS_DASH``) that may run past the second dash into the counter."""
    dash = text.rfind("-")
    return dash >= 0 and not text.endswith("-") and (dash == 0 or text[dash - 1].isdigit())

_customers_search = table("customers_search", column("rowid"))
_units_search = table("units_search", column("rowid"))
_claims_search = table("claims_search", column("rowid"))
_work_orders_search = table("work_orders_search", column("rowid"))
_calls_search = table("calls_search", column("rowid"))  # migration 0021
_work_orders_search_claims = table("work_orders_search_claims", column("rowid"))  # migration 0022, SQLite
_grams = table("customer_name_grams", column("gram"), column("customer_id"), column("field"))
_claim_characters = table("claim_name_characters", column("gram"), column("claim_id"))  # migration 0023
_order_characters = table("work_order_name_characters", column("gram"), column("order_id"))  # migration 0029
_call_pieces = table("call_text_pieces", column("gram"), column("call_id"))  # migration 0024


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def indexed(dialect: str, text: str) -> bool:
    """True when a search structure answers ``text`` (else plain LIKE, as before): on SQLite its
    search tables; on PostgreSQL, for a piece of a name, the table of pieces of names (pg_trgm
    serves LIKE itself from 3 characters on)."""
    if dialect == "sqlite":
        return len(text) >= TRIGRAM or _names_only(text)
    return dialect == "postgresql" and _names_only(text)


def _names_only(text: str) -> bool:
    return 0 < len(text) < TRIGRAM and not any(ch.isascii() for ch in text)


def too_short_to_search(text: str) -> bool:
    """One or two Latin letters or digits: in most phones, serials and numbers of a big table, and no
    index narrows them (at a million claims each took the claims tab 1–4 s). A Chinese character is
    a surname and has its own index (customer_name_grams)."""
    text = text.strip()
    return 0 < len(text) < TRIGRAM and text.isascii()


def _phrase(text: str) -> str:
    # A quoted FTS5 phrase is a literal substring for the trigram tokenizer ('"' is doubled).
    return '"' + text.replace('"', '""') + '"'


class Search:
    """A typed fragment on one dialect, and the named parameters of the SQL built for it.

    The builders below decide the SQL from ``shape`` alone and take every value from the text
    through ``bind``, so a statement built for one Search is right for any text of the same shape,
    run with ``values(that text)``."""

    def __init__(self, dialect: str, text: str) -> None:
        self.dialect = dialect
        self.text = text
        self._makers: dict[str, Callable[[str], Any]] = {}

    @property
    def shape(self) -> tuple[str, bool, int, bool, bool, bool, bool, bool, bool, bool]:
        """Everything the builders decide from (their ``if``s): equal shapes, the same SQL."""
        text = self.text
        return (self.dialect, indexed(self.dialect, text), min(len(text), TRIGRAM),
                WHOLE_NUMBER.fullmatch(text) is not None, text.isascii(), self.cased,
                NUMBER_FROM_YEAR.fullmatch(text) is not None, text.isascii() and text.isdigit(),
                NUMBER_ACROSS_DASH.fullmatch(text) is not None, into_counter(text))

    @property
    def cased(self) -> bool:
        """The text has letters with an upper and a lower case (Latin ones): digits and Chinese have none."""
        return self.text.lower() != self.text.upper()

    def bind(self, name: str, make: Callable[[str], Any]) -> BindParameter[Any]:
        """The parameter ``name``, whose value is ``make(text)``; one name, one ``make``."""
        self._makers[name] = make
        return bindparam(name, make(self.text))

    def values(self, text: str) -> dict[str, Any]:
        """The parameters of this Search's statements for ``text`` (a text of the same shape)."""
        return {name: make(text) for name, make in self._makers.items()}


class Statements:
    """Statements built once per key (a search's shape and whatever else shapes their SQL) and run
    again with new parameters: SQLAlchemy then finds the compiled SQL by the statement's memoised
    cache key. Only SQL is kept, never data, so nothing goes stale after a write."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._built: dict[Hashable, Any] = {}
        self._lock = threading.Lock()  # a listing may be searched from two background tasks

    def get(self, key: Hashable | None, build: Callable[[], Any]) -> Any:
        """What ``build()`` made for ``key`` (built now if new); a None key builds afresh, unkept."""
        if key is None:
            return build()
        with self._lock:
            found = self._built.get(key)
        if found is None:
            found = build()
            with self._lock:
                self._built[key] = found
                if len(self._built) > self._size:  # shapes are few; a bound all the same
                    del self._built[next(iter(self._built))]
        return found


def contains(col: Any, search: Search) -> Any:
    """``col`` holds the text in any case (LIKE, its wildcards escaped), the text a named parameter of
    ``search``. SQLite's LIKE and search tables ignore the case of Latin letters; PostgreSQL's LIKE does
    not, so there it is ILIKE, which the trigram indexes serve as well: a serial typed in lower case
    found nothing on a shared database and its unit on a counter's own file. Only for text with such
    letters: ILIKE folds every candidate's case, and fault text matching 53,000 claims took 42 ms, not 15."""
    pattern = search.bind("like", like_pattern)
    if search.dialect == "postgresql" and search.cased:
        return col.ilike(pattern, escape="\\")
    return col.like(pattern, escape="\\")



def _match(fts: Any, columns: str, search: Search) -> Any:
    name = "_".join([fts.name, *columns.split()])
    return literal_column(fts.name).op("MATCH")(search.bind(name, lambda t: f"{{{columns}}} : {_phrase(t)}"))


def customer_ids(search: Search, columns: tuple[str, ...]) -> Select[Any]:
    """Customers with the text in one of ``columns`` (of name, phone, phone2, contact_person), as a
    LIKE would find them (ASCII letters in either case)."""
    dialect, text = search.dialect, search.text
    if indexed(dialect, text) and len(text) >= TRIGRAM:
        return select(_customers_search.c.rowid).where(_match(_customers_search, " ".join(columns), search))
    if indexed(dialect, text):  # one or two non-ASCII characters: a piece of a name
        fields = [literal(f) for c, f in (("name", "n"), ("contact_person", "c")) if c in columns]
        # As typed: the text has no ASCII letter to fold, and the pieces keep any other letter as
        # written (SQLite's lower() folds only ASCII; PostgreSQL's LIKE folds nothing).
        found = select(_grams.c.customer_id).where(_grams.c.gram == search.bind("text", str),
                                                   _grams.c.field.in_(fields))
        # One field: each customer once already (the primary key); two: a name and a contact
        # person may both hold the text. PostgreSQL sorted 8,838 ids for nothing (1.7 ms).
        return found.distinct() if len(fields) > 1 else found
    return select(Customer.id).where(or_(*(contains(getattr(Customer, c), search) for c in columns)))


def claims_by_name_character(search: Search) -> Select[Any] | None:
    """Claims whose customer's name holds the one character typed (a surname), from the table of
    migration 0023, keyed by claim so that the newest come first and a search stops at its page;
    None for other text (see customer_ids)."""
    return _by_name_character(search, _claim_characters.c.claim_id)


def orders_by_name_character(search: Search) -> Select[Any] | None:
    """Work orders whose customer's name holds the one character typed, from migration 0029's table, as
    ``claims_by_name_character``."""
    return _by_name_character(search, _order_characters.c.order_id)


def _by_name_character(search: Search, key: Any) -> Select[Any] | None:
    if search.dialect not in ("sqlite", "postgresql") or len(search.text) != 1 or not _names_only(search.text):
        return None
    return select(key).where(key.table.c.gram == search.bind("text", str))


class Ordered(NamedTuple):
    """Rows a branch reads from its own index, newest first, and stops: ``newest(limit, filters)`` selects
    the keys of the first ``limit`` that also meet ``filters``; ``row`` is the same test as a condition on
    each row (for ``search_branches.any_of``, and under filters that leave few rows, which then drive)."""

    newest: Callable[[Any, Sequence[Any]], Select[Any]]
    row: Any


def unit_ids(search: Search) -> Select[Any] | None:
    """Units whose serial contains the text; None when none can (see the module's assumption)."""
    if indexed(search.dialect, search.text):
        if len(search.text) < TRIGRAM:
            return None
        return select(_units_search.c.rowid).where(_match(_units_search, "serial", search))
    return select(Unit.id).where(contains(Unit.serial, search))


def claim_ids(search: Search, *, fault_text: bool = False, number: bool = True) -> Select[Any] | None:
    """Claims whose number (and, when asked, fault description) contains the text; fault text is
    searched from 3 characters on, shorter fragments of it would match nearly every claim. Without
    ``number``: the fault text alone, where ``numbers_from_year`` reads the numbers (PostgreSQL)."""
    dialect, text = search.dialect, search.text
    if not number:
        return select(Claim.id).where(contains(Claim.fault_description, search)) if len(text) >= TRIGRAM else None
    fault = fault_text and len(text) >= TRIGRAM
    if not fault and not text.isascii():
        return None  # numbers are made by services.numbering, all ASCII: Chinese text is in none of them
    if WHOLE_NUMBER.fullmatch(text) and not fault:
        return select(Claim.id).where(Claim.number == search.bind("upper", str.upper))
    if WHOLE_NUMBER.fullmatch(text):  # a fault text cannot look like this, but stay exact
        return select(Claim.id).where(or_(Claim.number == search.bind("upper", str.upper), _fault_match(search)))
    if indexed(dialect, text):
        if len(text) < TRIGRAM:
            return None
        columns = "number fault_description" if fault else "number"
        return select(_claims_search.c.rowid).where(_match(_claims_search, columns, search))
    terms = [contains(Claim.number, search)] + ([contains(Claim.fault_description, search)] if fault else [])
    return select(Claim.id).where(or_(*terms))


def _fault_match(search: Search) -> Any:
    if search.dialect == "sqlite":
        return Claim.id.in_(select(_claims_search.c.rowid).where(_match(_claims_search, "fault_description", search)))
    return contains(Claim.fault_description, search)


def work_order_ids(search: Search) -> Select[Any] | None:
    """Work orders whose number contains the text (None: it cannot, see the module's assumption)."""
    text = search.text
    if not text.isascii():
        return None  # as claim numbers: made by services.numbering, all ASCII
    if WHOLE_NUMBER.fullmatch(text):
        return select(WorkOrder.id).where(WorkOrder.number == search.bind("upper", str.upper))
    if indexed(search.dialect, text):
        if len(text) < TRIGRAM:
            return None
        return select(_work_orders_search.c.rowid).where(_match(_work_orders_search, "number", search))
    return select(WorkOrder.id).where(contains(WorkOrder.number, search))


def work_orders_by_claim_number(search: Search) -> Select[Any] | None:
    """SQLite: work orders whose claim's number holds the text, from the orders' own search table
    (migration 0022), keyed like the orders so that the newest come first and a search stops at its
    page; None where that table does not serve (shorter text, Chinese, a whole number: see claim_ids)."""
    text = search.text
    if search.dialect != "sqlite" or not text.isascii() or WHOLE_NUMBER.fullmatch(text) or len(text) < TRIGRAM:
        return None
    return select(_work_orders_search_claims.c.rowid).where(_match(_work_orders_search_claims, "claim_number", search))


def call_ids(search: Search, key: Any, columns: Sequence[Any]) -> Select[Any] | None:
    """Calls (``key``) whose number, caller, phone or subject (``columns``) hold the text, from the
    search indexes of migration 0021 (SQLite's calls_search, PostgreSQL's trigram indexes); one or two
    Chinese characters from migration 0024's pieces of callers and subjects (numbers and phones are
    ASCII, see the module's assumption). None for other short text, where no index serves and the
    calls are tested one by one."""
    if _names_only(search.text):
        return select(_call_pieces.c.call_id).where(_call_pieces.c.gram == search.bind("text", str))
    if len(search.text) < TRIGRAM:
        return None
    if search.dialect == "sqlite":
        names = " ".join(column.key for column in columns)
        return select(_calls_search.c.rowid).where(_match(_calls_search, names, search))
    return select(key).where(or_(*(contains(column, search) for column in columns)))


def dialect_of(sessions: Any) -> str:
    engine = getattr(sessions, "engine", None)
    return engine.dialect.name if engine is not None else ""


# The search tables whose rows are keyed like a listing (SQLite's search tables by rowid, the tables of
# pieces by claim, order or call): search_branches reads them newest first by that key.
PIECES_KEYED_LIKE_A_LIST = ((_claim_characters, _claim_characters.c.claim_id),
                            (_order_characters, _order_characters.c.order_id), (_call_pieces, _call_pieces.c.call_id))
SEARCH_TABLES_BY_ROWID = (_customers_search, _units_search, _claims_search, _work_orders_search, _calls_search,
                          _work_orders_search_claims)
