"""What a change of a person's role (or their deactivation) must not break: a manager stays, orders stay workable."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.roles import Role
from desktop_app.core.work_order_flow import REASSIGNABLE_STATES
from desktop_app.db.models import Staff, WorkOrder
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor

# The roles dispatch assigns an order to (services.work_orders._assignable, rule E1): only they hold
# open orders, and a holder must be able to work on them (WORK_ORDERS_WORK_OWN).
ORDER_HOLDER_ROLES = frozenset({Role.TECHNICIAN, Role.SUPERVISOR})


def check_role_change(s: Session, actor: Actor, staff: Staff, new_role: Role) -> None:
    """Refuses a role change that would lock the centre or the person's open orders (in this transaction)."""
    if new_role == staff.role:
        return
    if staff.id == actor.staff_id:
        # Decision: no change of one's own role while signed in: a manager demoting themself would lose
        # this very dialog mid-session; another general manager does it (and the last one cannot).
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "You cannot change your own role while signed in: another general manager can."),
            field="role")
    if staff.role == Role.MANAGER and staff.active:
        refuse_last_manager(s, staff, QT_TRANSLATE_NOOP(
            "Errors", "{name} is the only active general manager: make someone else general manager first."),
            field="role")
    if staff.role in ORDER_HOLDER_ROLES and new_role not in ORDER_HOLDER_ROLES:
        held = open_orders_held(s, staff.id)
        if held:
            # Decision: refuse rather than warn: an order must always be workable by its holder, and a
            # front-desk or manager account is never offered to dispatch (E1). Finished units (repaired,
            # waiting for pickup) are not counted: the supervisor completes those with "work on any order".
            message = QT_TRANSLATE_NOOP(
                "Errors", "{name} still holds an open work order: reassign it to another technician first."
            ) if held == 1 else QT_TRANSLATE_NOOP(
                "Errors", "{name} still holds {count} open work orders: reassign them to another technician first.")
            raise ValidationError(message, field="role", name=staff.display_name, count=held)


def refuse_last_manager(s: Session, staff: Staff, message: str, *, field: str) -> None:
    """Refuses when ``staff`` is the only active general manager (nobody could manage users or sign
    rules after it; the first-run dialog would even offer a new one). The rows are locked on PostgreSQL
    so two managers demoting each other at once cannot both pass; SQLite writes one at a time."""
    others = select(Staff.id).where(Staff.role == Role.MANAGER, Staff.active.is_(True), Staff.id != staff.id)
    if not s.scalars(others.with_for_update()).first():
        raise ValidationError(message, field=field, name=staff.display_name)


def open_orders_held(s: Session, staff_id: int) -> int:
    """Orders still being worked on by the person: the ones a supervisor can hand over (改派)."""
    return int(s.scalar(select(func.count()).select_from(WorkOrder).where(
        WorkOrder.technician_id == staff_id, WorkOrder.state.in_(sorted(REASSIGNABLE_STATES)))) or 0)
