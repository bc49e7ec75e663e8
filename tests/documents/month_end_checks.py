"""Helpers for the month-end document tests: the sample centre, page facts, spreadsheet cells."""

from __future__ import annotations

import re
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from desktop_app.documents.page_parts import CentreInfo

MM = 72 / 25.4
CENTRE = CentreInfo("深圳讯联通信售后服务中心", "深圳市南山区科技园高新南一道18号创维大厦A座12楼",
                    "0755-86321188")
MARKUP = "A&B <b>加粗</b> &amp; <i>x</i> > 1"  # must print exactly as typed
_FURNITURE = re.compile(r"第 \d+ / \d+ 页|（续）|Page \d+ of \d+|\(continued\)")


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def page_mm(path: Path, index: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[index].mediabox
    return float(box.width) / MM, float(box.height) / MM


def body_text(text: str) -> str:
    """The text without footers and running headers (to check nothing is lost across pages)."""
    return "\n".join(line for line in text.splitlines() if not _FURNITURE.search(line))


def line_with(text: str, needle: str) -> str:
    """The first extracted line containing ``needle``."""
    return next(line for line in text.splitlines() if needle in line)


def only_embedded_cjk_font(path: Path) -> bool:
    """Every font on every page is the embedded WenQuanYi subset (no base-14 Helvetica)."""
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "WenQuanYi" not in font["/BaseFont"]:
                return False
            if "/FontFile2" not in font["/FontDescriptor"].get_object():
                return False
    return True


def sheet(data: bytes) -> Worksheet:
    return load_workbook(BytesIO(data)).active


def row_of(ws: Worksheet, first: object, column: int = 1) -> int:
    """The number of the first row whose ``column`` holds ``first``."""
    for row in ws.iter_rows():
        if row[column - 1].value == first:
            return row[0].row
    raise AssertionError(f"no row starting with {first!r}")


def field(ws: Worksheet, label: str) -> object:
    """The value of a header-block row (label in A, value in B)."""
    return ws.cell(row_of(ws, label), 2).value


def number(value: object) -> Decimal:
    """A numeric cell as a Decimal, failing on text (money must stay a number)."""
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value))
