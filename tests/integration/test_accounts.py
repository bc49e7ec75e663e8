"""The first general manager, signing in, and the lockout that survives a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry, Staff
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService, SignInFailed


def test_first_run_creates_the_manager_with_a_hashed_password(database: Database) -> None:
    accounts = AccountService(database.sessions)
    assert accounts.needs_first_run()
    actor = accounts.create_first_manager(" boss ", "王总", "secret-123")
    assert actor.role is Role.MANAGER and actor.username == "boss"
    assert not accounts.needs_first_run()
    with database.sessions.read() as s:
        staff = s.scalar(select(Staff))
        assert staff.password_hash.startswith("$argon2id$") and "secret-123" not in staff.password_hash
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "staff"))
    assert entry.action == "create" and "password_hash" not in entry.changes


@pytest.mark.parametrize(
    ("username", "name", "password", "field"),
    [("", "王总", "secret-123", "username"), ("two words", "王总", "secret-123", "username"),
     ("boss", " ", "secret-123", "display_name"), ("boss", "王总", "short", "password")],
)
def test_bad_first_run_input_names_the_field_and_writes_nothing(
    database: Database, username: str, name: str, password: str, field: str
) -> None:
    accounts = AccountService(database.sessions)
    with pytest.raises(ValidationError) as caught:
        accounts.create_first_manager(username, name, password)
    assert caught.value.field == field
    assert accounts.needs_first_run()


def test_a_second_first_manager_is_refused(database: Database) -> None:
    accounts = AccountService(database.sessions)
    accounts.create_first_manager("boss", "王总", "secret-123")
    with pytest.raises(ValidationError):
        accounts.create_first_manager("boss2", "李总", "secret-456")


def test_sign_in_checks_the_password(database: Database) -> None:
    accounts = AccountService(database.sessions)
    accounts.create_first_manager("boss", "王总", "secret-123")
    assert accounts.sign_in("boss", "secret-123").display_name == "王总"
    for username, password in (("boss", "wrong-pass"), ("nobody", "secret-123")):
        with pytest.raises(SignInFailed, match="Wrong user name or password"):
            accounts.sign_in(username, password)


def test_five_wrong_passwords_lock_the_account_across_a_restart(db_url: str) -> None:
    now = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.timezone.utc)
    database = open_database(make_url(db_url))
    accounts = AccountService(database.sessions)
    accounts.create_first_manager("boss", "王总", "secret-123")
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in("boss", "wrong-pass", now=now)
    database.dispose()

    restarted = open_database(make_url(db_url))
    try:
        accounts = AccountService(restarted.sessions)
        with pytest.raises(SignInFailed, match="locked"):
            accounts.sign_in("boss", "secret-123", now=now + dt.timedelta(minutes=4))
        assert accounts.sign_in("boss", "secret-123", now=now + dt.timedelta(minutes=5, seconds=1))
        with restarted.sessions.read() as s:
            actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
            assert s.scalar(select(func.count()).select_from(Staff).where(Staff.locked_until.is_not(None))) == 0
        assert actions.count("locked_out") == 1 and actions[-1] == "sign_in"
    finally:
        restarted.dispose()
