"""Every document service: a made document is logged as printed (PrintedDocument + audit entry) only once
it was really saved or printed; a failed save or a refused printer logs nothing, and a retry logs once."""

# Why it matters: supervisors and the staff evaluation read the printed-documents log as "handed
# out": the receipt the customer signs (a day at the counter), the survey form (E17), the rule-set
# acknowledgement sheet (E24), the return application's list (D15), the month-end reports (D3, D8).

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import FineStatus, WorkOrderState
from desktop_app.db.models import (
    AssessmentRuleSet,
    AuditEntry,
    Claim,
    Fine,
    PrintedDocument,
    Requisition,
    ReturnApplication,
    Staff,
    WorkOrder,
)
from desktop_app.db.opening import Database, open_database
from desktop_app.documents.saving import SaveFailed
from desktop_app.errors import KnownError, PermissionDenied
from desktop_app.services.actor import Actor
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.pickup_slips import PickupSlipService
from desktop_app.services.print_log import MadeDocument
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.return_documents import ReturnDocuments
from desktop_app.services.rule_acknowledgements import RuleAcknowledgements
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.unit_labels import UnitLabelService
from desktop_app.services.work_order_documents import WorkOrderDocuments

TODAY = dt.date.today()
QUARTER = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"


def _same(_context: str, text: str) -> str:
    return text


class Refs:
    """The sample data's records each document is made of, and the manager who prints them."""

    def __init__(self, database: Database) -> None:
        with database.sessions.read() as s:
            boss = s.scalar(select(Staff).where(Staff.username == "gm.zhou"))
            self.actor = Actor(boss.id, boss.username, boss.display_name, boss.role)
            tech = s.scalar(select(Staff).where(Staff.username == "tech.li"))
            self.technician = Actor(tech.id, tech.username, tech.display_name, tech.role)
            self.claim = s.scalar(select(Claim.number).order_by(Claim.id.desc()).limit(1))
            self.closed_order = s.scalar(select(WorkOrder.number).where(WorkOrder.state == WorkOrderState.CLOSED)
                                         .order_by(WorkOrder.id.desc()).limit(1))
            self.requisition = s.scalar(select(Requisition.number).order_by(Requisition.id.desc()).limit(1))
            self.return_number = s.scalar(select(ReturnApplication.number).order_by(ReturnApplication.id).limit(1))
            self.rules_version = s.scalar(select(AssessmentRuleSet.version).limit(1))
            self.tech_id = tech.id


# (name, make, the document and entity the log names)
Maker = Callable[[Database, Refs], MadeDocument]
MAKERS: list[tuple[str, Maker, str, str]] = [
    ("receipt A4", lambda d, r: ReceiptService(d.sessions).make_receipt(r.actor, r.claim, language="zh_CN",
                                                                         translate=_same), "service_receipt", "claim"),
    ("receipt 80mm roll", lambda d, r: ReceiptPrinting(d.sessions).make_receipt(
        r.actor, r.claim, language="zh_CN", translate=_same, paper="80mm"), "service_receipt", "claim"),
    ("unit label", lambda d, r: UnitLabelService(d.sessions).make_label(r.actor, r.claim, language="zh_CN"),
     "unit_label", "work_order"),
    ("pickup slip", lambda d, r: PickupSlipService(d.sessions).make_slip(r.actor, r.closed_order, language="zh_CN"),
     "pickup_slip", "work_order"),
    ("service report", lambda d, r: WorkOrderDocuments(d.sessions).make_service_report(
        r.actor, r.closed_order, language="zh_CN", translate=_same), "service_report", "work_order"),
    ("survey form (E17)", lambda d, r: WorkOrderDocuments(d.sessions).make_survey_form(
        r.actor, r.closed_order, language="zh_CN"), "survey_form", "work_order"),
    ("return application (D15)", lambda d, r: ReturnDocuments(d.sessions).make_application(
        r.actor, r.return_number, language="zh_CN"), "return_application", "return_application"),
    ("fund statement (D4)", lambda d, r: FundDocuments(d.sessions).make_statement(
        r.actor, QUARTER, QUARTER, language="zh_CN"), "fund_statement", "fund"),
    ("parts reconciliation xlsx (D9)", lambda d, r: FundDocuments(d.sessions).make_reconciliation(
        r.actor, TODAY, language="zh_CN", xlsx=True), "parts_reconciliation", "month"),
    ("rules acknowledgement (E24)", lambda d, r: RuleAcknowledgements(d.sessions).make_sheet(
        r.actor, r.tech_id, r.rules_version, language="zh_CN"), "rules_acknowledgement", "assessment_rule_set"),
    ("requisition form (D8)", lambda d, r: ReportDocuments(d.sessions).make_requisition(
        r.actor, r.requisition, language="zh_CN"), "requisition_form", "requisition"),
    ("monthly report xlsx (D3)", lambda d, r: ReportDocuments(d.sessions).make_monthly(
        r.actor, TODAY.replace(day=1), language="zh_CN", xlsx=True), "monthly_report", "month"),
    ("improvement report (E2)", lambda d, r: ReportDocuments(d.sessions).make_improvement(
        r.actor, TODAY.replace(day=1), TODAY.replace(day=1), language="zh_CN"), "improvement_report", "month"),
    ("evaluation sheet", lambda d, r: _evaluation_sheet(d, r), "evaluation_sheet", "staff"),
]


def _evaluation_sheet(database: Database, refs: Refs) -> MadeDocument:
    """The sheet is refused while fines of the month await a decision (E23, E24): decide them first."""
    with database.sessions.read() as s:
        pending = list(s.scalars(select(Fine.id).where(Fine.staff_id == refs.tech_id,
                                                       Fine.status == FineStatus.SUGGESTED)))
    for fine_id in pending:
        AssessmentService(database.sessions).decide_fine(refs.actor, fine_id, confirm=False, reason="不成立")
    return ReportDocuments(database.sessions).make_evaluation(refs.actor, "tech.li", TODAY, language="zh_CN")


@pytest.fixture
def loaded(sqlite_url: str):
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=40)
    try:
        yield database, Refs(database)
    finally:
        database.dispose()


def logged(database: Database) -> tuple[list[PrintedDocument], list[AuditEntry]]:
    with database.sessions.read() as s:
        return (list(s.scalars(select(PrintedDocument).order_by(PrintedDocument.id))),
                list(s.scalars(select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id))))


def unwritable_places(out: Path) -> list[Path]:
    """Places no save can succeed, even as root: an existing folder's own name, and a file "inside" a file."""
    folder = out / "a folder.pdf"
    folder.mkdir(parents=True)
    plain_file = out / "not-a-folder"
    plain_file.write_text("x")
    return [folder, plain_file / "doc.pdf"]


@pytest.mark.parametrize(("make", "document", "entity"), [pytest.param(m, d, e, id=n) for n, m, d, e in MAKERS])
def test_the_log_waits_for_a_delivery_that_succeeded(loaded, tmp_path: Path, make: Maker, document: str,
                                                     entity: str) -> None:
    database, refs = loaded
    made = make(database, refs)
    assert made.content[:4] in (b"%PDF", b"PK\x03\x04") and made.reference
    assert logged(database) == ([], [])  # made is not printed

    out = tmp_path / "out"
    for place in unwritable_places(out):
        with pytest.raises(SaveFailed) as failed:
            made.save_to(place)
        assert str(place) in failed.value.render()  # the message names the place
    with pytest.raises(KnownError):
        made.deliver(_refusing_printer, target="前台打印机")
    assert logged(database) == ([], [])
    assert sorted(p.name for p in out.iterdir()) == ["a folder.pdf", "not-a-folder"]  # no partial file

    good = tmp_path / "送出" / "doc.pdf"
    good.parent.mkdir()
    assert made.save_to(good) == good  # the retry
    assert good.read_bytes() == made.content
    [row], [audit] = logged(database)
    assert (row.document, row.entity, row.by_id, row.target) == (document, entity, refs.actor.staff_id, str(good))
    assert (audit.entity, audit.entity_id, audit.user_id) == (entity, row.entity_id, refs.actor.staff_id)
    assert audit.changes["document"] == document
    if entity not in ("fund", "month"):
        assert row.entity_id is not None

    printed: list[bytes] = []
    assert made.deliver(lambda pdf: printed.append(pdf) or 2, target="前台打印机") == 2  # the printer took it
    rows, audits = logged(database)
    assert printed == [made.content] and len(rows) == len(audits) == 2  # each real delivery, once
    assert rows[-1].target == "前台打印机"


def _refusing_printer(_pdf: bytes) -> int:
    raise KnownError("The printer did not accept the document.")


def test_the_receipt_counts_its_copies_and_keeps_its_audit_details(loaded, tmp_path: Path) -> None:
    database, refs = loaded
    made = ReceiptPrinting(database.sessions).make_receipt(refs.actor, refs.claim, language="zh_CN",
                                                           translate=_same, paper="58mm", copies=("customer",))
    assert made.reference == refs.claim
    made.save_to(tmp_path / "r.pdf")
    [row], [audit] = logged(database)
    assert row.copies == 1
    assert audit.changes == {"document": "service_receipt", "copies": ["customer"], "language": "zh_CN",
                             "paper": "58mm"}


def test_a_long_target_is_cut_to_the_logs_column(loaded, tmp_path: Path) -> None:
    database, refs = loaded
    deep = tmp_path / ("长" * 60) / ("文件" * 30 + ".pdf")
    deep.parent.mkdir()
    ReturnDocuments(database.sessions).make_application(refs.actor, refs.return_number, language="en").save_to(deep)
    [row], _ = logged(database)
    assert row.target == str(deep)[:100]


def test_a_refused_user_gets_no_bytes_and_nothing_is_logged(loaded) -> None:
    database, refs = loaded
    with pytest.raises(PermissionDenied):  # the requisition form is the supervisor's (D8)
        ReportDocuments(database.sessions).make_requisition(refs.technician, refs.requisition, language="zh_CN")
    with pytest.raises(PermissionDenied):
        FundDocuments(database.sessions).make_reconciliation(refs.technician, TODAY, language="zh_CN")
    assert logged(database) == ([], [])


def test_counts_stay_exact_under_many_deliveries(loaded, tmp_path: Path) -> None:
    """A survey form printed for three orders and one saved twice: four rows, the set of printed surveys three."""
    database, refs = loaded
    with database.sessions.read() as s:
        orders = s.scalars(select(WorkOrder.number).where(WorkOrder.state == WorkOrderState.CLOSED)
                           .order_by(WorkOrder.id).limit(3)).all()
    documents = WorkOrderDocuments(database.sessions)
    for index, number in enumerate(orders):
        documents.make_survey_form(refs.actor, number, language="zh_CN").save_to(tmp_path / f"{index}.pdf")
    again = documents.make_survey_form(refs.actor, orders[0], language="zh_CN")
    again.save_to(tmp_path / "again.pdf")
    documents.make_survey_form(refs.actor, orders[1], language="zh_CN")  # made, never delivered
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(PrintedDocument)) == 4
    assert len(documents.printed_surveys()) == 3


def test_a_delivery_whose_log_cannot_be_written_says_it_was_delivered(tmp_path: Path) -> None:
    """The database is gone between printing and logging: the message must not invite a second print."""
    from desktop_app.core.roles import Role
    from desktop_app.db.engine import SessionFactory, create_engine_for
    from desktop_app.services.print_log import DeliveredNotLogged, PrintEntry

    engine = create_engine_for("postgresql+psycopg://nobody@127.0.0.1:1/none")  # nothing listens on port 1
    try:
        entry = PrintEntry(Actor(1, "op", "小陈", Role.OPERATOR), "service_receipt", "claim", 1)
        made = MadeDocument(b"%PDF-1.4 receipt", "SC-2026-000001", entry, SessionFactory(engine))
        with pytest.raises(DeliveredNotLogged) as raised:
            made.save_to(tmp_path / "receipt.pdf")
    finally:
        engine.dispose()
    assert (tmp_path / "receipt.pdf").read_bytes() == b"%PDF-1.4 receipt"  # it was delivered all the same
    assert "Do not print it again" in raised.value.render()
