"""Managing accounts, the role x action matrix enforced by the services, and the audit entries."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.permissions import PERMISSION_LABELS, Permission, allows
from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry, Staff
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService, SignInFailed
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditFilter, AuditLog
from desktop_app.services.authorization import MissingPermission

PASSWORD = "secret-123"


@pytest.fixture
def accounts(database: Database) -> AccountService:
    return AccountService(database.sessions)


@pytest.fixture
def manager(accounts: AccountService) -> Actor:
    return accounts.create_first_manager("boss", "王总", PASSWORD)


@pytest.fixture
def staff_by_role(accounts: AccountService, manager: Actor) -> dict[Role, Actor]:
    actors = {Role.MANAGER: manager}
    for role in (Role.OPERATOR, Role.TECHNICIAN, Role.SUPERVISOR):
        accounts.add_user(manager, f"{role.value}.1", f"{role.value} 一号", role, PASSWORD)
        actors[role] = accounts.sign_in(f"{role.value}.1", PASSWORD)
    accounts.add_user(manager, "target", "目标", Role.OPERATOR, PASSWORD)
    return actors


# Every service action that exists so far, with the permission it needs. Later features add theirs.
ACTIONS: dict[str, tuple[Permission, Callable[[Database, Actor], Any]]] = {
    "add_user": (Permission.USERS_MANAGE, lambda db, a: AccountService(db.sessions).add_user(
        a, f"new.{a.role.value}", "新人", Role.OPERATOR, PASSWORD)),
    "reset_password": (Permission.USERS_MANAGE, lambda db, a: AccountService(db.sessions).reset_password(
        a, "target", "another-pass")),
    "deactivate_user": (Permission.USERS_MANAGE, lambda db, a: AccountService(db.sessions).set_active(
        a, "target", False)),
    "view_audit_log": (Permission.AUDIT_VIEW, lambda db, a: AuditLog(db.sessions).page(a, AuditFilter())),
    "count_audit_log": (Permission.AUDIT_VIEW, lambda db, a: AuditLog(db.sessions).count(a, AuditFilter())),
}


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_role_and_action_is_allowed_or_refused_as_documented(
    database: Database, staff_by_role: dict[Role, Actor], role: Role, action: str
) -> None:
    permission, call = ACTIONS[action]
    actor = staff_by_role[role]
    if allows(role, permission):
        call(database, actor)
        return
    with database.sessions.read() as s:
        before = s.scalars(select(AuditEntry.id)).all()
    with pytest.raises(MissingPermission) as refused:
        call(database, actor)
    assert refused.value.permission is permission
    assert PERMISSION_LABELS[permission] in str(refused.value)
    with database.sessions.read() as s:
        assert s.scalars(select(AuditEntry.id)).all() == before  # nothing written


def test_reset_password_audits_without_the_hash_and_lifts_a_lockout(
    database: Database, accounts: AccountService, staff_by_role: dict[Role, Actor]
) -> None:
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in("target", "wrong-pass")
    with pytest.raises(SignInFailed, match="locked"):
        accounts.sign_in("target", PASSWORD)
    accounts.reset_password(staff_by_role[Role.MANAGER], "target", "fresh-pass-1")
    assert accounts.sign_in("target", "fresh-pass-1").username == "target"
    with database.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "reset_password"))
        target_id = s.scalar(select(Staff.id).where(Staff.username == "target"))
    assert entry.user_id == staff_by_role[Role.MANAGER].staff_id
    assert entry.entity == "staff" and entry.entity_id == target_id
    assert "password_hash" not in entry.changes and "fresh-pass-1" not in str(entry.changes)
    assert entry.changes["locked_until"]["new"] is None and entry.changes["locked_until"]["old"]
    assert entry.at.tzinfo is not None and abs(entry.at - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=1)


def test_a_deactivated_user_cannot_sign_in_but_stays_on_record(
    database: Database, accounts: AccountService, staff_by_role: dict[Role, Actor]
) -> None:
    accounts.set_active(staff_by_role[Role.MANAGER], "target", False)
    with pytest.raises(SignInFailed, match="deactivated"):
        accounts.sign_in("target", PASSWORD)
    assert any(i.username == "target" and not i.active for i in accounts.list_staff())
    with database.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "deactivate"))
    assert entry.changes == {"active": {"old": True, "new": False}}


def test_the_manager_cannot_deactivate_themself(accounts: AccountService, manager: Actor) -> None:
    with pytest.raises(Exception, match="your own account"):
        accounts.set_active(manager, "boss", False)


def test_user_names_are_unique(accounts: AccountService, manager: Actor) -> None:
    with pytest.raises(Exception, match="already taken") as caught:
        accounts.add_user(manager, "boss", "另一个", Role.OPERATOR, PASSWORD)
    assert caught.value.field == "username"


def test_audit_log_filters_and_pages(
    database: Database, accounts: AccountService, staff_by_role: dict[Role, Actor]
) -> None:
    log = AuditLog(database.sessions)
    boss = staff_by_role[Role.MANAGER]
    everything = log.count(boss, AuditFilter())
    assert everything >= 8  # first manager, 4 users, 3 sign-ins
    mine = log.page(boss, AuditFilter(user_id=boss.staff_id), limit=2)
    assert [r.user for r in mine] == ["王总", "王总"] and mine[0].id > mine[1].id
    older = log.page(boss, AuditFilter(user_id=boss.staff_id), after=mine[-1], limit=100)
    assert older and all(r.id < mine[-1].id for r in older)
    assert "staff" in log.entities(boss)
    today = dt.date.today()
    assert log.count(boss, AuditFilter(date_from=today, date_to=today)) == everything
    assert log.count(boss, AuditFilter(date_to=today - dt.timedelta(days=2))) == 0


def test_cli_user_commands_read_the_password_from_stdin(sqlite_url: str) -> None:
    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "--database-url", sqlite_url, "user", *args],
            input=stdin, capture_output=True, text=True, timeout=120,
        )

    assert cli("add", "tech.wu", "--role", "technician", "--name", "吴工", stdin="secret-123\n").returncode == 0
    short = cli("add", "tech.xu", "--role", "technician", stdin="short\n")
    assert short.returncode == 2 and "Traceback" not in short.stderr
    assert cli("reset-password", "tech.wu", stdin="newpass-456\n").returncode == 0
    assert cli("deactivate", "tech.wu").returncode == 0
    listing = cli("list").stdout
    assert "tech.wu" in listing and "deactivated" in listing and "tech.xu" not in listing
    with pytest.raises(SystemExit):
        from desktop_app.cli import build_parser

        build_parser().parse_args(["user", "add", "x", "--role", "operator", "--password", "p"])
