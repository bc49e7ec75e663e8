"""Words for remedies, channels, order states and charges on printed documents, in the document language."""

from __future__ import annotations

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, PartCharge, Remedy, WorkOrderKind, WorkOrderState
from desktop_app.documents.labels import is_english

_REMEDY = {
    Remedy.RETURN: ("退货", "return"),
    Remedy.EXCHANGE: ("换货", "exchange"),
    Remedy.FREE_REPAIR: ("免费维修", "free repair"),
    Remedy.PAID_REPAIR: ("有偿维修", "paid repair"),
    Remedy.NEGOTIATED: ("协商处理", "negotiated solution"),
}
_CHANNEL = {
    ClaimChannel.WALK_IN: ("到店送修", "walk-in"),
    ClaimChannel.PHONE: ("电话报修", "phone"),
    ClaimChannel.MAIL: ("邮寄送修", "sent by post"),
    ClaimChannel.FAX: ("传真", "fax"),
    ClaimChannel.EMAIL: ("电子邮件", "e-mail"),
    ClaimChannel.QQ: ("QQ", "QQ"),
    ClaimChannel.WEBSITE: ("网站", "website"),
    ClaimChannel.ON_SITE_REQUEST: ("上门服务申请", "on-site request"),
}
_KIND = {
    WorkOrderKind.BENCH: ("到店维修", "bench repair"),
    WorkOrderKind.ON_SITE: ("上门服务", "on-site service"),
    WorkOrderKind.INSTALLATION: ("安装调试", "installation"),
    WorkOrderKind.VISIT: ("客户回访", "customer visit"),
}
_CHARGE = {
    PartCharge.CUSTOMER: ("客户", "customer"),
    PartCharge.FUND: ("服务基金", "service fund"),
    PartCharge.MANUFACTURER: ("厂家", "manufacturer"),
}
_CAUSE = {
    CauseClass.QUALITY_DEFECT: ("质量问题", "quality defect"),
    CauseClass.USER_DAMAGE: ("人为损坏", "user damage"),
    CauseClass.NOT_REPRODUCIBLE: ("未能复现", "not reproducible"),
}
_STATE = {
    WorkOrderState.RECEIVED: ("受理", "received"),
    WorkOrderState.DISPATCHED: ("派工", "dispatched"),
    WorkOrderState.DIAGNOSING: ("检测", "diagnosis"),
    WorkOrderState.AWAITING_APPROVAL: ("报价待确认", "quote sent"),
    WorkOrderState.AWAITING_PARTS: ("等待配件", "awaiting parts"),
    WorkOrderState.REPAIRING: ("维修", "repair"),
    WorkOrderState.REPAIRED: ("修复", "repaired"),
    WorkOrderState.READY_FOR_PICKUP: ("待取机", "ready for pickup"),
    WorkOrderState.SHIPPED_BACK: ("寄回", "shipped back"),
    WorkOrderState.CLOSED: ("结单", "closed"),
    WorkOrderState.CANCELLED: ("取消", "cancelled"),
}
_PHRASES = {
    "offered": ("可选方式：{items}", "Remedies offered: {items}"),
    "chosen": ("客户选择：{item}", "Customer's choice: {item}"),
    "override": ("主管调整（{by}）：{reason}", "Overridden by supervisor {by}: {reason}"),
    "escalated": ("协商处理说明：{note}", "Negotiation note: {note}"),
    "settled": ("协商结果（W8，{by}）：{outcome}；约定：{note}", "Negotiation settled (W8, {by}): {outcome}; agreed: {note}"),
    "missing_accessory": ("退换货时附件不全，按配件成本收取（W2）", "missing at return/exchange: charged at cost (W2)"),
    "repair_cost": ("维修费用", "Repair charges"),
    "quoted_after_diagnosis": ("检测后报价，只收取维修成本（W5）", "quoted after diagnosis, at cost only (W5)"),
    # A reprint of a claim that is over says what happened where the S1/S3 promise stood (services.receipts).
    "closed_on": ("已于 {day} 结案", "Closed on {day}"),
    "closed": ("已结案", "Closed"),
    "cancelled_on": ("已于 {day} 撤销", "Cancelled on {day}"),
    "cancelled": ("已撤销", "Cancelled"),
    "order_cancelled_on": ("工单已于 {day} 取消", "Work order cancelled on {day}"),
    "order_cancelled": ("工单已取消", "Work order cancelled"),
}


# W8: a negotiation closed without service; the settling dialog's words ("不服务结案").
_CLOSED_WITHOUT_SERVICE = ("不服务结案", "closed without service")


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if is_english(language) else pair[0]


def remedy_text(remedy: Remedy, language: str) -> str:
    return _pick(_REMEDY[remedy], language)


def channel_text(channel: ClaimChannel, language: str) -> str:
    return _pick(_CHANNEL[channel], language)


def kind_text(kind: WorkOrderKind, language: str) -> str:
    return _pick(_KIND[kind], language)


def charge_text(charge: PartCharge, language: str) -> str:
    return _pick(_CHARGE[charge], language)


def cause_text(cause: CauseClass, language: str) -> str:
    return _pick(_CAUSE[cause], language)


def state_text(state: WorkOrderState, language: str) -> str:
    return _pick(_STATE[state], language)


def settled_text(closed: bool, decision: Remedy | None, note: str, by: str, language: str) -> str:
    """W8: what a settled negotiation agreed, the remedy it decided (or "closed without service") and its note."""
    agreed = (_pick(_CLOSED_WITHOUT_SERVICE, language) if closed or decision in (None, Remedy.NEGOTIATED)
              else remedy_text(decision, language))
    return phrase("settled", language, outcome=agreed, note=note, by=by)


def phrase(key: str, language: str, **values: str) -> str:
    return _pick(_PHRASES[key], language).format(**values)


def join(items: list[str], language: str) -> str:
    return ", ".join(items) if is_english(language) else "、".join(items)
