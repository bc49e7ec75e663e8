"""Translated names the work-order screens need beyond gui.labels: causes, who pays, queues."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop_app.core.vocabulary import CauseClass, PartCharge
from desktop_app.gui.formatting import MISSING
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.listings import WorkOrderQueue

CONTEXT = "WorkOrderTexts"

_SOURCE: tuple[tuple[Enum, str], ...] = (
    (CauseClass.QUALITY_DEFECT, QT_TRANSLATE_NOOP("WorkOrderTexts", "Quality defect")),
    (CauseClass.USER_DAMAGE, QT_TRANSLATE_NOOP("WorkOrderTexts", "User damage (drop, liquid, wrong power, opened)")),
    (CauseClass.NOT_REPRODUCIBLE, QT_TRANSLATE_NOOP("WorkOrderTexts", "Fault not reproducible")),
    (PartCharge.CUSTOMER, QT_TRANSLATE_NOOP("WorkOrderTexts", "Customer (at cost)")),
    (PartCharge.FUND, QT_TRANSLATE_NOOP("WorkOrderTexts", "Service fund")),
    (PartCharge.MANUFACTURER, QT_TRANSLATE_NOOP("WorkOrderTexts", "Manufacturer")),
    (WorkOrderQueue.ALL, QT_TRANSLATE_NOOP("WorkOrderTexts", "All")),
    (WorkOrderQueue.MINE, QT_TRANSLATE_NOOP("WorkOrderTexts", "My orders")),
    (WorkOrderQueue.TO_DISPATCH, QT_TRANSLATE_NOOP("WorkOrderTexts", "To dispatch")),
    (WorkOrderQueue.AWAITING_PARTS, QT_TRANSLATE_NOOP("WorkOrderTexts", "Awaiting parts")),
    (WorkOrderQueue.READY_FOR_PICKUP, QT_TRANSLATE_NOOP("WorkOrderTexts", "Ready for pickup")),
    (WorkOrderQueue.OVERDUE, QT_TRANSLATE_NOOP("WorkOrderTexts", "Overdue")),
)
_BY_KEY = {(type(member), member.value): text for member, text in _SOURCE}


def text_of(value: Enum | None) -> str:
    if value is None:
        return ""
    source = _BY_KEY.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, source) if source else str(value.value)


def yes_no(value: bool | None) -> str:
    if value is None:
        return MISSING
    return QCoreApplication.translate("WorkOrderTexts", "Yes") if value else QCoreApplication.translate("WorkOrderTexts", "No")


def join(items: list[str]) -> str:
    """A list the interface language's way: 、 in Chinese, commas in English."""
    return QCoreApplication.translate("WorkOrderTexts", ", ", "list separator").join(items)
