"""Chinese and English words for the values the paperwork prints: requisition states, shipping, roles, fines,
complaints and demerits (the same words the window uses, gui/evaluation/texts.py).

Documents have no Qt, so these are plain tables keyed by the enum values (core.vocabulary, core.roles).
"""

from __future__ import annotations

from desktop_app.documents.labels import is_english

REQUISITION_STATUS = {"draft": ("草稿", "draft"), "awaiting_approval": ("超额待批", "over quota, awaiting approval"),
                      "submitted": ("已提交", "submitted"), "shipped": ("已发货", "shipped"),
                      "partially_received": ("部分到货", "partly received"), "received": ("已到货", "received"),
                      "closed": ("已结束", "closed short"), "cancelled": ("已取消", "cancelled")}
SHIPPING = {"normal": ("随货发运", "with the goods"), "ems": ("EMS 加急", "EMS (urgent)"),
            "rail_express": ("铁路快运 加急", "rail express (urgent)"), "air": ("航空 加急", "air (urgent)")}
ROLE = {"operator": ("前台", "front desk"), "technician": ("技术员", "technician"),
        "supervisor": ("主管", "supervisor"), "manager": ("总经理", "general manager")}
FINE_REASON = {"left_without_calling_hq": ("离开未报总部", "left without calling headquarters"),
               "late_arrival": ("个人原因迟到", "late on site"), "incomplete_report": ("服务报告不完整", "incomplete report"),
               "disobeyed_dispatch": ("不服从派工", "disobeyed dispatch")}

COMPLAINT_CATEGORY = {
    "quarrel": ("与客户争吵、顶撞（E21）", "quarrelled with the customer (E21)"),
    "asking_for_money": ("索要钱物（E21）", "asked for money or gifts (E21)"),
    "late_personal": ("因个人原因延误服务（E21）", "late for personal reasons (E21)"),
    "repeat_repair_personal": ("因个人原因造成重复维修（E21）", "repeat repair for personal reasons (E21)"),
    "attitude": ("服务态度（E3）", "attitude (E3)"), "non_quality": ("非质量问题（E5）", "not a quality problem (E5)"),
    "design_defect": ("疑似设计缺陷（E6）", "suspected design defect (E6)"), "other": ("其他", "other")}
DEMERIT_KIND = {"major": ("记大过（E21）", "major demerit (E21)"), "criticism": ("批评（E3）", "criticism (E3)")}
BONUS_DEDUCTED = ("扣奖金 {amount}", "bonus deducted {amount}")


def word(table: dict[str, tuple[str, str]], key: str, language: str) -> str:
    zh, en = table.get(key, (key, key))
    return en if is_english(language) else zh
