"""Issue 8, without timing: the audit window's kinds of record come from one index seek per kind, and
every filter's page is read newest first (by time, then id) from an index that stops at the page
(migration 0016). With two million entries, 受理单 as the kind took 1.07 s and one user's entries
0.59 s, because every matching entry was sorted first; the kinds took 86 ms to list."""

from __future__ import annotations

import datetime as dt

import pytest
from search_capture import captured
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.db.models import AuditEntry
from desktop_app.db.opening import Database
from desktop_app.services.audit_log import AuditFilter, AuditLog

SOLD = dt.date.today() - dt.timedelta(days=100)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    for n in range(3):
        depot.take_in(f"SN-AUDIT-{n}", SOLD)
    return depot


def test_the_kinds_of_record_are_those_in_the_log(depot: Depot) -> None:
    log = AuditLog(depot.db.sessions)
    with depot.db.sessions.read() as s:
        plain = list(s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)))
    assert len(plain) > 2 and log.entities(depot.staff["manager"]) == plain


def test_a_page_of_one_kind_or_one_user_is_the_newest_of_its_entries(depot: Depot) -> None:
    log, manager, operator = AuditLog(depot.db.sessions), depot.staff["manager"], depot.staff["operator"]
    moment = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)
    with depot.db.sessions.write() as s, s.begin():  # two entries of one moment (the log takes no edits): the id decides
        s.add_all([AuditEntry(at=moment, user_id=operator.staff_id, entity="claim", entity_id=n, action="update",
                              changes={}) for n in (1, 2)])
    newest = {}
    with depot.db.sessions.read() as s:
        for key, condition in (("claim", AuditEntry.entity == "claim"), ("user", AuditEntry.user_id == operator.staff_id),
                               ("all", AuditEntry.id.is_not(None))):
            entries = s.execute(select(AuditEntry.at, AuditEntry.id).where(condition)).all()
            newest[key] = [ident for _at, ident in sorted(entries, reverse=True)]
    assert len(newest["claim"]) >= 3 and len(newest["user"]) >= 3
    for key, flt in (("claim", AuditFilter(entity="claim")), ("user", AuditFilter(user_id=operator.staff_id)),
                     ("all", AuditFilter())):
        pages = [log.page(manager, flt, limit=2)]
        while pages[-1]:
            pages.append(log.page(manager, flt, after=pages[-1][-1], limit=2))
        assert [row.id for page in pages for row in page] == newest[key], key


FILTERS = {"all": AuditFilter(), "kind": AuditFilter(entity="claim"), "user": AuditFilter(user_id=1),
           "days": AuditFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))}


@pytest.mark.parametrize("kind", [*FILTERS, "number"])
def test_sqlite_reads_the_page_in_index_order(sqlite_url: str, kind: str) -> None:
    """Each filter's page comes in order from its index; a record's own history (its number typed)
    through (entity, entity_id), not by walking its whole kind in time order to spare a small sort."""
    from sqlalchemy.engine import make_url

    from desktop_app.db.opening import open_database

    database = open_database(make_url(sqlite_url))
    try:
        depot = build_depot(database)
        saved = depot.take_in("SN-AUDIT-PLAN", SOLD)
        flt = FILTERS.get(kind) or AuditFilter(number=saved.number)
        log = AuditLog(database.sessions)
        with captured(database.engine) as statements:
            first = log.page(depot.staff["manager"], flt, limit=1)
            log.page(depot.staff["manager"], flt, after=first[0])
        for sql, params in statements:
            if not sql.lstrip().startswith("SELECT audit_log.id"):
                continue  # the page's names and numbers
            with database.engine.connect() as conn:
                plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
            if kind == "number":
                assert any("ix_audit_log_entity (entity=? AND entity_id=?)" in line for line in plan), plan
            else:
                assert any("ix_audit_log_" in line for line in plan), plan
                assert not any("TEMP B-TREE FOR ORDER BY" in line for line in plan), plan
    finally:
        database.dispose()
