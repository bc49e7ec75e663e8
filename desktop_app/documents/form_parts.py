"""Page parts filled in by pen: ruled writing lines and labelled tick boxes."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.documents.styles import RULE_COLOUR

WRITING_LINE = colors.HexColor("#B8BEC6")


class WritingLines(Flowable):
    """``count`` light ruled lines, ``spacing`` apart, to write on by hand."""

    def __init__(self, width: float, count: int, spacing: float) -> None:
        super().__init__()
        self.width, self.count, self.spacing = width, count, spacing
        self.height = count * spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(WRITING_LINE)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        for index in range(self.count):  # the first line one spacing below the top
            y = self.height - (index + 1) * self.spacing
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class TickBox(Flowable):
    """An empty square ``side`` wide, centred in its width, its label (the score) to its left."""

    def __init__(self, label: str, side: float, font_name: str, font_size: float) -> None:
        super().__init__()
        self.label, self.side = label, side
        self.font_name, self.font_size = font_name, font_size
        # Room for the label on both sides, so that the square itself centres in a table cell.
        self.margin = stringWidth(label, font_name, font_size) + font_size * 0.5
        self.width = side + 2 * self.margin
        self.height = side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font_name, self.font_size)
        canvas.drawString(0, (self.side - self.font_size * 0.7) / 2, self.label)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(1.0)
        canvas.rect(self.margin, 0, self.side, self.side, stroke=1, fill=0)
        canvas.restoreState()
