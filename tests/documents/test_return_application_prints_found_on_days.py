"""The return application's 发现日期 column (D11/D12): twelve long lines still take two pages in Chinese and
English, each day printed whole, a claim's day marked as the claim's, and no serial, part or claim number split."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from month_end_checks import CENTRE, pages

from desktop_app.documents.return_application import ReturnApplicationData, ReturnItem, render_return_application

REASON = "风扇异响，厂家要求返回分析；"
MARK = {"zh": "（受理）", "en": "(claim)"}


def twelve(language: str) -> ReturnApplicationData:
    """Unit and part lines, every third a claim's, one made before its day was kept."""
    lines = tuple(ReturnItem(
        serial=None if i % 2 else f"XL2026A00{i:05d}", part_no=f"MB-IES-30{i:02d}GF" if i % 2 else None,
        name="工业交换机电源板(24VDC)", quantity=1, reason=REASON * (1 + i % 4) + "拆机发现主控芯片虚焊",
        classification="保外（D14）", cost_bearer="服务中心承担全部运费及配件（基金扣除）",
        claim_number="SC-20261127-0001" if i % 3 == 0 else None,
        found_on=None if i == 4 else dt.date(2026, 11, 3 + i), found_on_mark=MARK[language] if i % 3 == 0 else None)
        for i in range(12))
    return ReturnApplicationData(centre=CENTRE, number="RT-2026-000003", status="草稿", applied_by="周建国",
                                 lines=lines)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_twelve_lines_with_their_found_on_days_fit_two_pages(write_pdf, pdftotext, language):  # D11, D15
    data = twelve(language)
    path = write_pdf(render_return_application(data, language=language), "return.pdf")
    assert pages(path) == 2
    text = pdftotext(path)
    assert ("发现日期" if language == "zh" else "Found on") in text
    for line in data.lines:
        for whole in (line.serial, line.part_no, line.claim_number,
                      line.found_on.isoformat() if line.found_on else None):
            assert whole is None or whole in text, whole  # on one line, never split at a dash
    assert text.count(MARK[language]) == 4  # the four claims' lines


def test_a_line_without_a_day_prints_a_dash(write_pdf, pdftotext):
    one = dataclasses.replace(twelve("zh"), lines=(twelve("zh").lines[4],))
    row = next(x for x in pdftotext(write_pdf(render_return_application(one), "return.pdf")).splitlines()
               if "XL2026A0000004" in x)
    assert row.split()[5] == "—"  # no., serial, name, qty, reason, then the day: before 0007 none was kept
