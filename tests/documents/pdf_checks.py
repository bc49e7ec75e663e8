"""Helpers shared by the document tests: whitespace-free text matching and drawn rectangles."""

from __future__ import annotations

import re

from pypdf import PageObject
from pypdf.generic import ContentStream

MM = 72 / 25.4  # points per millimetre


def squash(text: str) -> str:
    """Text without whitespace: extraction re-wraps lines and pads columns with spaces."""
    return re.sub(r"\s+", "", text)


def assert_contains(text: str, *parts: str) -> None:
    flat = squash(text)
    missing = [part for part in parts if squash(part) not in flat]
    assert not missing, f"missing from the PDF text: {missing}"


def drawn_rects(page: PageObject) -> list[tuple[float, float, float, float]]:
    """Every ``re`` rectangle on the page as (x, y, width, height) in page points."""
    # Flowables are placed with ``cm`` translations inside q/Q pairs; track the matrix so the
    # positions are on the page, not relative to the flowable that drew them.
    stream = ContentStream(page.get_contents(), page.pdf)
    matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    rects = []
    for operands, operator in stream.operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ma, mb, mc, md, me, mf = matrix
            matrix = (a * ma + b * mc, a * mb + b * md, c * ma + d * mc, c * mb + d * md,
                      e * ma + f * mc + me, e * mb + f * md + mf)
        elif operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            ma, mb, mc, md, me, mf = matrix
            rects.append((x * ma + y * mc + me, x * mb + y * md + mf, w * ma, h * md))
    return rects
