"""Each copy of the service receipt on one sheet: the customer signs on the page they keep, and an intake
costs two sheets, in Chinese and English, however much the decision cites and however long the fault."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.receipt_data import ChargeLine

# An exchange within a year (W3) of an industrial switch (W4), provisional (W11), paid by the service
# fund (D13), wear parts (W3, W6) and a missing manual (W2): the reviewer's receipt of three and four sheets.
_DECISION = {
    "zh_CN": ("可选方式：换货、免费维修", "客户选择：换货", "在换货期内（W3）：可换货或免费维修",
              "工业以太网产品，免费维修期更长（W4）", "检测前为暂定结论（W11）", "厂家保修（D13）：由服务基金支付",
              "易损件不在免费换货范围内：按成本收费（W3）", "易损件不在保修范围内（W6）", "缺少的附件按成本价收费（W2）"),
    "en": ("Remedies offered: exchange, free repair", "Customer's choice: exchange",
           "In the exchange period (W3): exchange or free repair", "Longer free repair, as industrial Ethernet (W4)",
           "Provisional until diagnosis (W11)", "Manufacturer's warranty (D13): service fund",
           "Wear parts are not in a free exchange: charged at cost (W3)", "Wear parts are never covered (W6)",
           "Missing accessories are charged at cost (W2)"),
}
_FAULT = {
    "zh_CN": "通电后 PWR 灯亮，1-4 口 LINK 灯不亮，无法转发数据；客户称雷雨天后出现，机壳完好无摔痕。现场已试过更换网线和电源适配器，故障依旧。",
    "en": "PWR lit after power-on, LINK dark on ports 1-4, no traffic forwarded; started after a thunderstorm, "
          "housing intact. Cables and the power adapter were swapped on site without change. ",
}


def _long_claim(receipt_data, language: str, fault_length: int):
    decision = _DECISION[language]
    return dataclasses.replace(
        receipt_data, customer_company="深圳市南山区科技园某某网络设备维护服务有限公司第二分公司",
        customer_address="深圳市南山区科技园南区高新南七道 R2-B 栋 3 楼 301 室",
        accessories_received=("电源适配器", "DIN导轨卡扣", "网线", "配置线", "挂耳"),
        accessories_missing=("说明书", "驱动光盘", "保修卡"),
        charges=tuple(ChargeLine(name, "退换货时附件不全，按配件成本收取（W2）", None) for name in ("说明书", "驱动光盘", "保修卡")),
        fault_description=(_FAULT[language] * 40)[:fault_length], decision_lines=decision,
        stub_only_lines=tuple(line for line in decision if "D13" in line),
        rules_cited=("W3", "W4", "W11", "D13", "W6", "W2"), needs_manager_approval=False)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize(("language", "fault_length", "signs"), [
    ("zh_CN", 500, "客户签字"), ("en", 500, "Customer signature")])
def test_a_long_receipt_takes_one_a4_sheet_per_copy(receipt_data, language, fault_length, signs):
    pages = _pages(render_receipt(_long_claim(receipt_data, language, fault_length), language=language))
    assert len(pages) == 2  # the customer's copy, the centre's stub
    assert signs in pages[0] and signs in pages[1]  # each signed on its own sheet
    assert "D13" not in pages[0] and "D13" in pages[1]  # who pays inside the dealer agreement: the stub's


def test_an_ordinary_english_receipt_keeps_one_a5_sheet_per_copy(receipt_data):
    english = dataclasses.replace(receipt_data, decision_lines=_DECISION["en"][:4], fault_description=_FAULT["en"])
    assert len(_pages(render_receipt(english, language="en", page_size="A5"))) == 2
