"""Chinese and English wording of printed documents (plain dicts: documents have no Qt)."""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "zh_CN"

_ZH: dict[str, str] = {
    "receipt_title": "售后服务受理单",
    "copy_customer": "客户联",
    "copy_customer_note": "凭此联取机",
    "copy_centre": "存根联",
    "copy_centre_note": "服务中心留存",
    "copy_customer_full": "客户联",
    "copy_centre_full": "存根联（服务中心留存）",
    "tel": "电话",
    # 受理单号, not the screen's 理赔单号: the customer holds this paper, titled 受理单 (the screen prints it
    # as 打印受理单), and the number is read off it.
    "claim_number": "受理单号",
    "received_at": "受理时间",
    "channel": "受理渠道",  # as the intake dialog asks it
    "operator": "受理人",
    "customer_name": "客户姓名",
    "customer_phone": "联系电话",
    "customer_company": "单位名称",
    "customer_address": "联系地址",
    "product_name": "产品名称",
    "product_model": "产品型号",
    "serial": "序列号",
    "sale_date": "购买日期",  # the customer's word on paper; the screens say 销售日期, the policy's (D12) and the invoice's
    "invoice_no": "发票号码",
    "work_order": "工单号",
    "accessories_received": "已收附件",
    "accessories_missing": "缺少附件",
    "fault": "故障描述",
    "decision": "保修判定",
    "rules_cited": "依据条款",
    "approval": "退货须经总经理批准；未经总经理批准的退货，一切费用由客户承担。",
    "charges": "费用明细",
    "charge_item": "项目",
    "charge_reason": "说明",
    "charge_amount": "金额",
    "total": "合计",
    "total_partial": "合计（不含待报价项目）",
    "to_be_quoted": "检测后报价",
    "no_charges": "暂无收费项目",
    "sla": "服务时限",
    "reply_due": "我们将在 {when} 前给予回复（接到需求后8小时内）。",
    "answer_due": "我们将在 {when} 前答复服务信息（24小时内）；需要现场服务的，在您要求的时间内到达现场。",
    "none": "—",
    # A reprint after a correction (受理信息更正), and after 撤销受理: above the fields, near the number.
    "corrected": "本单已于 {when} 更正（第 {edition} 版），以本版为准",
    "withdrawn": "【已撤销受理】{when}",
    "terms_title": "服务条款",
    "terms_brief_title": "服务条款（全文见客户联）",
    "sign_customer": "客户签字",
    "sign_operator": "受理人签字",
    "sign_date": "日期",
    "date_blank": "年　　月　　日",
    "confirm_title": "客户签字确认",
    "confirm_text": "本人确认上述产品、随机附件及故障描述属实，已阅读并同意本单所列服务条款。",
    "footer": "{claim} · {copy} · 第 {page} / {pages} 页",
    "continued": "{title}（续） {claim}",
    "list_sep": "、",
}

_EN: dict[str, str] = {
    "receipt_title": "Service Receipt",
    "copy_customer": "Customer copy",
    "copy_customer_note": "show it at pickup",
    "copy_centre": "Centre copy",
    "copy_centre_note": "kept by the service centre",
    "copy_customer_full": "Customer copy",
    "copy_centre_full": "Centre copy",
    "tel": "Tel.",
    "claim_number": "Claim no.",
    "received_at": "Received",
    "channel": "Channel",
    "operator": "Received by",
    "customer_name": "Customer",
    "customer_phone": "Phone",
    "customer_company": "Company",
    "customer_address": "Address",
    "product_name": "Product",
    "product_model": "Model",
    "serial": "Serial no.",
    "sale_date": "Sale date",
    "invoice_no": "Invoice no.",
    "work_order": "Work order",
    "accessories_received": "Accessories received",
    "accessories_missing": "Accessories missing",
    "fault": "Fault description",
    "decision": "Warranty decision",
    "rules_cited": "Rules applied",
    "approval": "A return needs the general manager's approval; without it, all costs of the "
    "return are borne by the customer.",
    "charges": "Charges",
    "charge_item": "Item",
    "charge_reason": "Reason",
    "charge_amount": "Amount",
    "total": "Total",
    "total_partial": "Total (excluding items to be quoted)",
    "to_be_quoted": "Quoted after diagnosis",
    "no_charges": "No charges so far",
    "sla": "Service times",
    "reply_due": "We will reply by {when} (within 8 hours of your request).",
    "answer_due": "We will answer with service information by {when} (within 24 hours); where "
    "on-site service is needed, we arrive at the time you asked for.",
    "none": "—",
    "corrected": "Corrected {when} (edition {edition}): supersedes earlier prints",
    "withdrawn": "[CLAIM WITHDRAWN] {when}",
    "terms_title": "Terms of service",
    "terms_brief_title": "Terms of service (in full on the customer copy)",
    "sign_customer": "Customer signature",
    "sign_operator": "Operator signature",
    "sign_date": "Date",
    "date_blank": "",
    "confirm_title": "Customer's confirmation",
    "confirm_text": "I confirm that the product, accessories and fault above are correct and I "
    "accept the terms of service.",
    "footer": "{claim} · {copy} · Page {page} of {pages}",
    "continued": "{title} (continued) {claim}",
    "list_sep": ", ",
}

# Terms printed on every receipt in small type; wording follows the policy text (seed, part 一/二).
_TERMS_ZH = (
    ("W7", "特别说明：如您将产品送回或寄回本服务中心，需承担运送时遗失或受损的风险，并预付运送费用，"
     "使用原有包装或具同等保护效果的包装寄送产品。"),
    ("W6", "易损品不在保修范围之内（如产品外壳、产品外包装、驱动光盘、说明书、接线柱、连接器、"
     "电缆线、电源适配器等）。"),
    ("S1", "我们承诺在接到需求电话、传真或其他方式的服务需求后8小时内给予快速回复。"),
    ("S3", "接到服务信息后，在24小时内答复；需要现场服务的，在客户规定的时间内到达现场。"),
    ("", "取机时请出示本单客户联（或其二维码）；本单所列费用以检测后的正式报价为准。"),
)
_TERMS_EN = (
    ("W7", "If you send a product to us, you bear the risk of its loss or damage in transit, "
     "prepay the freight, and pack it in its original packaging or packaging giving equal "
     "protection."),
    ("W6", "Wear parts are not covered by the warranty: housing, packaging, driver disc, manual, "
     "terminal posts, connectors, cables and power adapters."),
    ("S1", "We reply within 8 hours of receiving a request by phone, fax or any other channel."),
    ("S3", "We answer service information within 24 hours; where on-site service is needed, we "
     "arrive at the time the customer asked for."),
    ("", "Please show the customer copy (or its QR code) when you collect the product; charges "
     "are final only once quoted after diagnosis."),
)

# One line per rule a decision may cite, so a rule number on paper means something to the reader.
_RULES_ZH = {
    "W1": "保修期自购物发票所载售出之日起计算",
    "W2": "售出{return_months}内(含)出现质量问题，可选择退货、更换或维修",
    "W3": "售出{exchange_months}内(含)出现质量问题，可选择免费更换或免费维修",
    "W4": "售出{repair_months}内(含)免费维修（工业以太网类产品为{long_repair_months}）",
    "W5": "超出免费保修期的产品提供终身收费维修，只收取维修成本费",
    "W6": "易损品不在保修范围之内",
    "W7": "寄送产品的运输风险、运费及包装由客户承担",
    "W8": "因其它意外因素无法按承诺修复的，双方协商解决",
    "W9": "售后退货须经总经理同意",
    "W10": "无购物发票不提供退货、更换，按登记的销售日期判定保修",
    "W11": "人为损坏不属质量问题，按收费维修处理",
    "W12": "保修期限按售出时或受理时的保修政策版本判定，取对客户有利者",
    "D10": "厂家保修期为售出起{manufacturer_warranty_months}，超出部分由本中心承担",
    "D11": "本中心收货{doa_days}日内出现的非运输质量问题，费用由厂家承担",
    "D12": "售出{early_defect_days}日内的品质不良，费用由厂家承担",
    "D13": "其他保修期内的维修，费用由售后服务基金承担",
    "D14": "厂家保修期外的维修，费用由本中心承担",
    "S1": "接到需求后8小时内给予回复",
    "S3": "接到服务信息后24小时内答复",
}
_RULES_EN = {
    "W1": "warranty periods run from the sale date on the purchase invoice",
    "W2": "quality problem within {return_months} of sale: return, exchange or repair",
    "W3": "quality problem within {exchange_months} of sale: free exchange or free repair",
    "W4": "free repair within {repair_months} of sale ({long_repair_months} for industrial Ethernet products)",
    "W5": "after the free warranty: lifetime repair charged at cost",
    "W6": "wear parts are not covered",
    "W7": "transit risk, freight and packaging of a sent product are the customer's",
    "W8": "where an unforeseen cause prevents the promise, we agree a solution with you",
    "W9": "a return needs the general manager's approval",
    "W10": "without the invoice no return or exchange; warranty judged by a registered sale date",
    "W11": "damage caused by the user is not a quality problem: paid repair",
    "W12": "the periods are those of the policy version in force at sale or at the claim, whichever favours you",
    "D10": "the manufacturer's warranty is {manufacturer_warranty_months} from the sale; beyond it the centre bears the cost",
    "D11": "defect within {doa_days} days of the centre receiving the goods, not from transit: the manufacturer's cost",
    "D12": "quality defect within {early_defect_days} days of the sale: the manufacturer's cost",
    "D13": "other repairs within warranty: paid from the service fund",
    "D14": "repairs outside the manufacturer's warranty: the centre's own cost",
    "S1": "reply within 8 hours of a request",
    "S3": "answer service information within 24 hours",
}


def is_english(language: str) -> bool:
    """English for "en", "en_US", "en-GB"...; anything else prints in Chinese (the default)."""
    return language.lower().replace("-", "_").split("_")[0] == "en"


def labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    return _EN if is_english(language) else _ZH


def terms(language: str = DEFAULT_LANGUAGE) -> tuple[tuple[str, str], ...]:
    """(rule number or "", wording) pairs of the standard receipt terms."""
    return _TERMS_EN if is_english(language) else _TERMS_ZH


# The original policy's periods (core.warranty_policy.PolicyTerms defaults): what a rule line says
# when the claim's own version is not given.
_DEFAULT_PERIODS = {"return_months": 1, "exchange_months": 12, "repair_months": 36, "long_repair_months": 60,
                    "manufacturer_warranty_months": 12, "doa_days": 7, "early_defect_days": 15}
_ZH_NUMBERS = "零一两三四五六七八九十"


def rule_summary(rule: str, language: str = DEFAULT_LANGUAGE, periods: Mapping[str, object] | None = None) -> str:
    """One line on a rule, with the periods of the policy version the claim was judged under (W12;
    ``periods``: that version's terms, the original policy's when absent); an unknown rule number
    prints as just its number."""
    english = is_english(language)
    table = _RULES_EN if english else _RULES_ZH
    given = {**_DEFAULT_PERIODS, **{k: v for k, v in (periods or {}).items() if k in _DEFAULT_PERIODS}}
    values = {key: (int(value) if key.endswith("_days") else _months(int(value), english))
              for key, value in given.items()}
    return table.get(rule.strip().upper(), "").format(**values)


def _months(months: int, english: bool) -> str:
    """A period as a customer says it: 一个月, 六个月, 一年, 三年; "1 month", "6 months", "3 years"."""
    if months % 12 == 0:
        years = months // 12
        if english:
            return f"{years} year" + ("s" if years != 1 else "")
        return f"{_ZH_NUMBERS[years]}年" if years <= 10 else f"{years}年"
    if english:
        return f"{months} month" + ("s" if months != 1 else "")
    return f"{'一' if months == 1 else _ZH_NUMBERS[months] if months <= 10 else months}个月"
