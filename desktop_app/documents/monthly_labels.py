"""Chinese and English wording of the repair monthly report (D3) and the improvement report (E2)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.documents.depot_labels import depot_labels
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english

_ZH: dict[str, str] = {
    "monthly_title": "售后维修月报表",
    "report_month": "报表月份",
    "due_by": "报送期限",
    "prepared_on": "编制日期",
    "sec_models": "分型号维修统计",
    "sec_parts_used": "本月配件使用",
    "model": "型号",
    "product": "产品名称",
    "received": "接修",
    "repaired": "修复",
    "exchanged": "换机",
    "returned": "退货",
    "in_warranty": "厂家保内",
    "extended_warranty": "中心延保",
    "out_of_warranty": "保外",
    "warranty_note": "接修：本月受理的报修，不含已撤销/取消的受理（D3）。"
    "厂家保内：厂家一年保修内，含开箱不良、品质不良（D10–D13）；"
    "中心延保：厂家保修外本中心承诺或特批的免费维修，由服务基金承担（W4、W10、D10、D14）；"
    "保外：客户付费（W5、W11）。",
    "doa": "开箱不良（D11）",
    "early": "品质不良（D12）",
    "top_faults": "主要故障类别",
    "fee_value": "金额（收费标准）",
    "no_models": "本月无维修记录",
    "no_parts_used": "本月未使用配件",
    "monthly_note": "本表按厂家规定格式填报，于次月3日前报送厂家（D3）；配件金额按厂家维修收费标准计算（D9）。",
    "receiver": "厂家签收",
    "version": "版本",
    "as_sent": "已于 {day} 报送（按报送时的数字重印）",
    "current_data": "当前数据，与已报送版本可能不同",
    "sent_not_kept": "已于 {day} 报送；报送时的数字未保存，本表按当前数据重算，与已报送版本可能不同",
    "improve_title": "产品改进报告",
    "addressee": "呈报",
    "general_manager": "总经理",
    "report_period": "统计期间",
    "other": "其他",
    "sec_faults": "各型号主要故障",
    "sec_repeats": "重复维修（E16）",
    "sec_design": "疑似设计缺陷（E6）",
    "sec_non_quality": "非质量投诉（E5）",
    "sec_suggestions": "改进建议",
    "fault": "故障类别",
    "count": "次数",
    "share": "占比",
    "orders_total": "共 {count} 单",
    "repeat_order": "返修工单",
    "earlier_order": "前次工单",
    "complaint_no": "投诉编号",
    "description": "内容",
    "no_items": "本期无",
    "supervisor": "主管",
    "gm_review": "总经理批阅",
    "improve_note": "服务单由主管归档，每月向总经理报告需改进的产品及故障统计（E2）。",
}
_EN: dict[str, str] = {
    "monthly_title": "Repair Monthly Report",
    "report_month": "Month",
    "due_by": "Due by",
    "prepared_on": "Prepared on",
    "sec_models": "Repairs by model",
    "sec_parts_used": "Parts used this month",
    "model": "Model",
    "product": "Product",
    "received": "Received",
    "repaired": "Repaired",
    "exchanged": "Exchanged",
    "returned": "Returned",
    "in_warranty": "Maker warranty",
    "extended_warranty": "Centre warranty",
    "out_of_warranty": "Customer paid",
    "warranty_note": "Received: the month's claims, not counting withdrawn or cancelled ones (D3). "
    "Maker warranty: the manufacturer's year, with DOA and early defects (D10–D13); "
    "centre warranty: the centre's own free repair beyond it, at the service fund's cost "
    "(W4, W10, D10, D14); customer paid: W5, W11.",
    "doa": "DOA (D11)",
    "early": "Early defect (D12)",
    "top_faults": "Top fault categories",
    "fee_value": "Value (fee schedule)",
    "no_models": "No repairs this month",
    "no_parts_used": "No parts used this month",
    "monthly_note": "In the manufacturer's format, sent by the 3rd of the following month (D3); "
    "parts are valued at the manufacturer's fee schedule (D9).",
    "receiver": "Received by maker",
    "version": "Version",
    "as_sent": "Sent on {day} (reprinted with the figures as sent)",
    "current_data": "Current data: may differ from the version sent",
    "sent_not_kept": "Sent on {day}; the figures sent were not kept: recomputed from current data, "
    "may differ from the version sent",
    "improve_title": "Product Improvement Report",
    "addressee": "To",
    "general_manager": "General manager",
    "report_period": "Period",
    "other": "Other",
    "sec_faults": "Top faults by model",
    "sec_repeats": "Repeat repairs (E16)",
    "sec_design": "Suspected design defects (E6)",
    "sec_non_quality": "Non-quality complaints (E5)",
    "sec_suggestions": "Suggestions",
    "fault": "Fault category",
    "count": "Count",
    "share": "Share",
    "orders_total": "{count} orders",
    "repeat_order": "Repeat order",
    "earlier_order": "Earlier order",
    "complaint_no": "Complaint no.",
    "description": "Description",
    "no_items": "None in this period",
    "supervisor": "Supervisor",
    "gm_review": "General manager",
    "improve_note": "The supervisor files the service sheets and reports monthly to the general "
    "manager which products need improvement (E2).",
}


def monthly_labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The manufacturer paperwork's wording plus the monthly and improvement reports' own."""
    return {**depot_labels(language), **(_EN if is_english(language) else _ZH)}
