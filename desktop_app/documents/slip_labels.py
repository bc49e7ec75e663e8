"""Chinese and English wording of the unit label, the pickup slip and the roll (thermal) receipts."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english

_ZH: dict[str, str] = {
    # unit label (shelf tag): short words, the label is 50 mm wide
    "label_title": "维修标签",
    "phone_tail": "尾号{digits}",
    "serial_short": "SN",
    "claim_short": "受理",
    "urgent": "加急",
    "on_site": "上门",
    # pickup slip
    "tel": "电话",
    "slip_title": "取机单",
    "slip_mark": "客户取机",
    "slip_mark_note": "交付凭证",
    # The screen's words, as on the service report: 工单号, 服务类型, 技术员, 保修判定, 解决方法.
    "work_order": "工单号",
    "claim_number": "受理单号",
    "kind": "服务类型",
    "technician": "技术员",
    "pickup_date": "取机日期",
    "customer_name": "客户姓名",
    "customer_phone": "联系电话",
    "customer_company": "单位名称",
    "product_name": "产品名称",
    "product_model": "产品型号",
    "serial": "序列号",
    "replacement_serial": "更换后序列号",
    "accessories": "随机附件",
    "sec_done": "维修情况",
    "decision": "保修判定",  # the remedy, named as on the service receipt
    "solution": "解决方法",
    "parts": "更换配件",
    "no_parts": "未更换配件",
    "sec_paid": "费用结算",
    "charge_parts": "配件费（客户承担）",
    "charge_labour": "人工费",
    "charge_travel": "差旅费",
    "total_paid": "实收合计",
    "nothing_paid": "本次维修不收取费用",
    "confirm_text": "本人已取回上述产品及随机附件，外观与功能经当面确认无误，费用已结清。",
    "sign_customer": "客户签字",
    "sign_operator": "经办人",
    "sign_date": "日期",
    "date_blank": "年　　月　　日",
    "slip_footer": "{number} · 取机单 · 第 {page} / {pages} 页",
    "continued": "{title}（续） {number}",
    "none": "—",
    "list_sep": "、",
    "colon": "：",
    # roll receipt
    "roll_footer": "{number} · {copy}",
    "roll_keep": "请妥善保管本单，取机时出示。",
}

_EN: dict[str, str] = {
    "label_title": "Unit label",
    "phone_tail": "Tel. *{digits}",
    "serial_short": "SN",
    "claim_short": "Claim",
    "urgent": "URGENT",
    "on_site": "ON-SITE",
    "tel": "Tel.",
    "slip_title": "Pickup Slip",
    "slip_mark": "Collected",
    "slip_mark_note": "proof of handover",
    "work_order": "Work order",
    "claim_number": "Claim no.",
    "kind": "Service type",
    "technician": "Technician",
    "pickup_date": "Pickup date",
    "customer_name": "Customer",
    "customer_phone": "Phone",
    "customer_company": "Company",
    "product_name": "Product",
    "product_model": "Model",
    "serial": "Serial no.",
    "replacement_serial": "Replacement serial",
    "accessories": "Accessories",
    "sec_done": "Work done",
    "decision": "Warranty decision",
    "solution": "Solution",
    "parts": "Parts replaced",
    "no_parts": "No parts replaced",
    "sec_paid": "Charges paid",
    "charge_parts": "Parts (customer's)",
    "charge_labour": "Labour",
    "charge_travel": "Travel",
    "total_paid": "Total paid",
    "nothing_paid": "No charge for this repair",
    "confirm_text": "I have collected the product and its accessories above, checked its condition and "
    "function in person, and the charges are settled.",
    "sign_customer": "Customer signature",
    "sign_operator": "Handed over by",
    "sign_date": "Date",
    "date_blank": "",
    "slip_footer": "{number} · Pickup slip · Page {page} of {pages}",
    "continued": "{title} (continued) {number}",
    "none": "—",
    "list_sep": ", ",
    "colon": ": ",
    "roll_footer": "{number} · {copy}",
    "roll_keep": "Please keep this slip and show it when you collect the product.",
}


def slip_labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    return _EN if is_english(language) else _ZH
