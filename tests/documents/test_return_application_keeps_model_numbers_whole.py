"""The return application (rule D15: a detailed list the manufacturer checks) prints every model and part
number in a long product name or reason on one line: a split one ("S5720-28P-" / "LI-AC") was keyed wrong."""

from __future__ import annotations

import re

import pytest
from month_end_checks import CENTRE

from desktop_app.documents.name_cells import name_cell
from desktop_app.documents.return_application import ReturnApplicationData, ReturnItem, render_return_application
from desktop_app.documents.styles import make_styles

MODELS = ("S5720-28P-LI-AC", "RG-S2910-24GT4XS-E", "AP6050-WALL", "1310nm", "PWR-5V-2A")
LINES = (
    ReturnItem(serial="S72826000123", name="千兆交换机 S5720-28P-LI-AC", reason="上电后所有端口指示灯不亮",
               classification="开箱不良（D11）", cost_bearer="厂家承担运费", claim_number="SC-2026-000123"),
    ReturnItem(serial="RG2026A0001234", name="RG-S2910-24GT4XS-E 24口千兆二层网管交换机（4个万兆光口，宽温）",
               reason="更换PWR-5V-2A电源模块后仍无法启动，厂家要求返回分析", classification="品质不良（D12）",
               cost_bearer="厂家承担运费"),
    ReturnItem(part_no="SFP-GE-LX-SM1310", name="千兆单模光模块1310nm 10km，AP6050-WALL面板式双频无线AP配套",
               quantity=3, reason="翻新", classification="保内（D13）", cost_bearer="服务基金承担去程运费及配件"),
)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_model_numbers_in_long_names_print_on_one_line(write_pdf, pypdf_text, language):
    data = ReturnApplicationData(centre=CENTRE, number="RA-202611-0007", status="草稿", applied_by="李晓燕",
                                 lines=LINES)
    text = pypdf_text(write_pdf(render_return_application(data, language=language), "return.pdf"))
    for model in (*MODELS, "SFP-GE-LX-SM1310", "SC-2026-000123"):
        assert model in text, model  # a split number has a line break inside it in the extracted text
    assert re.search(r"交换机\s*\n?\s*S5720", text)  # the Chinese name still wraps around it


def test_a_name_wraps_between_chinese_characters_and_keeps_each_model_whole():
    cell = make_styles("A4").cell
    lines = name_cell(LINES[1].name, 80, cell).split("<br/>")  # 80 points: a narrow column
    assert len(lines) > 2 and "RG-S2910-24GT4XS-E" in lines[0]  # shrunk onto a line of its own
    assert "24口" in "".join(lines) and not any(line.endswith("24") for line in lines)  # "24口" is one word
    assert name_cell("a<b & c", 200, cell) == "a&lt;b &amp; c"  # markup in user text stays text
