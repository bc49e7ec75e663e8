"""Staff accounts: the first manager, signing in with lockout, and managing users."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Staff
from desktop_app.db.types import utcnow
from desktop_app.errors import KnownError, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.core.permissions import Permission
from desktop_app.services import audit_trail, settings
from desktop_app.services import field_checks as check
from desktop_app.services.authorization import require
from desktop_app.services.role_changes import check_role_change, refuse_last_manager
from desktop_app.services.actor import SYSTEM, Actor


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
    check.text(username, "username", Staff.username)  # no control characters (a NUL fails on PostgreSQL)
    validate_display_name(display_name)
    validate_password(password, repeat)


def validate_display_name(display_name: str) -> None:
    """The person's name (姓名), at creation and when corrected."""
    if not display_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the person's name."), field="display_name")
    check.text(display_name, "display_name", Staff.display_name)  # fits its column, no control characters


def validate_password(password: str, repeat: str | None = None) -> None:
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
        """No active general manager yet: the first-run dialog creates one."""
        with self._sessions.read() as session:
            return not self._has_manager(session)

    @staticmethod
    def _has_manager(session: Session) -> bool:
        managers = select(func.count()).select_from(Staff).where(Staff.role == Role.MANAGER, Staff.active)
        return bool(session.scalar(managers))

    def create_first_manager(self, username: str, display_name: str, password: str) -> Actor:
        validate_new_account(username, display_name, password)
        with self._sessions.write() as session, session.begin():
            if self._has_manager(session):
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
                if staff.failed_sign_ins >= settings.get(session, "security.max_failed_sign_ins"):
                    minutes = settings.get(session, "security.lockout_minutes")
                    staff.locked_until = now + dt.timedelta(minutes=minutes)
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

    def confirm_identity(self, actor: Actor, password: str) -> bool:
        """Unlocking the idle-locked window: the same person, the same lockout counting."""
        try:
            return self.sign_in(actor.username, password).staff_id == actor.staff_id
        except SignInFailed:
            return False

    def list_staff(self) -> list[StaffInfo]:
        with self._sessions.read() as session:
            return [_info(s) for s in session.scalars(select(Staff).order_by(Staff.id))]

    def idle_lock_minutes(self) -> int:
        with self._sessions.read() as session:
            return int(settings.get(session, "security.idle_lock_minutes"))

    # -- managing users (manager only) --------------------------------------------------------

    def add_user(
        self, actor: Actor, username: str, display_name: str, role: Role, password: str
    ) -> StaffInfo:
        require(actor, Permission.USERS_MANAGE)
        validate_new_account(username, display_name, password)
        with self._sessions.write() as session, session.begin():
            if session.scalar(select(Staff.id).where(Staff.username == username.strip())):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The user name “{username}” is already taken."),
                    field="username",
                    username=username.strip(),
                )
            staff = Staff(
                username=username.strip(), display_name=display_name.strip(), role=Role(role),
                password_hash=hash_password(password),
            )
            session.add(staff)
            session.flush()
            audit_trail.record(session, actor, "staff", staff.id, "create", audit_trail.created_values(staff))
            return _info(staff)

    def reset_password(self, actor: Actor, username: str, new_password: str) -> None:
        """A manager sets a new password; it also lifts a lockout."""
        require(actor, Permission.USERS_MANAGE)
        validate_password(new_password)
        with self._sessions.write() as session, session.begin():
            staff = self._existing(session, username)
            staff.password_hash = hash_password(new_password)
            staff.failed_sign_ins = 0
            staff.locked_until = None
            changes = audit_trail.changes_of(staff)
            changes.pop("password_hash", None)  # that it changed is the entry; never the hash
            audit_trail.record(session, actor, "staff", staff.id, "reset_password", changes)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        validate_password(new_password)
        with self._sessions.write() as session, session.begin():
            staff = session.get(Staff, actor.staff_id)
            if staff is None or not verify_password(staff.password_hash, old_password):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The current password is wrong."), field="old_password"
                )
            staff.password_hash = hash_password(new_password)
            audit_trail.record(session, actor, "staff", staff.id, "change_password")

    def update_user(
        self, actor: Actor, username: str, *, display_name: str | None = None, role: Role | None = None
    ) -> StaffInfo:
        """Corrects the person's name or changes their role on the same account (None: unchanged), so
        their history (evaluation, fines, complaints, signed rule sets E24, audit trail) stays theirs.
        Someone signed in at that moment keeps the old name and rights until they sign in again."""
        require(actor, Permission.USERS_MANAGE)
        if display_name is not None:
            validate_display_name(display_name)
        with self._sessions.write() as session, session.begin():
            staff = self._existing(session, username)
            if role is not None:
                check_role_change(session, actor, staff, Role(role))
                staff.role = Role(role)
            if display_name is not None:
                staff.display_name = display_name.strip()
            changes = audit_trail.changes_of(staff)  # old → new of what really changed
            if changes:
                audit_trail.record(session, actor, "staff", staff.id, "update", changes)
            return _info(staff)

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        """Deactivate (never delete: records keep pointing at the person) or reactivate."""
        require(actor, Permission.USERS_MANAGE)
        with self._sessions.write() as session, session.begin():
            staff = self._existing(session, username)
            if staff.id == actor.staff_id and not active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account."),
                    field="username",
                )
            if staff.active == active:
                return
            if not active and staff.role == Role.MANAGER:  # the command line acts as nobody in particular
                refuse_last_manager(session, staff, QT_TRANSLATE_NOOP(
                    "Errors", "{name} is the only active general manager and cannot be deactivated."),
                    field="username")
            staff.active = active
            audit_trail.record(
                session, actor, "staff", staff.id, "activate" if active else "deactivate",
                audit_trail.changes_of(staff),
            )

    @staticmethod
    def _existing(session: Session, username: str) -> Staff:
        staff = session.scalar(select(Staff).where(Staff.username == username.strip()))
        if staff is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no user “{username}”."),
                field="username",
                username=username.strip(),
            )
        return staff
