"""Staff roles at the counter, from least to most privileged."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"  # 前台
    TECHNICIAN = "technician"  # 技术员
    SUPERVISOR = "supervisor"  # 主管
    MANAGER = "manager"  # 总经理

    @property
    def rank(self) -> int:
        return list(Role).index(self)
