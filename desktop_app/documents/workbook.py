"""Spreadsheet output (openpyxl): a titled sheet with a header block and typed table rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

MONEY_FORMAT = "0.00"  # the manufacturer's sheets: plain two-decimal numbers, no currency sign
DATE_FORMAT = "yyyy-mm-dd"
_HEAD_FILL = PatternFill("solid", fgColor="EEF1F5")
_THIN = Side(style="thin", color="333333")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
Value = str | int | Decimal | dt.date | None


class SheetWriter:
    """Writes one sheet top to bottom: title, header-block rows, tables; ``to_bytes`` at the end."""

    def __init__(self, sheet_name: str, title: str, *, landscape: bool = False) -> None:
        self.book = Workbook()
        self.sheet = self.book.active
        self.sheet.title = sheet_name
        self.row = 1
        self._put(1, title, font=Font(bold=True, size=14))
        self.row = 3
        setup = self.sheet.page_setup
        setup.paperSize = self.sheet.PAPERSIZE_A4
        setup.orientation = "landscape" if landscape else "portrait"
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
        setup.fitToWidth, setup.fitToHeight = 1, 0

    def field(self, label: str, value: Value) -> None:
        """One header-block row: the label in column A, the value in column B."""
        self._put(1, label, font=Font(bold=True))
        self._put(2, value)
        self.row += 1

    def heading(self, text: str) -> None:
        """A blank row, then a bold section heading."""
        self.row += 1
        self._put(1, text, font=Font(bold=True, size=12))
        self.row += 1

    def table(self, head: Sequence[str], rows: Sequence[Sequence[Value]], *,
              totals: Sequence[Sequence[Value]] = ()) -> int:
        """A ruled table with a shaded head; returns the row number of its head."""
        first = self.row
        for col, label in enumerate(head, start=1):
            cell = self._put(col, label, font=Font(bold=True))
            cell.fill, cell.border = _HEAD_FILL, _GRID
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        self.row += 1
        for values, bold in [*((r, False) for r in rows), *((r, True) for r in totals)]:
            for col, value in enumerate(values, start=1):
                cell = self._put(col, value, font=Font(bold=bold))
                cell.border = _GRID
                if bold:
                    cell.fill = _HEAD_FILL
            self.row += 1
        return first

    def widths(self, characters: Sequence[float]) -> None:
        for col, width in enumerate(characters, start=1):
            self.sheet.column_dimensions[get_column_letter(col)].width = width

    def to_bytes(self) -> bytes:
        buffer = BytesIO()
        self.book.save(buffer)
        return buffer.getvalue()

    def _put(self, col: int, value: Value, font: Font | None = None):
        cell = self.sheet.cell(row=self.row, column=col)
        if isinstance(value, float):
            raise TypeError("spreadsheet money must be a Decimal, got float")
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"  # "=..." typed by a user stays text, never a formula
        elif isinstance(value, Decimal):
            cell.value, cell.number_format = value, MONEY_FORMAT
        elif isinstance(value, dt.date):
            cell.value, cell.number_format = value, DATE_FORMAT
        else:
            cell.value = value  # int or None (an empty cell)
        if font is not None:
            cell.font = font
        return cell
