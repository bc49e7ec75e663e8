"""Staff accounts: the first manager on a new database, signing in, listing staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.core.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Staff
from desktop_app.db.types import utcnow
from desktop_app.errors import KnownError, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import SYSTEM, Actor

MAX_FAILED_SIGN_INS = 5
LOCKOUT = dt.timedelta(minutes=5)


class SignInFailed(KnownError):
    """Wrong user name or password, or a locked or deactivated account."""


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool


def _info(staff: Staff) -> StaffInfo:
    return StaffInfo(staff.id, staff.username, staff.display_name, staff.role, staff.active)


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.display_name, staff.role)


def validate_new_account(username: str, display_name: str, password: str, repeat: str | None = None) -> None:
    if not username.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a user name."), field="username")
    if len(username.strip()) > 50 or any(c.isspace() for c in username.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name must be one word of at most 50 characters."),
            field="username",
        )
    if not display_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the person's name."), field="display_name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )
    if repeat is not None and repeat != password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The two passwords differ."), field="password_repeat"
        )


class AccountService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def needs_first_run(self) -> bool:
        """A new database has no staff: the first-run dialog creates the general manager."""
        with self._sessions.read() as session:
            return not session.scalar(select(func.count()).select_from(Staff))

    def create_first_manager(self, username: str, display_name: str, password: str) -> Actor:
        validate_new_account(username, display_name, password)
        with self._sessions.write() as session, session.begin():
            if session.scalar(select(func.count()).select_from(Staff)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This database already has a general manager."),
                    field="username",
                )
            staff = Staff(
                username=username.strip(),
                display_name=display_name.strip(),
                role=Role.MANAGER,
                password_hash=hash_password(password),
            )
            session.add(staff)
            session.flush()
            audit_trail.record(
                session, SYSTEM, "staff", staff.id, "create",
                audit_trail.created_values(staff), summary="first-run general manager",
            )
            return _actor(staff)

    def sign_in(self, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
        """Checks the password; 5 failures lock the account for 5 minutes, across restarts."""
        now = now or utcnow()
        refused = SignInFailed(
            QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."), field="password"
        )
        with self._sessions.write() as session, session.begin():
            staff = session.scalar(select(Staff).where(Staff.username == username.strip()))
            if staff is None:
                raise refused
            if not staff.active:
                raise SignInFailed(
                    QT_TRANSLATE_NOOP("Errors", "This account has been deactivated."),
                    field="username",
                )
            if staff.locked_until is not None and staff.locked_until > now:
                minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
                raise SignInFailed(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Too many wrong passwords: the account is locked for {minutes} more minutes."
                    ),
                    field="password",
                    minutes=minutes,
                )
            if not verify_password(staff.password_hash, password):
                staff.failed_sign_ins += 1
                if staff.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                    staff.locked_until = now + LOCKOUT
                    staff.failed_sign_ins = 0
                    audit_trail.record(session, _actor(staff), "staff", staff.id, "locked_out")
                actor = None  # the failure count commits (a lock survives restarts), then we refuse
            else:
                staff.failed_sign_ins = 0
                staff.locked_until = None
                actor = _actor(staff)
                audit_trail.record(session, actor, "staff", staff.id, "sign_in")
        if actor is None:
            raise refused
        return actor

    def list_staff(self) -> list[StaffInfo]:
        with self._sessions.read() as session:
            return [_info(s) for s in session.scalars(select(Staff).order_by(Staff.id))]
