"""The evaluation sheet dates every fine (E24: the employer proves the day of the conduct), on one line,
within the page, in Chinese and in English; the signatures stay with the last fines."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from month_end_checks import CENTRE
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop_app.documents.evaluation_sheet import (
    ChartMonth, EvaluationData, Figures, FineEntry, render_evaluation_sheet,
)

MONTH = dt.date(2026, 10, 1)
# The longest English reason, so that the reason column is the one that wraps, never the date.
REASONS = ("left without calling headquarters", "late on site", "incomplete report", "disobeyed dispatch")


def _sheet(fines: int) -> EvaluationData:
    return EvaluationData(
        centre=CENTRE, staff_name="王磊", role="技术员", month=MONTH, rule_version=1,
        rule_published_on=dt.date(2025, 11, 27), acknowledged_on=dt.date(2025, 12, 3),
        figures=Figures(completed=3, surveys=1, fines_total=Decimal(50 * fines)),
        completed_orders=("WO-2026-000048",),
        fines=tuple(FineEntry(reason=REASONS[n % 4], amount=Decimal("50"), order_number=f"WO-2026-0001{n:02d}",
                              rule_version=1, facts_on=MONTH + dt.timedelta(days=n % 31))
                    for n in range(fines)),
        history=tuple(ChartMonth(month=dt.date(2026, m, 1), completed=m % 4, satisfaction=None) for m in range(1, 11)))


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, str]]:
    """(page, right edge in points, word) of every word, as poppler lays the PDF out."""
    tool = shutil.which("pdftotext")
    if tool is None:  # never skipped: scripts/bootstrap.sh installs poppler-utils
        pytest.fail("pdftotext is not installed (apt-get install poppler-utils)", pytrace=False)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    html = subprocess.run([tool, "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    words, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', line)
        if found:
            words.append((page, float(found.group(1)), found.group(2)))
    return words


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text().replace(" ", "").replace("\n", "")
            for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_fine_prints_its_day_on_one_line_within_the_page(language: str, tmp_path: Path) -> None:
    data = _sheet(2)
    pdf = render_evaluation_sheet(data, language=language)
    text = "".join(_text(pdf))
    assert ("日期事由工单号" if language == "zh_CN" else "DateReasonWorkorder") in text
    for fine in data.fines:  # the day next to its row number, whole
        assert f"{fine.facts_on.isoformat()}{fine.reason.replace(' ', '')}{fine.order_number}" in text
    words = _words(pdf, tmp_path)
    assert {"2026-10-01", "2026-10-02"} <= {w for _, _, w in words}  # not broken over two lines
    right_margin = A4[0] - 12 * mm + 1
    assert all(right <= right_margin for _, right, _ in words), max(words, key=lambda w: w[1])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_long_month_keeps_the_dated_last_fines_with_the_signatures(language: str, tmp_path: Path) -> None:
    pdf = render_evaluation_sheet(_sheet(25), language=language)
    pages = _text(pdf)
    assert len(pages) >= 2
    statement = "已经主管核实" if language == "zh_CN" else "checkedbythesupervisor"
    assert [i for i, page in enumerate(pages) if statement in page] == [len(pages) - 1]
    last = pages[-1]
    assert "2026-10-25" in last and "WO-2026-000124" in last  # the last fine, dated, above the signatures
    words = _words(pdf, tmp_path)
    assert sum(w == "2026-10-25" for _, _, w in words) == 1
    assert all(right <= A4[0] - 12 * mm + 1 for _, right, _ in words)


def test_a_fine_without_a_day_prints_a_dash_not_a_blank() -> None:
    data = _sheet(1)
    data = dataclasses.replace(data, fines=(dataclasses.replace(data.fines[0], facts_on=None),))
    assert "1—leftwithoutcallingheadquarters" in "".join(_text(render_evaluation_sheet(data, language="en")))
