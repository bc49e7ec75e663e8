"""Translated labels for the enum values shown in tables and the status bar."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    CallChannel,
    ClaimChannel,
    ClaimStatus,
    CostBearer,
    CustomerKind,
    FundEntryKind,
    Remedy,
    RequisitionStatus,
    ShippingMethod,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# Marked, not translated, at import: the translator is installed later and may change (tests).
_SOURCE: tuple[tuple[Enum, str], ...] = (
    (Role.OPERATOR, QT_TRANSLATE_NOOP("Labels", "Front desk")),
    (Role.TECHNICIAN, QT_TRANSLATE_NOOP("Labels", "Technician")),
    (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Supervisor")),
    (Role.MANAGER, QT_TRANSLATE_NOOP("Labels", "General manager")),
    (ClaimStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ClaimStatus.AWAITING_APPROVAL, QT_TRANSLATE_NOOP("Labels", "Awaiting manager approval")),
    (ClaimStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (ClaimStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (ClaimStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (Remedy.RETURN, QT_TRANSLATE_NOOP("Labels", "Return")),
    (Remedy.EXCHANGE, QT_TRANSLATE_NOOP("Labels", "Exchange")),
    (Remedy.FREE_REPAIR, QT_TRANSLATE_NOOP("Labels", "Free repair")),
    (Remedy.PAID_REPAIR, QT_TRANSLATE_NOOP("Labels", "Paid repair")),
    (Remedy.NEGOTIATED, QT_TRANSLATE_NOOP("Labels", "Negotiated")),
    (WorkOrderKind.BENCH, QT_TRANSLATE_NOOP("Labels", "Bench repair")),
    (WorkOrderKind.ON_SITE, QT_TRANSLATE_NOOP("Labels", "On-site service")),
    (WorkOrderKind.INSTALLATION, QT_TRANSLATE_NOOP("Labels", "Installation")),
    (WorkOrderKind.VISIT, QT_TRANSLATE_NOOP("Labels", "Customer visit")),
    (WorkOrderState.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Awaiting dispatch")),
    (WorkOrderState.DISPATCHED, QT_TRANSLATE_NOOP("Labels", "Dispatched")),
    (WorkOrderState.DIAGNOSING, QT_TRANSLATE_NOOP("Labels", "Diagnosing")),
    (WorkOrderState.AWAITING_APPROVAL, QT_TRANSLATE_NOOP("Labels", "Awaiting customer's decision")),
    (WorkOrderState.AWAITING_PARTS, QT_TRANSLATE_NOOP("Labels", "Awaiting parts")),
    (WorkOrderState.REPAIRING, QT_TRANSLATE_NOOP("Labels", "Repairing")),
    (WorkOrderState.REPAIRED, QT_TRANSLATE_NOOP("Labels", "Repaired")),
    (WorkOrderState.READY_FOR_PICKUP, QT_TRANSLATE_NOOP("Labels", "Ready for pickup")),
    (WorkOrderState.SHIPPED_BACK, QT_TRANSLATE_NOOP("Labels", "Shipped back")),
    (WorkOrderState.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (WorkOrderState.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (RequisitionStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (RequisitionStatus.AWAITING_APPROVAL, QT_TRANSLATE_NOOP("Labels", "Over quota, awaiting approval")),
    (RequisitionStatus.SUBMITTED, QT_TRANSLATE_NOOP("Labels", "Submitted")),
    (RequisitionStatus.SHIPPED, QT_TRANSLATE_NOOP("Labels", "Shipped")),
    (RequisitionStatus.PARTIALLY_RECEIVED, QT_TRANSLATE_NOOP("Labels", "Partly received")),
    (RequisitionStatus.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Received")),
    (RequisitionStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed short")),
    (RequisitionStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (ShippingMethod.NORMAL, QT_TRANSLATE_NOOP("Labels", "With goods")),
    (ShippingMethod.EMS, QT_TRANSLATE_NOOP("Labels", "EMS (urgent)")),
    (ShippingMethod.RAIL_EXPRESS, QT_TRANSLATE_NOOP("Labels", "Rail express (urgent)")),
    (ShippingMethod.AIR, QT_TRANSLATE_NOOP("Labels", "Air freight (urgent)")),
    (ClaimChannel.WALK_IN, QT_TRANSLATE_NOOP("Labels", "Walk-in")),
    (ClaimChannel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (ClaimChannel.MAIL, QT_TRANSLATE_NOOP("Labels", "Sent by post or courier")),
    (ClaimChannel.FAX, QT_TRANSLATE_NOOP("Labels", "Fax")),
    (ClaimChannel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (ClaimChannel.QQ, QT_TRANSLATE_NOOP("Labels", "QQ")),
    (ClaimChannel.WEBSITE, QT_TRANSLATE_NOOP("Labels", "Website")),
    (ClaimChannel.ON_SITE_REQUEST, QT_TRANSLATE_NOOP("Labels", "On-site request")),
    (CallChannel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (CallChannel.FAX, QT_TRANSLATE_NOOP("Labels", "Fax")),
    (CallChannel.LETTER, QT_TRANSLATE_NOOP("Labels", "Letter")),
    (CallChannel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (CallChannel.QQ, QT_TRANSLATE_NOOP("Labels", "QQ")),
    (CallChannel.WEBSITE, QT_TRANSLATE_NOOP("Labels", "Website")),
    (CostBearer.MANUFACTURER_DOA, QT_TRANSLATE_NOOP("Labels", "Manufacturer (dead on arrival, D11)")),
    (CostBearer.MANUFACTURER_EARLY_DEFECT, QT_TRANSLATE_NOOP("Labels", "Manufacturer (early defect, D12)")),
    (CostBearer.FUND_IN_WARRANTY, QT_TRANSLATE_NOOP("Labels", "Service fund, in warranty (D13)")),
    (CostBearer.FUND_OUT_OF_WARRANTY, QT_TRANSLATE_NOOP("Labels", "Service fund, centre's own promise (D14)")),
    (CostBearer.CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Customer")),
    (CustomerKind.PERSON, QT_TRANSLATE_NOOP("Labels", "Person")),
    (CustomerKind.COMPANY, QT_TRANSLATE_NOOP("Labels", "Company")),
    (FundEntryKind.ACCRUAL, QT_TRANSLATE_NOOP("Labels", "Accrual from remittances (D4)")),
    (FundEntryKind.CHARGE, QT_TRANSLATE_NOOP("Labels", "Charge to the fund")),
    (FundEntryKind.CARRY_FORWARD, QT_TRANSLATE_NOOP("Labels", "Carried forward")),
    (FundEntryKind.EXCESS_PAID, QT_TRANSLATE_NOOP("Labels", "Excess paid by the centre (D4)")),
)

# StrEnum members equal their values, and classes share values ("cancelled"), so a plain dict
# keyed by member would merge them: key by (class, value) instead.
_BY_KEY = {(type(member), member.value): text for member, text in _SOURCE}


def label(value: Enum | None) -> str:
    """The value's label in the interface language; an unmapped value shows as itself."""
    if value is None:
        return ""
    text = _BY_KEY.get((type(value), value.value))
    if text is None:
        return str(value.value)
    return QCoreApplication.translate(CONTEXT, text)


def active_label(active: bool) -> str:
    if active:
        return QCoreApplication.translate("Labels", "Active")
    return QCoreApplication.translate("Labels", "Deactivated")
