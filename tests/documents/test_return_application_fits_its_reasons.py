"""The return application (rules D15, D16): long reasons get the room, and the English status stamp reads whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from month_end_checks import CENTRE, pages

from desktop_app.core.vocabulary import ReturnStatus
from desktop_app.documents.return_application import ReturnApplicationData, ReturnItem, render_return_application
from desktop_app.documents.vocabulary_words import word
from desktop_app.services.return_documents import _STATUS

REASON = "风扇异响，厂家要求返回分析；"


@pytest.fixture
def twelve() -> ReturnApplicationData:
    """The audit's application: twelve part lines whose reasons run to one to four clauses."""
    lines = tuple(ReturnItem(part_no=f"MB-IES-30{i:02d}GF", name="工业交换机电源板(24VDC)", quantity=1 + i % 3,
                             reason=REASON * (1 + i % 4) + "拆机发现主控芯片虚焊", classification="保外（D14）",
                             cost_bearer="服务中心承担全部运费及配件（基金扣除）") for i in range(12))
    return ReturnApplicationData(centre=CENTRE, number="RT-2026-000003", status="草稿", applied_by="周建国",
                                 lines=lines, note="本月第二批返厂")


def test_twelve_lines_with_long_reasons_take_two_pages_not_three(twelve, write_pdf, pdftotext):
    path = write_pdf(render_return_application(twelve), "return.pdf")
    assert pages(path) == 2
    assert "MB-IES-3011GF" in pdftotext(path, page=2)  # the last line, whole


@pytest.mark.parametrize("status", list(ReturnStatus))
def test_the_english_status_stamp_is_one_capitalised_word(twelve, write_pdf, pdftotext, status):
    shown = word(_STATUS, status, "en")
    assert shown[0].isupper()
    one = dataclasses.replace(twelve, status=shown, lines=twelve.lines[:1], applied_on=dt.date(2026, 11, 27))
    first_lines = pdftotext(write_pdf(render_return_application(one, language="en"), "return.pdf")).splitlines()[:8]
    assert any(line.split()[:1] == [shown] for line in first_lines)  # the stamp, top left, on one line
