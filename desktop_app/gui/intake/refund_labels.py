"""How a refund was paid, in the interface language (the dialog's list and the claim's detail, W2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.return_refunds import RefundMethod
from desktop_app.gui.formatting import MISSING, local_time_text, money_text
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.return_refunds import RecordedRefund

CONTEXT = "RefundMethod"

# In the order the desk picks them: most refunds go back the way the customer paid.
METHODS: tuple[tuple[RefundMethod, str], ...] = (
    (RefundMethod.ORIGINAL_ROUTE, QT_TRANSLATE_NOOP("RefundMethod", "Back the way it was paid")),
    (RefundMethod.CASH, QT_TRANSLATE_NOOP("RefundMethod", "Cash")),
    (RefundMethod.BANK_TRANSFER, QT_TRANSLATE_NOOP("RefundMethod", "Bank transfer")),
    (RefundMethod.WECHAT, QT_TRANSLATE_NOOP("RefundMethod", "WeChat Pay")),
    (RefundMethod.ALIPAY, QT_TRANSLATE_NOOP("RefundMethod", "Alipay")),
)
_TEXT = dict(METHODS)


def method_text(method: RefundMethod) -> str:
    return QCoreApplication.translate(CONTEXT, _TEXT[method])


def refund_line(refund: RecordedRefund | None) -> str:
    """The claim detail's line for a completed return; one completed before refunds were recorded says so."""
    if refund is None or refund.amount is None:
        return QCoreApplication.translate("RefundMethod", "Refund: not recorded")
    text = QCoreApplication.translate("RefundMethod", "Refund: {amount} · {method} · {at}").format(
        amount=money_text(refund.amount), method=method_text(refund.method) if refund.method else MISSING,
        at=local_time_text(refund.refunded_at))
    if refund.accessories_charge:
        text += " " + QCoreApplication.translate(
            "RefundMethod", "(purchase price {price} less {charge} for missing accessories)").format(
                price=money_text(refund.purchase_price), charge=money_text(refund.accessories_charge))
    if refund.note:
        text += " · " + refund.note
    return text
