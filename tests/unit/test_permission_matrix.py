"""The permission matrix in the code is the one the README shows users."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.permissions import MATRIX, PERMISSION_LABELS, Permission, allows
from desktop_app.core.roles import Role

README = Path(__file__).resolve().parents[2] / "README.md"
ROLE_COLUMNS = [Role.OPERATOR, Role.TECHNICIAN, Role.SUPERVISOR, Role.MANAGER]


def _readme_matrix() -> dict[Permission, set[Role]]:
    rows: dict[Permission, set[Role]] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([a-z_.]+)` \|[^|]*\|(.*)\|\s*$", line)
        if not match:
            continue
        marks = [cell.strip() for cell in match.group(2).split("|")]
        assert len(marks) == 4, line
        rows[Permission(match.group(1))] = {role for role, mark in zip(ROLE_COLUMNS, marks) if mark == "✓"}
    return rows


def test_readme_lists_every_permission_exactly_as_enforced() -> None:
    documented = _readme_matrix()
    assert set(documented) == set(Permission)
    for permission, roles in documented.items():
        assert roles == {role for role in Role if allows(role, permission)}, permission


def test_roles_build_on_each_other() -> None:
    assert MATRIX[Role.SUPERVISOR] >= MATRIX[Role.OPERATOR] | MATRIX[Role.TECHNICIAN]
    assert MATRIX[Role.MANAGER] == frozenset(Permission)


def test_only_the_manager_approves_returns_and_manages_users() -> None:  # rule W9
    for permission in (Permission.RETURNS_APPROVE, Permission.USERS_MANAGE, Permission.AUDIT_VIEW,
                       Permission.RULES_PUBLISH):
        assert {role for role in Role if allows(role, permission)} == {Role.MANAGER}


def test_every_permission_has_a_label() -> None:
    assert set(PERMISSION_LABELS) == set(Permission)
