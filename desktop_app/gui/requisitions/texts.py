"""Translated names the requisitions screens need beyond gui.labels: return states, classes, who pays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.vocabulary import CostBearer, ReturnStatus
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

CONTEXT = "RequisitionTexts"

_STATUS = {
    ReturnStatus.DRAFT: QT_TRANSLATE_NOOP("RequisitionTexts", "Draft"),
    ReturnStatus.APPLIED: QT_TRANSLATE_NOOP("RequisitionTexts", "Applied, awaiting approval"),
    ReturnStatus.APPROVED: QT_TRANSLATE_NOOP("RequisitionTexts", "Approved by the manufacturer"),
    ReturnStatus.SHIPPED: QT_TRANSLATE_NOOP("RequisitionTexts", "Shipped"),
    ReturnStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("RequisitionTexts", "Acknowledged"),
    ReturnStatus.REFUSED: QT_TRANSLATE_NOOP("RequisitionTexts", "Refused"),
}
# The classification of a return line (D11-D14) and who pays what because of it.
_CLASS = {
    CostBearer.MANUFACTURER_DOA: QT_TRANSLATE_NOOP("RequisitionTexts", "Dead on arrival (D11)"),
    CostBearer.MANUFACTURER_EARLY_DEFECT: QT_TRANSLATE_NOOP("RequisitionTexts", "Early quality defect (D12)"),
    CostBearer.FUND_IN_WARRANTY: QT_TRANSLATE_NOOP("RequisitionTexts", "In warranty (D13)"),
    CostBearer.FUND_OUT_OF_WARRANTY: QT_TRANSLATE_NOOP("RequisitionTexts", "Out of warranty (D14)"),
    CostBearer.CUSTOMER: QT_TRANSLATE_NOOP("RequisitionTexts", "Paid by the customer"),
}
_PAYS = {
    CostBearer.MANUFACTURER_DOA: QT_TRANSLATE_NOOP("RequisitionTexts", "Manufacturer pays freight and parts"),
    CostBearer.MANUFACTURER_EARLY_DEFECT: QT_TRANSLATE_NOOP("RequisitionTexts", "Manufacturer pays freight and parts"),
    CostBearer.FUND_IN_WARRANTY: QT_TRANSLATE_NOOP(
        "RequisitionTexts", "Service fund pays freight out and parts; manufacturer pays freight back"),
    CostBearer.FUND_OUT_OF_WARRANTY: QT_TRANSLATE_NOOP(
        "RequisitionTexts", "Centre pays all freight and parts (from the service fund)"),
    CostBearer.CUSTOMER: QT_TRANSLATE_NOOP("RequisitionTexts", "Customer pays"),
}


def return_status_text(status: ReturnStatus) -> str:
    return QCoreApplication.translate(CONTEXT, _STATUS[status])


def classification_text(bearer: CostBearer) -> str:
    return QCoreApplication.translate(CONTEXT, _CLASS[bearer])


def who_pays_text(bearer: CostBearer) -> str:
    return QCoreApplication.translate(CONTEXT, _PAYS[bearer])
