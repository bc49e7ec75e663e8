"""Who is acting: the signed-in staff member, as a plain value passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.roles import Role


@dataclass(frozen=True)
class Actor:
    staff_id: int
    username: str
    display_name: str
    role: Role


# Headless maintenance (migrations, demo data from the command line) acts as the system.
SYSTEM = Actor(staff_id=0, username="system", display_name="系统 System", role=Role.MANAGER)

# Papers made from the command line: nobody has signed in, so the preparer (制表) is left blank for a
# hand signature instead of printing "系统 System" as if someone had prepared it. Logged as the system.
UNSIGNED = Actor(staff_id=0, username="system", display_name="", role=Role.MANAGER)
