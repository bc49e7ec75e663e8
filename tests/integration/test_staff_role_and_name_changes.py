"""A person's role and name are corrected on the same account, so their history stays whole (E24, E3,
E21, E23): a technician promoted to supervisor, a misspelt 姓名; a manager always remains, and open
work orders always have a holder who may work on them (E1)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot

from desktop_app.cli import main
from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry, Staff
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService, StaffInfo
from desktop_app.services.actor import SYSTEM
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.work_orders import WorkOrderService

SALE = dt.date.today() - dt.timedelta(days=100)  # in warranty


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def accounts(depot: Depot) -> AccountService:
    return AccountService(depot.db.sessions)


def person(depot: Depot, username: str) -> StaffInfo:
    return next(p for p in accounts(depot).list_staff() if p.username == username)


def staff_edits(db: Database) -> list[dict]:
    with db.sessions.read() as s:
        return list(s.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity == "staff", AuditEntry.action == "update").order_by(AuditEntry.id)))


def dispatch_to(depot: Depot, username: str, *serials: str) -> list[int]:
    orders = WorkOrderService(depot.db.sessions)
    ids = []
    for serial in serials:
        oid = depot.order_id(depot.take_in(serial, SALE).work_order_number)
        orders.dispatch(depot.staff["sup"], oid, depot.staff[username].staff_id)
        ids.append(oid)
    return ids


def test_a_promoted_technician_keeps_one_account_and_one_row_in_the_evaluation(depot: Depot) -> None:
    dispatch_to(depot, "tech", "SN-P1")
    evaluation = EvaluationService(depot.db.sessions)
    month = dt.date.today().replace(day=1)
    tech_id = depot.staff["tech"].staff_id
    before = next(m for m in evaluation.month(depot.staff["manager"], month) if m.staff_id == tech_id)
    staff_before = len(accounts(depot).list_staff())

    info = accounts(depot).update_user(depot.staff["manager"], "tech", role=Role.SUPERVISOR, display_name=" 李明 ")

    assert (info.id, info.display_name, info.role) == (tech_id, "李明", Role.SUPERVISOR)
    assert len(accounts(depot).list_staff()) == staff_before  # no new account
    signed_in = accounts(depot).sign_in("tech", "secret-123")  # same password, new rights
    assert (signed_in.staff_id, signed_in.role, signed_in.display_name) == (tech_id, Role.SUPERVISOR, "李明")
    rows = [m for m in evaluation.month(depot.staff["manager"], month) if m.staff_id == tech_id]
    assert len(rows) == 1  # the staff tab shows the person once, under the new role and name
    assert (rows[0].role, rows[0].name, rows[0].figures) == (Role.SUPERVISOR, "李明", before.figures)
    assert staff_edits(depot.db) == [{"role": {"old": "technician", "new": "supervisor"},
                                      "display_name": {"old": "李工", "new": "李明"}}]


def test_the_same_name_and_role_again_change_nothing_and_audit_nothing(depot: Depot) -> None:
    accounts(depot).update_user(depot.staff["manager"], "tech", role=Role.TECHNICIAN, display_name="李工")
    assert staff_edits(depot.db) == []


@pytest.mark.parametrize("name, message", [("  ", "Enter the person's name."), ("李\x00工", "control"),
                                           ("李" * 101, "100")])
def test_a_corrected_name_is_checked_like_a_new_one_and_nothing_is_written(depot: Depot, name: str,
                                                                           message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        accounts(depot).update_user(depot.staff["manager"], "tech", display_name=name, role=Role.SUPERVISOR)
    assert refused.value.field == "display_name"
    assert (person(depot, "tech").display_name, person(depot, "tech").role) == ("李工", Role.TECHNICIAN)
    assert staff_edits(depot.db) == []


def test_only_a_manager_may_change_roles(depot: Depot) -> None:
    with pytest.raises(MissingPermission):
        accounts(depot).update_user(depot.staff["sup"], "tech", role=Role.SUPERVISOR)
    assert person(depot, "tech").role == Role.TECHNICIAN


def test_a_manager_cannot_change_their_own_role_while_signed_in(depot: Depot) -> None:
    accounts(depot).add_user(depot.staff["manager"], "boss2", "赵总", Role.MANAGER, "secret-123")
    with pytest.raises(ValidationError, match="your own role") as refused:
        accounts(depot).update_user(depot.staff["manager"], "boss", role=Role.SUPERVISOR)
    assert refused.value.field == "role" and person(depot, "boss").role == Role.MANAGER
    # Their own name they may correct (the window shows it from the next sign-in).
    assert accounts(depot).update_user(depot.staff["manager"], "boss", display_name="王建国").display_name == "王建国"


def test_the_last_active_manager_cannot_be_demoted_but_one_of_two_can(depot: Depot) -> None:
    with pytest.raises(ValidationError, match="only active general manager"):
        accounts(depot).update_user(SYSTEM, "boss", role=Role.SUPERVISOR)  # the command line's actor
    assert not accounts(depot).needs_first_run()
    accounts(depot).add_user(depot.staff["manager"], "boss2", "赵总", Role.MANAGER, "secret-123")
    accounts(depot).update_user(depot.staff["manager"], "boss2", role=Role.SUPERVISOR)
    assert person(depot, "boss2").role == Role.SUPERVISOR


def test_a_deactivated_manager_does_not_count_as_the_one_that_remains(depot: Depot) -> None:
    accounts(depot).add_user(depot.staff["manager"], "boss2", "赵总", Role.MANAGER, "secret-123")
    accounts(depot).set_active(depot.staff["manager"], "boss2", False)
    with pytest.raises(ValidationError, match="only active general manager"):
        accounts(depot).update_user(SYSTEM, "boss", role=Role.OPERATOR)
    accounts(depot).update_user(SYSTEM, "boss2", role=Role.OPERATOR)  # an inactive manager: nobody is lost


def test_a_technician_holding_open_orders_becomes_front_desk_only_after_they_are_reassigned(depot: Depot) -> None:
    first, second = dispatch_to(depot, "tech", "SN-O1", "SN-O2")
    manager = depot.staff["manager"]
    with pytest.raises(ValidationError, match="李工 still holds 2 open work orders: reassign them") as refused:
        accounts(depot).update_user(manager, "tech", role=Role.OPERATOR, display_name="李晓工")
    assert refused.value.field == "role"
    assert (person(depot, "tech").role, person(depot, "tech").display_name) == (Role.TECHNICIAN, "李工")  # one transaction
    orders = WorkOrderService(depot.db.sessions)
    orders.reassign(depot.staff["sup"], first, depot.staff["tech2"].staff_id, "转前台")
    with pytest.raises(ValidationError, match="李工 still holds an open work order"):
        accounts(depot).update_user(manager, "tech", role=Role.MANAGER)  # a manager is never dispatched to
    orders.cancel(depot.staff["sup"], second, "客户取回")  # a cancelled order holds nobody
    assert accounts(depot).update_user(manager, "tech", role=Role.OPERATOR).role == Role.OPERATOR


def test_a_technician_holding_open_orders_may_become_supervisor(depot: Depot) -> None:
    dispatch_to(depot, "tech", "SN-S1")
    assert accounts(depot).update_user(depot.staff["manager"], "tech", role=Role.SUPERVISOR).role == Role.SUPERVISOR


# --- the command line -------------------------------------------------------------------------------

@pytest.fixture
def depot_url(db_url: str) -> str:
    database = open_database(make_url(db_url))
    try:
        build_depot(database)
    finally:
        database.dispose()
    return db_url


def cli(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--language", "en", "--database-url", url, "user", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def staff_row(url: str, username: str) -> tuple[str, Role, int]:
    database = open_database(make_url(url))
    try:
        with database.sessions.read() as s:
            row = s.execute(select(Staff.display_name, Staff.role, Staff.id).where(Staff.username == username)).one()
            return row.display_name, row.role, s.scalar(select(func.count()).select_from(Staff))
    finally:
        database.dispose()


def test_set_role_and_rename_from_the_command_line_keep_the_account(depot_url: str, capsys) -> None:
    before = staff_row(depot_url, "tech2")
    code, out, _ = cli(depot_url, capsys, "set-role", "tech2", "supervisor")
    assert code == 0 and "tech2 is now supervisor" in out
    code, out, _ = cli(depot_url, capsys, "rename", "tech2", "王晓明")
    assert code == 0 and "王晓明" in out
    assert staff_row(depot_url, "tech2") == ("王晓明", Role.SUPERVISOR, before[2])
    code, out, _ = cli(depot_url, capsys, "list")
    assert "tech2" in out and "supervisor" in out and "王晓明" in out


def test_the_command_line_refuses_a_blank_name_an_unknown_role_and_the_last_manager(depot_url: str, capsys) -> None:
    code, _, err = cli(depot_url, capsys, "rename", "tech2", "   ")
    assert code == 2 and "Enter the person's name." in err and "Traceback" not in err
    with pytest.raises(SystemExit):
        cli(depot_url, capsys, "set-role", "tech2", "boss")
    code, _, err = cli(depot_url, capsys, "set-role", "boss", "operator")
    assert code == 2 and "王总 is the only active general manager" in err
    assert staff_row(depot_url, "boss")[:2] == ("王总", Role.MANAGER)


def test_the_last_manager_cannot_be_deactivated_from_the_command_line(depot_url: str, capsys) -> None:
    code, _, err = cli(depot_url, capsys, "deactivate", "boss")
    assert code == 2 and "王总 is the only active general manager and cannot be deactivated." in err
    database = open_database(make_url(depot_url))
    try:
        assert not AccountService(database.sessions).needs_first_run()  # nobody could sign in to manage
    finally:
        database.dispose()
    assert cli(depot_url, capsys, "deactivate", "tech2")[0] == 0  # anyone else still can be
