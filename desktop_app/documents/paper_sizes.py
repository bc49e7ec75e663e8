"""Paper and label sizes by name: plain data the settings and services need without loading reportlab."""

from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 2.54 * 0.1  # points per millimetre, computed as reportlab.lib.units.mm is

SHEET_PAPERS = ("A4", "A5")
ROLL_PAPERS = ("58mm", "80mm")
PAPERS = SHEET_PAPERS + ROLL_PAPERS


def paper_name(text: str) -> str:
    """"a4" → "A4", "80MM" / "80" → "80mm"; ValueError for anything else."""
    clean = text.strip().lower().replace(" ", "")
    name = clean.upper() if clean in ("a4", "a5") else (clean if clean.endswith("mm") else f"{clean}mm")
    if name not in PAPERS:
        raise ValueError(f"unknown paper {text!r}; expected one of {', '.join(PAPERS)}")
    return name


def is_roll(paper: str) -> bool:
    return paper_name(paper) in ROLL_PAPERS


@dataclass(frozen=True)
class LabelLayout:
    """One label size; lengths in mm, type in points."""

    width: float
    height: float
    margin: float  # printers leave about 1 mm unprinted; text keeps clear of it
    bar_height: float
    font: float  # body lines
    number_font: float  # the first line: the number in the codes
    min_font: float  # below this, a line is cut with "…" instead of shrinking further
    fault_lines: int

    @property
    def size(self) -> tuple[float, float]:
        return self.width * MM, self.height * MM


LABEL_SIZES: dict[str, LabelLayout] = {
    "50x30": LabelLayout(50, 30, 1.5, 5.5, 6.0, 7.5, 4.5, 1),
    "60x40": LabelLayout(60, 40, 2.0, 7.5, 7.5, 9.0, 5.0, 2),
}
DEFAULT_LABEL_SIZE = "50x30"


def label_size(name: str) -> LabelLayout:
    try:
        return LABEL_SIZES[name.lower().replace("×", "x").replace(" ", "").removesuffix("mm")]
    except KeyError:
        raise ValueError(f"unknown label size {name!r}; expected one of {sorted(LABEL_SIZES)}") from None
