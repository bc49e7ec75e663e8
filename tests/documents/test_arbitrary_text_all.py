"""Every document survives any text a user can type: no crash, sane pages, markup printed literally."""

# Each document's sample data has every user-text field (names, models, serials, faults, reasons,
# notes, the centre's name...) replaced with arbitrary Unicode; one field holds 10,000 characters,
# and one plain marker with markup must come out of the PDF exactly as typed. The numbers the
# system generates (they go into QR and bar codes) and its own words (the quarter, a status or kind
# in the header's small box, a timeline step, a unit of measure from a fixed list) are kept.

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from month_end_checks import CENTRE
from openpyxl import load_workbook
from pdf_checks import squash
from pypdf import PdfReader

from desktop_app.core.parts_import_rows import MAX_NAME
from desktop_app.core.service_fund import quarter_months, settle
from desktop_app.documents.charts import ChartMonth
from desktop_app.documents.evaluation_sheet import (
    ComplaintEntry, EvaluationData, FineEntry, Figures, render_evaluation_sheet,
)
from desktop_app.documents.fund_statement import (
    FundStatementData, PartsReconciliationData, ReconciliationLine, render_fund_statement,
    render_fund_statement_xlsx, render_parts_reconciliation, render_parts_reconciliation_xlsx,
)
from desktop_app.documents.improvement_report import (
    ComplaintNote, ImprovementData, ModelFaults, RepeatRepair, render_improvement_report,
)
from desktop_app.documents.pickup_slip import PickupSlipData, render_pickup_slip
from desktop_app.documents.receipt_data import ChargeLine, ReceiptData
from desktop_app.documents.thermal_receipt import render_thermal_receipt
from desktop_app.documents.unit_label import UnitLabelData, render_unit_label
from desktop_app.documents.monthly_report import (
    FaultCount, ModelRow, MonthlyReportData, PartUsage, render_monthly_report_pdf,
    render_monthly_report_xlsx,
)
from desktop_app.documents.requisition_form import (
    RequisitionData, RequisitionLine, render_requisition_pdf, render_requisition_xlsx,
)
from desktop_app.documents.return_application import (
    ReturnApplicationData, ReturnItem, render_return_application,
)
from desktop_app.documents.rules_acknowledgement import (
    AcknowledgementData, FineAmount, render_rules_acknowledgement,
)
from desktop_app.documents.service_report import (
    OnSiteLine, PartLine, ServiceReportData, TimelineLine, render_service_report,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2026, 11, 27, 6, 32, tzinfo=dt.UTC)
MARKER = "Zq7标记 A&B <b>公司</b> &amp; >"  # must come out exactly as typed
SYSTEM_FIELDS = frozenset({"number", "work_order_number", "claim_number", "code", "quarter", "status", "kind", "label",
                           "unit"})
MAX_PAGES = 200  # 10,000 characters in the narrowest column (a fault name) take about 90 pages

ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
NASTY = st.sampled_from([
    "A&B <b>公司</b>", "😀👍🏽🇨🇳", "\x00\x07\x1b[31m\x7f", "<para><br/></para>", "&amp;&lt;&#20013;",
    "𠀀𪚥𰻞", "\u202eRTL\u200d\ufeff", "e\u0301\u0300", "]]><!--", "=HYPERLINK(\"x\")", "  \n\t\r\n ",
])
FIELD = st.one_of(ANY, NASTY)
# 10,000 characters built from a drawn piece: fast to generate, still arbitrary content.
LONG = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).map(
    lambda piece: (piece * (10_000 // len(piece) + 1))[:10_000])
FUZZ = settings(max_examples=6, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _texts(values: list[str], long_text: str, long_at: int) -> Iterator[str]:
    for i in itertools.count():
        yield long_text if i == long_at else values[i % len(values)]


def fill(value: object, texts: Iterator[str]) -> object:
    """``value`` with every user-text string (in nested dataclasses and tuples) taken from ``texts``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: fill(getattr(value, f.name), texts)
            for f in dataclasses.fields(value) if f.init and f.name not in SYSTEM_FIELDS})
    if isinstance(value, str):
        return next(texts)
    if isinstance(value, tuple):
        return tuple(fill(item, texts) for item in value)
    return value


def text_count(value: object) -> int:
    seen: list[None] = []
    fill(value, (seen.append(None) or "" for _ in itertools.count()))
    return len(seen)


@st.composite
def fuzzed(draw: st.DrawFn, sample: object, marker_field: str, long_size: int = 10_000) -> object:
    """The sample with arbitrary text everywhere, 10,000 characters in one field, the marker in one."""
    values = draw(st.lists(FIELD, min_size=1, max_size=6))
    long_at = draw(st.integers(0, text_count(sample) - 1)) if draw(st.booleans()) else -1
    data = fill(sample, _texts(values, draw(LONG)[:long_size], long_at))
    return dataclasses.replace(data, **{marker_field: MARKER})


def check_pdf(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= MAX_PAGES
    text = "".join(page.extract_text() for page in reader.pages)
    assert squash(MARKER) in squash(text)  # markup printed literally, not interpreted
    return text


def check_xlsx(xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(xlsx))
    cells = [c.value for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert MARKER in cells  # exactly as typed, and never a formula
    assert all(not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in v) for v in cells)


# --- sample data: realistic documents, as the per-document tests build them ----------------------

def service_report() -> ServiceReportData:
    return ServiceReportData(
        centre=CENTRE, work_order_number="WO-2026-000003", claim_number="SC-2026-000001",
        kind="上门服务", technician="张伟", customer_name="王建国", customer_phone="13823456789",
        customer_company="深圳市华南自动化设备有限公司", customer_address="深圳市宝安区西乡街道",
        product_model="XL-IES2008G", product_name="工业以太网交换机", serial="XL2026A0012345",
        sale_date=dt.date(2024, 3, 15), fault_reported="端口指示灯不亮", fault_category="电源/供电",
        cause="质量问题", diagnosis="电源模块损坏", warranty_basis=("售出三年内免费维修（W4）",),
        solution="更换电源模块",
        parts=(PartLine(part_no="PWR-5V-2A", name="电源模块", quantity=1, unit_price=Decimal("86"),
                        charged_to="服务基金", amount=Decimal("86")),),
        labour=Decimal("0"), travel=Decimal("80"), total_to_customer=Decimal("80"),
        customer_opinion="满意", timeline=(TimelineLine(label="受理", at=AT),),
        on_site=OnSiteLine(required_arrival_at=AT, arrived_at=AT, late=True),
        replacement_serial="XL2026A0099999", tz=SHANGHAI)


def requisition() -> RequisitionData:
    lines = tuple(RequisitionLine(part_no=f"PWR-{i}", name="电源模块", unit="个", quantity=1,
                                  unit_price=Decimal("86"), amount=Decimal("86"), over_quota=i == 1)
                  for i in range(2))
    return RequisitionData(centre=CENTRE, number="RQ-202611-0002", month=dt.date(2026, 11, 1),
                           status="待审批", shipping="EMS（加急）", urgent_cost=Decimal("120"), lines=lines,
                           quota=Decimal("100"), used_before=Decimal("0"), total=Decimal("172"),
                           excess=Decimal("72"), prepared_by="李晓燕", approved_by="陈经理", note="备注")


def return_application() -> ReturnApplicationData:
    item = ReturnItem(serial="XL2026A0012345", part_no="PWR-5V", name="工业以太网交换机", reason="开箱不亮",
                      classification="开箱不良（D11）", cost_bearer="厂家承担运费", packed=True,
                      acknowledged_quantity=1, claim_number="SC-2026-000001")
    return ReturnApplicationData(centre=CENTRE, number="RA-202611-0005", status="已批准",
                                 applied_on=dt.date(2026, 11, 20), approval_reference="XL售后〔2026〕118号",
                                 applied_by="李晓燕", lines=(item,), note="随货附清单")


def fund_statement() -> FundStatementData:
    accruals = {m: Decimal("1250.00") for m in quarter_months("2026Q3")}
    quarters = tuple(settle(("2026Q3",), accruals, dict.fromkeys(accruals, Decimal("900")), Decimal("10")))
    return FundStatementData(centre=CENTRE, quarters=quarters, rate_percent=Decimal("3.50"),
                             prepared_on=dt.date(2026, 10, 2), prepared_by="李晓燕")


def reconciliation() -> PartsReconciliationData:
    line = ReconciliationLine(part_no="PWR-01", name="电源模块", quantity=2, unit_price=Decimal("86.50"),
                              amount=Decimal("173.00"), charged_to="服务基金", order_number="WO-2026-000003")
    return PartsReconciliationData(centre=CENTRE, month=dt.date(2026, 11, 1), prepared_by="李晓燕",
                                   lines=(line, dataclasses.replace(line, charged_to="客户")))


def evaluation() -> EvaluationData:
    return EvaluationData(
        centre=CENTRE, staff_name="张伟", role="维修工程师", month=dt.date(2026, 11, 1), rule_version=3,
        figures=Figures(completed=26, satisfaction=Decimal("4.62"), fines_total=Decimal("50")),
        completed_orders=("WO-2026-000001",), late_orders=("WO-2026-000002",),
        repeat_orders=("WO-2026-000003",), incomplete_orders=("WO-2026-000004",),
        complaints=(ComplaintEntry(number="CP-2026-0004", category="服务态度", outcome="批评教育（E3）"),),
        fines=(FineEntry(reason="服务报告填写不完整", amount=Decimal("50"), order_number="WO-2026-000004",
                         rule_version=3),),
        history=(ChartMonth(month=dt.date(2026, 11, 1), completed=26, satisfaction=Decimal("4.6")),))


def acknowledgement() -> AcknowledgementData:
    return AcknowledgementData(centre=CENTRE, staff_name="张伟", role="维修工程师", rule_version=3,
                               published_on=dt.date(2026, 1, 5), attitude_bonus_deduction=Decimal("300"),
                               fines=(FineAmount(reason="因个人原因迟到现场", amount=Decimal("100")),),
                               issued_by="陈主管")


def monthly() -> MonthlyReportData:
    faults = (FaultCount(fault="电源/供电", count=5), FaultCount(fault="端口故障", count=2))
    return MonthlyReportData(
        centre=CENTRE, month=dt.date(2026, 11, 1), prepared_by="李晓燕", prepared_on=dt.date(2026, 12, 2),
        models=(ModelRow(model="XL-IES2008G", name="工业以太网交换机", received=12, repaired=8, faults=faults),),
        parts=(PartUsage(part_no="PWR-5V-2A", name="电源模块", quantity=6, value=Decimal("519")),))


def improvement() -> ImprovementData:
    model = ModelFaults(model="XL-IES2008G", name="工业以太网交换机",
                        faults=(FaultCount(fault="电源/供电", count=5), FaultCount(fault="固件异常", count=2)))
    return ImprovementData(
        centre=CENTRE, first_month=dt.date(2026, 9, 1), last_month=dt.date(2026, 11, 1), models=(model,),
        prepared_by="陈主管", suggestions="加强来料检验",
        repeat_repairs=(RepeatRepair(order="WO-2026-000002", earlier_order="WO-2026-000001",
                                     model="XL-IES2008G", fault="电源/供电", technician="张伟"),),
        design_defects=(ComplaintNote(number="CP-2026-0003", model="XL-IES2008G", description="卡扣易断"),),
        non_quality_complaints=(ComplaintNote(number="CP-2026-0007", description="说明书不清楚"),))


def receipt() -> ReceiptData:
    return ReceiptData(
        centre=CENTRE, claim_number="SC-2026-000001", received_at=AT, operator="李晓燕", customer_name="王建国",
        customer_phone="13823456789", customer_company="华南自动化", customer_address="宝安区西乡街道",
        product_model="XL-IES2008G", product_name="工业以太网交换机", serial="XL2026A0012345",
        sale_date=dt.date(2026, 11, 3), invoice_no="44031234", accessories_received=("电源适配器",),
        accessories_missing=("驱动光盘",), fault_description="端口指示灯不亮", channel="到店送修",
        decision_lines=("客户选择退货，全额退款。",), rules_cited=("W2",),
        charges=(ChargeLine("驱动光盘", "附件不全，按成本收取", Decimal("12.5")),), needs_manager_approval=True,
        reply_due=AT, answer_due=AT, work_order_number="WO-2026-000003", tz=SHANGHAI)


def pickup_slip() -> PickupSlipData:
    return PickupSlipData(
        centre=CENTRE, work_order_number="WO-2026-000123", claim_number="SC-2026-000123", kind="到店维修",
        technician="李工", pickup_date=dt.date(2026, 11, 27), customer_name="王建国", customer_phone="13823456789",
        customer_company="华南自动化", product_model="XL-IES2008G", product_name="工业以太网交换机",
        serial="XL2026A0012345", replacement_serial="XL2026A0099999", accessories=("电源适配器",),
        decision="有偿维修", solution="更换电源模块", parts=("电源模块 ×1",),
        charges=(("配件费", Decimal("180.00")),), total_paid=Decimal("180"))


def unit_label() -> UnitLabelData:
    return UnitLabelData(code="WO-2026-000123", claim_number="SC-2026-000123", work_order_number="WO-2026-000123",
                         surname="王", phone_tail="6789", product_model="XL-IES2008G", serial="XL2026A0012345",
                         intake_date=dt.date(2026, 11, 27), fault="端口指示灯不亮", urgent=True, on_site=True)


PDFS: dict[str, tuple[Callable[[], object], Callable[..., bytes], str]] = {
    "service_report": (service_report, render_service_report, "diagnosis"),
    "requisition_form": (requisition, render_requisition_pdf, "note"),
    "return_application": (return_application, render_return_application, "note"),
    "fund_statement": (fund_statement, render_fund_statement, "prepared_by"),
    "parts_reconciliation": (reconciliation, render_parts_reconciliation, "prepared_by"),
    "evaluation_sheet": (evaluation, render_evaluation_sheet, "staff_name"),
    "rules_acknowledgement": (acknowledgement, render_rules_acknowledgement, "staff_name"),
    "monthly_report": (monthly, render_monthly_report_pdf, "prepared_by"),
    "improvement_report": (improvement, render_improvement_report, "suggestions"),
    "thermal_receipt_58mm": (receipt, lambda d, language: render_thermal_receipt(d, paper="58mm", language=language),
                             "fault_description"),
    "pickup_slip_a5": (pickup_slip, lambda d, language: render_pickup_slip(d, paper="A5", language=language),
                       "solution"),
    "pickup_slip_80mm": (pickup_slip, lambda d, language: render_pickup_slip(d, paper="80mm", language=language),
                         "solution"),
    # The label cuts what does not fit with "…": the marker goes where it has two lines, the fault.
    "unit_label_60x40": (unit_label, lambda d, language: render_unit_label(d, size="60x40", language=language),
                         "fault"),
}
# Cutting a 10,000-character line to the label's width takes the label module seconds (it measures
# the text once per character dropped); the label's fields hold at most 4,000, so it gets 1,000.
LONG_SIZE = {"unit_label_60x40": 1_000}
# A charge on the pickup slip is named after a catalogue part (at most 200 characters, MAX_NAME):
# the A4/A5 slip's charges table cannot continue one row overleaf, so longer is not asked of it.
# A serial too long for one line wraps onto a second, which costs the fault one of its two lines (the
# serial is what finds the unit); the marker check needs both, so the serial keeps to one line here:
# 12 characters of a printed label code, ASCII as services.text_search assumes of serials
# (test_unit_label_prints_long_serials_whole covers the long ones, cut only past two lines).
REAL_LIMITS: dict[str, Callable[[Any], Any]] = {
    "pickup_slip_a5": lambda d: dataclasses.replace(d, charges=tuple((n[:MAX_NAME], a) for n, a in d.charges)),
    "unit_label_60x40": lambda d: dataclasses.replace(
        d, serial="".join(c for c in d.serial if c.isascii() and c.isalnum())[:12]),
}
XLSXS: dict[str, tuple[Callable[[], object], Callable[..., bytes], str]] = {
    "requisition_form": (requisition, render_requisition_xlsx, "note"),
    "fund_statement": (fund_statement, render_fund_statement_xlsx, "prepared_by"),
    "parts_reconciliation": (reconciliation, render_parts_reconciliation_xlsx, "prepared_by"),
    "monthly_report": (monthly, render_monthly_report_xlsx, "prepared_by"),
}


def test_the_fuzzer_reaches_every_user_text_field() -> None:
    data = fill(service_report(), itertools.repeat("X"))
    assert data.customer_name == data.centre.name == data.parts[0].name == data.warranty_basis[0] == "X"
    assert data.work_order_number == "WO-2026-000003" and data.timeline[0].at == AT  # system / not text
    assert text_count(service_report()) == 22


@pytest.mark.parametrize("name", sorted(PDFS))
def test_every_pdf_survives_any_text(name: str) -> None:
    sample, render, marker_field = PDFS[name]

    @FUZZ
    @given(data=fuzzed(sample(), marker_field, LONG_SIZE.get(name, 10_000)), english=st.booleans())
    def run(data: object, english: bool) -> None:
        data = REAL_LIMITS.get(name, lambda d: d)(data)
        check_pdf(render(data, language="en" if english else "zh_CN"))

    run()


@pytest.mark.parametrize("name", sorted(XLSXS))
def test_every_spreadsheet_survives_any_text(name: str) -> None:
    sample, render, marker_field = XLSXS[name]

    @FUZZ
    @given(data=fuzzed(sample(), marker_field))
    def run(data: object) -> None:
        check_xlsx(render(data))

    run()


def test_control_characters_in_a_cell_are_dropped_and_the_rest_kept() -> None:
    # Decision, as in the PDFs (documents/text.py): an invisible control character cannot be
    # printed, so it is dropped; everything visible around it is kept, and the file still opens.
    data = dataclasses.replace(requisition(), note="前\x00中\x07后\x1b =1+1\t末")
    book = load_workbook(io.BytesIO(render_requisition_xlsx(data)))
    notes = [c.value for row in book.active.iter_rows() for c in row if c.value and "前" in str(c.value)]
    assert notes == ["前中后 =1+1\t末"]
