"""Chinese and English wording of the service report and the satisfaction survey form."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english, labels

# (code, Chinese, English). The codes are those of core.surveys.QUESTION_CODES: the entry
# dialog and the database key the scores by them, in this order.
SURVEY_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("speed", "响应速度", "Response speed"),
    ("attitude", "服务态度", "Service attitude"),
    ("explanation", "问题讲解清楚", "Problem explained clearly"),
    ("quality", "维修质量", "Repair quality"),
    ("on_time", "按时到达/按时完成", "On time (arrival / completion)"),
    ("overall", "总体满意度", "Overall satisfaction"),
)

# Field names shared with the receipt (customer_name, serial, tel...) come from labels.labels().
# The words are the screen's (the work-order detail panel, the report and diagnosis dialogs, gui/labels.py):
# one name for one thing, on screen and on paper (技术员, 服务类型, 检测结果, 故障原因, 解决方法).
_REPORT_ZH: dict[str, str] = {
    "report_title": "售后服务报告单",
    "work_order": "工单号",
    "claim_number": "受理单号",
    "kind": "服务类型",
    "technician": "技术员",
    "sec_customer": "客户与产品信息",
    "sec_fault": "故障诊断与处理",
    "sec_parts": "更换配件及费用",
    "sec_times": "服务时间",
    "sec_opinion": "客户意见及签字确认",
    "replacement_serial": "换新序列号",
    "fault_reported": "报修故障",
    "fault_category": "故障类别",
    "cause_class": "原因分类",  # quality defect / user damage (W11), judged at diagnosis
    "fault_cause": "故障原因",  # the report's own field, as the technician wrote it (E17, E23)
    "diagnosis": "检测结果",
    "warranty_basis": "保修依据",
    "solution": "解决方法",
    "part_no": "配件编号",
    "part_name": "配件名称",
    "quantity": "数量",
    "unit_price": "单价",
    "charged_to": "费用承担",
    "amount": "金额",
    "row_no": "序号",
    "no_parts": "本次服务未更换配件",
    "labour": "人工费",
    "travel": "差旅费",
    "total_to_customer": "客户应付合计",
    "parts_note": "费用承担为“客户”的项目计入客户应付合计；其余由服务中心或厂家承担，不向客户收取。",
    "required_arrival": "要求到达时间",
    "arrived": "实际到达时间",
    "departed": "离开现场时间",
    "late": "迟到",
    "on_time": "按时到达",
    "opinion": "客户意见：",
    "confirm_title": "客户签字确认",
    "confirm_text": "本人确认上述服务内容、更换配件及费用属实，产品已验收。",
    "sign_technician": "技术员签字",
    "sign_customer_confirm": "客户签字确认",
    "page_footer": "{number} · 第 {page} / {pages} 页",
    "continued": "{title}（续） {number}",
    # The parts reconciliation (D9): a part issued in an earlier month whose payer changed this month.
    "recon_rejudged": "改判：{day} 发出的配件变更承担方",
    "recon_rejudged_note": "标注“改判”的行：往月发出的配件本月变更承担方（W11、D13），原承担方记负数、新承担方记正数；"
    "往月对账单保持原样不变。",
    "recon_remark": "备注",
}
_REPORT_EN: dict[str, str] = {
    "report_title": "Service Report",
    "work_order": "Work order",
    "claim_number": "Claim no.",
    "kind": "Service type",
    "technician": "Technician",
    "sec_customer": "Customer and product",
    "sec_fault": "Fault, diagnosis and solution",
    "sec_parts": "Parts and charges",
    "sec_times": "Service times",
    "sec_opinion": "Customer's opinion and confirmation",
    "replacement_serial": "Replacement serial",
    "fault_reported": "Fault reported",
    "fault_category": "Fault category",
    "cause_class": "Cause class",
    "fault_cause": "Fault cause",
    "diagnosis": "Findings",
    "warranty_basis": "Warranty basis",
    "solution": "Solution",
    "part_no": "Part no.",
    "part_name": "Part",
    "quantity": "Qty",
    "unit_price": "Unit price",
    "charged_to": "Paid by",
    "amount": "Amount",
    "row_no": "No.",
    "no_parts": "No parts replaced",
    "labour": "Labour",
    "travel": "Travel",
    "total_to_customer": "Total to the customer",
    "parts_note": "Only items paid by the customer are charged to the customer; the others are "
    "borne by the service centre or the manufacturer.",
    "required_arrival": "Required arrival",
    "arrived": "Arrived",
    "departed": "Departed",
    "late": "LATE",
    "on_time": "on time",
    "opinion": "Customer's opinion:",
    "confirm_title": "Customer's confirmation",
    "confirm_text": "I confirm the service, the parts replaced and the charges above, and I have "
    "accepted the product.",
    "sign_technician": "Technician signature",
    "sign_customer_confirm": "Customer signature",
    "page_footer": "{number} · Page {page} of {pages}",
    "continued": "{title} (continued) {number}",
    "recon_rejudged": "Re-judged: issued {day}, payer changed",
    "recon_rejudged_note": "Lines marked re-judged are parts issued in an earlier month whose payer changed this "
    "month (W11, D13): below zero for the old payer, above for the new one; the earlier month's reconciliation "
    "stays as delivered.",
    "recon_remark": "Note",
}

_SURVEY_ZH: dict[str, str] = {
    "survey_title": "客户满意度调查表",
    "mark": "请用笔填写",
    "mark_note": "在方框内打 ✓",
    "service_date": "服务日期",
    "intro": "尊敬的客户：感谢您选择我们的服务！请对本次服务作出评价，每项在对应分数的方框内打 ✓，只选一个。",
    "legend_title": "评分说明：",
    "scale": "很不满意|不满意|一般|满意|非常满意",
    "question": "评价项目",
    "comment": "其他意见或建议（评分为 1 或 2 分的，请写明原因，以便我们改进）：",
    "office_use": "服务中心录入：录入人 ________　录入日期 ________",
    "return_note": "填写后请交回服务台，谢谢！",
    "survey_footer": "{number} · 客户满意度调查表 · 第 {page} / {pages} 页",
}
_SURVEY_EN: dict[str, str] = {
    "survey_title": "Customer Satisfaction Survey",
    "mark": "Fill in by pen",
    "mark_note": "tick one box per line",
    "service_date": "Service date",
    "intro": "Dear customer, thank you for choosing our service. To help us improve, please rate "
    "this service: tick (✓) one box per question.",
    "legend_title": "Scale: ",
    "scale": "Very dissatisfied|Dissatisfied|Neutral|Satisfied|Very satisfied",
    "question": "Question",
    "comment": "Other comments or suggestions (please tell us why if you rated anything 1 or 2):",
    "office_use": "Entered by the centre: by ________  on ________",
    "return_note": "Please hand this form back at the service desk. Thank you!",
    "survey_footer": "{number} · Satisfaction survey · Page {page} of {pages}",
}


def report_labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The receipt's shared field names plus the service report's own wording."""
    return {**labels(language), **(_REPORT_EN if is_english(language) else _REPORT_ZH)}


def survey_labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The service report's wording plus the survey form's own."""
    return {**report_labels(language), **(_SURVEY_EN if is_english(language) else _SURVEY_ZH)}
