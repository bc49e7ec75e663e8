"""Issue 8 regression guard, without timing: a two-copy receipt does its slow steps once (the QR
encoding, the font file's parsing, each shared cell's line breaking) and still prints the same."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfbase import ttfonts
from reportlab.platypus.paragraph import Paragraph

from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.styles import make_styles
from desktop_app.documents.text import CJKParagraph, SharedParagraph


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_both_copies_share_one_qr_encoding(receipt_data, monkeypatch, write_pdf, render_png,
                                           zbarimg):
    render_receipt(receipt_data)  # the font registered before counting
    masks = _count_calls(monkeypatch, qrencoder.QRCode, "getBestMaskPattern")
    pdf = render_receipt(receipt_data, copies=("customer", "centre"))
    assert masks[0] == 1
    path = write_pdf(pdf)
    for page in (1, 2):  # and each copy's code still reads back as the claim number
        assert receipt_data.claim_number in zbarimg(render_png(path, dpi=150, page=page))


def test_the_font_file_is_parsed_once_per_process(receipt_data, monkeypatch):
    render_receipt(receipt_data)
    parses = _count_calls(monkeypatch, ttfonts.TTFontFile, "__init__")
    for language in ("zh_CN", "en"):
        render_receipt(receipt_data, language=language, page_size="A5")
    assert parses[0] == 0


def test_a_shared_cell_breaks_its_lines_once_per_width(receipt_data, monkeypatch):
    breaks = _count_calls(monkeypatch, Paragraph, "breakLinesCJK")
    cell = CJKParagraph("上电后电源灯常亮，所有端口指示灯不亮，无法建立链路。" * 3, make_styles("A4").cell)
    first = cell.wrap(120, 1000)
    assert cell.wrap(120, 500) == first and breaks[0] == 1
    assert cell.wrap(200, 1000) != first and breaks[0] == 2  # another width: broken afresh
    assert cell.split(200, 1) == [] and cell.wrap(200, 1000) and breaks[0] == 3  # split dropped it


def test_shared_paragraphs_print_the_same_as_plain_ones(receipt_data, monkeypatch, write_pdf,
                                                        pdftotext):
    long = dataclasses.replace(receipt_data, fault_description="端口频繁掉线，重启后恢复正常。" * 200)
    shared = pdftotext(write_pdf(render_receipt(long), "shared.pdf"))
    monkeypatch.setattr(SharedParagraph, "wrap", Paragraph.wrap)
    plain = pdftotext(write_pdf(render_receipt(long), "plain.pdf"))
    assert shared == plain and shared.count("第 2 / 2 页") == 2
