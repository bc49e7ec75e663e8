"""E24: the audit log is the employer's evidence, so it reads by what users know: a requisition's entries
show its RQ number, the parts received by part number and the quota as money, are found by that number,
and a page costs a few statements whatever it holds (no look-up per row), through the log's index."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D

import pytest
from search_capture import captured
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot

from desktop_app.db.opening import Database, open_database
from desktop_app.gui.audit_table_model import ENTITY_ID, AuditTableModel, change_lines
from desktop_app.services.audit_log import AuditFilter, AuditLog
from desktop_app.services.audit_references import KEYED, REFERENCE_FIELDS, look_up
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisitions import RequisitionService

MONTH = dt.date.today().replace(day=1)


def _depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("300000.00"))  # quota this quarter: 15,000.00
    return depot


def _received(depot: Depot, parts: dict[str, int]) -> str:
    """A requisition submitted, shipped and received in full (rule D6)."""
    service, sup = RequisitionService(depot.db.sessions), depot.staff["sup"]
    number = service.create(sup, MONTH, [(depot.part_ids[p], q) for p, q in parts.items()])
    service.submit(sup, number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {depot.part_ids[p]: q for p, q in parts.items()})
    return number


@pytest.fixture
def depot(database: Database) -> Depot:
    return _depot(database)


def test_a_requisition_receipt_reads_with_part_numbers_money_and_its_number(qapp, depot: Depot) -> None:
    first = _received(depot, {"FAN-01": 2, "PWR-01": 1})
    second = _received(depot, {"FAN-01": 5})
    log, boss = AuditLog(depot.db.sessions), depot.staff["manager"]
    rows = log.page(boss, AuditFilter(number=first))  # E24: found by the number on the paper
    assert rows and {(r.entity, r.number) for r in rows} == {("requisition", first)}
    assert [r.action for r in rows] == ["receive", "ship", "submit", "create"]
    received = " ".join(change_lines(rows[0]))
    # The labels are in whichever language an earlier test of this worker installed: either will do.
    assert re.search(r"(Quantities received|到货数量): (FAN-01 ×2, PWR-01 ×1|PWR-01 ×1, FAN-01 ×2)", received), received
    quota = " ".join(change_lines(rows[2]))
    assert re.search(r"(Quota|额度): ¥15,000\.00", quota), quota  # money as the rest of the app shows it
    # typed in lower case, or with the record type chosen, it finds the same entries; the other's are apart
    assert log.count(boss, AuditFilter(number=first.lower())) == len(rows)
    assert log.count(boss, AuditFilter(entity="requisition", number=f" {first} ")) == len(rows)
    assert log.count(boss, AuditFilter(entity="claim", number=first)) == 0
    assert {r.number for r in log.page(boss, AuditFilter(number=second))} == {second}
    assert log.count(boss, AuditFilter(number="RQ-1999-000001")) == 0
    # a staff account by its user name; the manager's own sign-in entries are theirs, not the supervisor's
    assert {r.number for r in log.page(boss, AuditFilter(number="sup"))} == {"sup"}
    # a record type with no number (a remittance) keeps its id, found with its type chosen
    remittance = log.page(boss, AuditFilter(entity="remittance"))[0]
    assert remittance.number is None and remittance.entity_text == str(remittance.entity_id)
    assert log.count(boss, AuditFilter(entity="remittance", number=str(remittance.entity_id))) == 1
    model = AuditTableModel(log, boss)
    model.set_filter(AuditFilter(entity="requisition"))
    assert {model.index(row, ENTITY_ID).data() for row in range(model.rowCount())} == {first, second}


def _page_statements(depot: Depot) -> int:
    log = AuditLog(depot.db.sessions)
    with captured(depot.db.engine) as seen:
        rows = log.page(depot.staff["manager"], AuditFilter(), limit=200)
    assert any(r.number and r.number.startswith("RQ-") for r in rows)
    return len(seen)


def test_a_page_looks_its_numbers_up_in_a_few_statements_whatever_it_holds(depot: Depot) -> None:
    _received(depot, {"FAN-01": 1, "PWR-01": 2})
    few = _page_statements(depot)
    for _ in range(5):
        _received(depot, {"FAN-01": 1, "PWR-01": 2, "ADP-12V": 1})
    assert _page_statements(depot) == few <= 2  # the page, then one look-up of every id it names


def test_the_number_filter_goes_through_the_logs_index(sqlite_url: str) -> None:
    database = open_database(make_url(sqlite_url))
    try:
        depot = _depot(database)
        number = _received(depot, {"FAN-01": 1})
        log = AuditLog(database.sessions)
        with captured(database.engine) as seen:
            log.count(depot.staff["manager"], AuditFilter(number=number))
            log.page(depot.staff["manager"], AuditFilter(number=number))
        plan = []
        with database.engine.connect() as conn:
            for sql, params in seen:
                plan += [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
        audit_steps = [line for line in plan if "audit_log" in line]
        assert audit_steps and all("ix_audit_log_entity" in line for line in audit_steps), plan
        assert not [line for line in plan if line.startswith("SCAN ") and "CONSTANT" not in line], plan
    finally:
        database.dispose()


def test_every_kind_of_id_an_entry_names_is_read_in_at_most_four_statements(depot: Depot) -> None:
    kinds = set(REFERENCE_FIELDS.values()) | set(KEYED.values()) | {"staff_no"}
    boss, fan = depot.staff["manager"], depot.part_ids["FAN-01"]
    with depot.db.sessions.read() as session, captured(depot.db.engine) as seen:
        refs = look_up(session, {kind: {boss.staff_id, fan, 999_999} for kind in kinds})
    assert len(seen) <= 4  # fines, demerits and visits apart, every kind in one UNION ALL
    assert (refs.get("staff", boss.staff_id), refs.get("staff_no", boss.staff_id)) == ("王总", "boss")
    assert refs.get("part", fan) == "FAN-01" and refs.get("claim", 999_999) is None
