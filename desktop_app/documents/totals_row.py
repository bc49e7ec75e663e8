"""Keeps a ruled table's totals row with the last rows it sums, never alone at the top of a page."""

from __future__ import annotations

from reportlab.platypus import Flowable, FrameBreak, Table

KEPT_ROWS = 2  # body rows that go overleaf with the totals row


class TotalKept(Flowable):
    """A table whose page break falls before its last ``kept`` body rows rather than right above the
    totals row (a 合计 alone on page 2 reads as a table of its own).

    Not ReportLab's NOSPLIT: with ``splitInRow`` (a long cell continues overleaf) it repeats the
    heading several times on one page."""

    def __init__(self, table: Table, totals: int = 1, kept: int = KEPT_ROWS) -> None:
        super().__init__()
        self._table, self._totals, self._kept = table, totals, kept
        self._deferred = False  # sent whole overleaf once already: it splits as it can there
        # Placed as the table itself would be: a Flowable is left-aligned by default, a Table centred, so
        # a frame-wide table in the frame's padding stood 6 pt right of every other table on the page.
        self.hAlign = table.hAlign

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's names
        return self._table.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._table.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._table.split(availWidth, availHeight)
        if len(parts) == 2 and self._body_rows(parts[1]) <= self._totals:
            first = parts[0]
            first.wrap(availWidth, availHeight)
            keep = len(first._cellvalues) - self._kept  # the rows staying on this page
            if keep <= self._table.repeatRows:
                if not self._deferred:  # only the heading would stay: the whole table goes overleaf
                    self._deferred = True
                    return []
                # Already at the top of a page (rows taller than a page): deferring again would never
                # end (ReportLab's "too large" error), so the rows go as they fit.
            else:
                parts = self._table.split(availWidth, sum(first._rowHeights[:keep]) + 0.01)
        if len(parts) == 2:
            # The rest goes overleaf: left to the frame, a row split inside (splitInRow) would put a
            # second heading and a sliver of that row into the room left on this page.
            parts = [parts[0], FrameBreak(), parts[1]]
        return [TotalKept(part, self._totals, self._kept) if isinstance(part, Table) else part for part in parts]

    def _body_rows(self, part: Table) -> int:
        return len(part._cellvalues) - self._table.repeatRows


def keep_with_total(table: Table, totals: int = 1) -> TotalKept:
    """``table`` (a ruled table whose last ``totals`` rows are the totals) kept with its last rows."""
    return TotalKept(table, totals)
