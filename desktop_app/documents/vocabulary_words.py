"""Chinese and English words for the values the paperwork prints: requisition states, shipping, roles, fines.

Documents have no Qt, so these are plain tables keyed by the enum values (core.vocabulary, core.roles).
"""

from __future__ import annotations

from desktop_app.documents.labels import is_english

REQUISITION_STATUS = {"draft": ("草稿", "draft"), "awaiting_approval": ("超额待批", "over quota, awaiting approval"),
                      "submitted": ("已提交", "submitted"), "shipped": ("已发货", "shipped"),
                      "partially_received": ("部分到货", "partly received"), "received": ("已到货", "received"),
                      "cancelled": ("已取消", "cancelled")}
SHIPPING = {"normal": ("随货发运", "with the goods"), "ems": ("EMS 加急", "EMS (urgent)"),
            "rail_express": ("铁路快运 加急", "rail express (urgent)"), "air": ("航空 加急", "air (urgent)")}
ROLE = {"operator": ("前台", "front desk"), "technician": ("技术员", "technician"),
        "supervisor": ("主管", "supervisor"), "manager": ("总经理", "general manager")}
FINE_REASON = {"left_without_calling_hq": ("离开未报总部", "left without calling headquarters"),
               "late_arrival": ("个人原因迟到", "late on site"), "incomplete_report": ("服务报告不完整", "incomplete report"),
               "disobeyed_dispatch": ("不服从派工", "disobeyed dispatch")}


def word(table: dict[str, tuple[str, str]], key: str, language: str) -> str:
    zh, en = table.get(key, (key, key))
    return en if is_english(language) else zh
