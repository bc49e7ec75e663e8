"""Words for remedies, channels, order states and charges on printed documents, in the document language."""

from __future__ import annotations

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, PartCharge, Remedy, WorkOrderKind, WorkOrderState
from desktop_app.documents.labels import is_english

# The screen's words (gui/labels.py and its translation; WorkOrderTexts for causes, WorkOrderDetailPanel's
# history for steps): one name for one thing on screen and on paper. English values are capitalised like
# the labels they stand beside, as on screen.
_REMEDY = {
    Remedy.RETURN: ("退货", "Return"),
    Remedy.EXCHANGE: ("换货", "Exchange"),
    Remedy.FREE_REPAIR: ("免费维修", "Free repair"),
    Remedy.PAID_REPAIR: ("收费维修", "Paid repair"),
    Remedy.NEGOTIATED: ("协商处理", "Negotiated"),
}
_CHANNEL = {
    ClaimChannel.WALK_IN: ("来访", "Walk-in"),
    ClaimChannel.PHONE: ("电话", "Phone"),
    ClaimChannel.MAIL: ("邮寄/快递", "Sent by post or courier"),
    ClaimChannel.FAX: ("传真", "Fax"),
    ClaimChannel.EMAIL: ("电子邮件", "E-mail"),
    ClaimChannel.QQ: ("QQ 在线", "QQ"),
    ClaimChannel.WEBSITE: ("网站", "Website"),
    ClaimChannel.ON_SITE_REQUEST: ("上门服务请求", "On-site request"),
}
# 送修, not 到店维修: a bench order's unit may have come by courier (channel MAIL).
_KIND = {
    WorkOrderKind.BENCH: ("送修", "Bench repair"),
    WorkOrderKind.ON_SITE: ("上门服务", "On-site service"),
    WorkOrderKind.INSTALLATION: ("安装调试", "Installation"),
    WorkOrderKind.VISIT: ("客户走访", "Customer visit"),
}
# The report's "paid by" column: the payer alone (the screen adds "(at cost)"; the note under the table
# says what the customer pays).
_CHARGE = {
    PartCharge.CUSTOMER: ("客户", "Customer"),
    PartCharge.FUND: ("服务基金", "Service fund"),
    PartCharge.MANUFACTURER: ("厂家", "Manufacturer"),
}
_CAUSE = {
    CauseClass.QUALITY_DEFECT: ("质量问题", "Quality defect"),
    CauseClass.USER_DAMAGE: ("人为损坏", "User damage"),
    CauseClass.NOT_REPRODUCIBLE: ("故障未复现", "Fault not reproducible"),
}
# The timeline names the step taken (受理, 派工...), where the screen's state names the wait after it
# (待派工, 已派工...): a dated step reads as an event.
_STATE = {
    WorkOrderState.RECEIVED: ("受理", "Received"),
    WorkOrderState.DISPATCHED: ("派工", "Dispatched"),
    WorkOrderState.DIAGNOSING: ("检测", "Diagnosis"),
    WorkOrderState.AWAITING_APPROVAL: ("报价待确认", "Quote sent"),
    WorkOrderState.AWAITING_PARTS: ("等待配件", "Awaiting parts"),
    WorkOrderState.REPAIRING: ("维修", "Repair"),
    WorkOrderState.REPAIRED: ("修复", "Repaired"),
    WorkOrderState.READY_FOR_PICKUP: ("待取机", "Ready for pickup"),
    WorkOrderState.SHIPPED_BACK: ("寄回", "Shipped back"),
    WorkOrderState.CLOSED: ("结单", "Closed"),
    WorkOrderState.CANCELLED: ("取消", "Cancelled"),
}
_PHRASES = {
    "offered": ("可选方式：{items}", "Remedies offered: {items}"),
    "chosen": ("客户选择：{item}", "Customer's choice: {item}"),
    "override": ("主管调整（{by}）：{reason}", "Overridden by supervisor {by}: {reason}"),
    "escalated": ("协商处理说明：{note}", "Negotiation note: {note}"),
    "settled": ("协商结果（W8，{by}）：{outcome}；约定：{note}", "Negotiation settled (W8, {by}): {outcome}; agreed: {note}"),
    "missing_accessory": ("退换货时附件不全，按配件成本收取（W2）", "Missing at return/exchange: charged at cost (W2)"),
    "repair_cost": ("维修费用", "Repair charges"),
    "quoted_after_diagnosis": ("检测后报价，只收取维修成本（W5）", "Quoted after diagnosis, at cost only (W5)"),
    # A reprint of a claim that is over says what happened where the S1/S3 promise stood (services.receipts).
    "closed_on": ("已于 {day} 结案", "Closed on {day}"),
    "closed": ("已结案", "Closed"),
    "cancelled_on": ("已于 {day} 撤销", "Cancelled on {day}"),
    "cancelled": ("已撤销", "Cancelled"),
    "order_cancelled_on": ("工单已于 {day} 取消", "Work order cancelled on {day}"),
    "order_cancelled": ("工单已取消", "Work order cancelled"),
    # W9 on a reprint of an approved return, in place of the warning (services.receipts).
    "approved_by": ("退货已由 {by} 于 {day} 批准（W9）", "Return approved by {by} on {day} (W9)"),
    "approved": ("退货已获总经理批准（W9）", "Return approved by the general manager (W9)"),
}


# W8: a negotiation closed without service; the settling dialog's words ("不予服务，结案").
_CLOSED_WITHOUT_SERVICE = ("不予服务，结案", "Closed without service")


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
