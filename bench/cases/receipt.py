"""The service receipt PDF (data from the service, the document builder) vs bare reportlab drawing
the same strings with the same embedded font."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

from sqlalchemy import func, select

from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.db.models import Claim
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.receipt import render_receipt
from desktop_app.services.actor import SYSTEM
from desktop_app.services.receipts import ReceiptService

LANGUAGE = "zh_CN"


def run(ctx: Context) -> list[CaseResult]:
    from desktop_app.gui.translations import translator_function  # QtCore only, as the command does

    translate = translator_function(LANGUAGE)
    service = ReceiptService(ctx.database.sessions)
    with ctx.database.sessions.read() as s:
        claim_id = s.scalar(select(func.max(Claim.id)))
    font = register_fonts()
    data = service.receipt(SYSTEM, claim_id, language=LANGUAGE, translate=translate)
    strings = _strings(data)

    def project() -> bytes:
        receipt = service.receipt(SYSTEM, claim_id, language=LANGUAGE, translate=translate)
        return render_receipt(receipt, language=LANGUAGE)

    def floor() -> bytes:
        return _bare(strings, font)

    mine, base = paired(project, floor, max(5, ctx.repeat // 2))
    return [result("service receipt PDF (2 copies)", mine, base, "≤ 2× floor and ≤ 60 ms",
                   lambda r: r.median_ms <= 60 and r.median_ms <= 2 * (r.floor_median_ms or 0))]


def _strings(data: Any) -> list[str]:
    out: list[str] = []
    for value in dataclasses.asdict(data).values():
        items = value if isinstance(value, (list, tuple)) else [value]
        out += [str(v) for v in items if v is not None]
    return out * 2  # the customer's and the centre's copy


def _bare(strings: list[str], font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    y = 800.0
    for text in strings:
        if y < 40:
            canvas.showPage()
            y = 800.0
        canvas.setFont(font, 9)
        canvas.drawString(40, y, text[:120])
        y -= 12
    canvas.save()
    return buffer.getvalue()
