"""One compiled-statement cache per database kind for the whole test process (CI time).

SQLAlchemy keeps the SQL it compiled from each statement in a cache that belongs to an engine, keyed
by the engine's dialect object. The application opens one engine and keeps it; a test opens its own
engine on a fresh database, so every test compiled every statement it ran anew: a fifth of the time
of a service test (measured on tests/integration/test_permission_matrix_services.py: 57.8 s, 46.3 s
with the cache shared).

Every engine the suite makes for one kind of database is configured alike (``db.engine`` builds them
all), so a statement compiles to the same SQL whichever of them runs it. Here the engines of one
dialect class share the first one's cache, and dialects of one class compare equal so that its keys
match. Nothing else is changed: connections, pools, events and the statements' results are each
engine's own. ``SERVICE_COUNTER_TEST_OWN_CACHES=1`` gives each engine its own cache again (to rule the
sharing out when a test misbehaves, or to measure it).
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.engine.default import DefaultDialect

import desktop_app.db.engine as engine_module

_caches: dict[type, Any] = {}


def install() -> None:
    if os.environ.get("SERVICE_COUNTER_TEST_OWN_CACHES") == "1":
        return
    if getattr(engine_module.create_engine, "shares_statement_cache", False):
        return
    make_engine = engine_module.create_engine

    def create_engine(*args: Any, **kwargs: Any) -> Engine:
        engine = make_engine(*args, **kwargs)
        cache = engine._compiled_cache
        if cache is not None:  # query_cache_size=0 turns caching off: left as asked
            engine._compiled_cache = _caches.setdefault(type(engine.dialect), cache)
        return engine

    create_engine.shares_statement_cache = True  # type: ignore[attr-defined]
    engine_module.create_engine = create_engine
    # The cache key holds the dialect object: equal dialects of one class find each other's entries.
    DefaultDialect.__hash__ = lambda self: hash(type(self))  # type: ignore[method-assign]
    DefaultDialect.__eq__ = lambda self, other: type(self) is type(other)  # type: ignore[method-assign,assignment]
