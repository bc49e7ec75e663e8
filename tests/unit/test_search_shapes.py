"""Issue 8: search SQL is built once per shape of search and run again with another text's values.
For every statement the lookup and the lists build, a text of the same shape must give the same
SQL, and ``Search.values`` exactly the parameters a statement built for that text carries (compiled
SQL only, no database)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from desktop_app.services.listings import ClaimListing, WorkOrderListing
from desktop_app.services.lookup import Lookup
from desktop_app.services.text_search import Search

# Digits, ASCII letters, LIKE and FTS5 specials, one to three Chinese characters, mixed text,
# whole claim and order numbers in either case, number prefixes, pieces of numbers across a dash.
TEXTS = ["1", "13", "138", "0755-8", "a", "ab", "abc", "A_b%c\\", 'x"y', "韩", "韩金", "韩金明", "运行一段",
         "韩a", "Ω", "ΩΩ", "SC-2025-000001", "sc-2025-114315", "WO-2026-000007", "SC-2025", "wo-20",
         "2025-1", "c-2025-11", "-2026-0", "2025-", "-2025-", "o-20", "C-2025", "l-2"]
DIALECTS = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}
EXTRAS = {"limit": 7, "page_offset": 3, "page_limit": 5}  # the values a call adds to the text's
NOW = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone.utc)


def _statements(search: Search) -> dict[str, Any]:
    sessions = SimpleNamespace(engine=SimpleNamespace(dialect=SimpleNamespace(name=search.dialect)))
    claims, orders = ClaimListing(sessions), WorkOrderListing(sessions, clock=lambda: NOW)
    return {"lookup": Lookup._matches(search),
            "claims count": claims._count_statement(search), "claims page": claims._page_statement(search),
            "orders count": orders._count_statement(search), "orders page": orders._page_statement(search)}


def _shapes(dialect: str) -> list[list[str]]:
    groups: dict[tuple, list[str]] = defaultdict(list)
    for text in TEXTS:
        groups[Search(dialect, text).shape].append(text)
    return list(groups.values())


@pytest.mark.parametrize("dialect", list(DIALECTS))
def test_a_statement_built_for_one_text_serves_every_text_of_its_shape(dialect: str) -> None:
    assert any(len(texts) > 2 for texts in _shapes(dialect))  # the check below compares something
    for first, *others in _shapes(dialect):
        kept = Search(dialect, first)
        kept_statements = _statements(kept)
        for text in others:
            for name, fresh in _statements(Search(dialect, text)).items():
                reused = kept_statements[name].compile(dialect=DIALECTS[dialect])
                built = fresh.compile(dialect=DIALECTS[dialect])
                assert reused.string == built.string, (first, text, name)
                assert reused.construct_params({**kept.values(text), **EXTRAS}) == built.construct_params(EXTRAS), (
                    first, text, name)
