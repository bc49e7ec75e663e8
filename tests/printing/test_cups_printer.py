"""A receipt printed through a real CUPS scheduler to the cups-pdf virtual printer: the pages come out.

The app prints a document as page pictures (what the preview shows is what the printer gets), so the
page that came out is checked by its size and by decoding its QR code, which carries the claim number.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.engine import make_url
from cups_server import CupsServer, start_cups

from desktop_app.db.models import Claim
from desktop_app.db.opening import open_database
from desktop_app.services.sample_data import load_sample_data

ROOT = Path(__file__).resolve().parents[2]
A5_POINTS = (419.5, 595.3)
PRINT_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.gui.printing.printers import available_printer_names, print_direct
assert sys.argv[2] in available_printer_names(), available_printer_names()
print(print_direct(Path(sys.argv[1]).read_bytes(), sys.argv[2]))
"""


@pytest.fixture
def cups():
    # Not under pytest's temporary folder: its parents are private to root, and the scheduler runs its
    # filters as the unprivileged "lp" user, which must reach the spool and the printer's PPD.
    root = Path(tempfile.mkdtemp(prefix="service-counter-cups-"))
    server = start_cups(root)
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


def _printed_since(server: CupsServer, started: float, timeout: float = 60) -> Path:
    """The PDF cups-pdf wrote for our job, once the scheduler reports every job completed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = subprocess.run(["lpstat", "-W", "not-completed", "-o", server.printer], env=server.env,
                                 capture_output=True, text=True).stdout.strip()
        done = [p for p in server.output.glob("*.pdf") if p.stat().st_mtime >= started]
        if not pending and done:
            return max(done, key=lambda p: p.stat().st_mtime)
        time.sleep(0.3)
    log = (server.root / "log" / "error_log").read_text(errors="replace")
    raise AssertionError(f"nothing came out of {server.printer} within {timeout} s; cupsd log:\n{log}")


def test_a_receipt_printed_to_a_real_cups_printer_comes_out(cups: CupsServer, sqlite_url: str, tmp_path: Path):
    database = open_database(make_url(sqlite_url))
    try:
        load_sample_data(database.sessions, claims=3)
        with database.sessions.read() as s:
            number = s.scalar(select(Claim.number).order_by(Claim.id).limit(1))
    finally:
        database.dispose()
    receipt = tmp_path / "receipt.pdf"
    run = [sys.executable, "-m", "desktop_app", "--database-url", sqlite_url]
    subprocess.run([*run, "print", "receipt", number, "-o", str(receipt), "--paper", "a5", "--copies", "customer"],
                   check=True, capture_output=True, timeout=120, cwd=ROOT)
    started = time.time() - 1
    child = subprocess.run([sys.executable, "-c", PRINT_CHILD, str(receipt), cups.printer], cwd=ROOT,
                           env={**cups.env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                           timeout=120)
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip().splitlines()[-1] == "1"  # one page sent: the customer's copy
    printed = _printed_since(cups, started)
    pages = PdfReader(printed).pages
    assert len(pages) == 1
    size = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
    assert all(abs(a - b) <= 2 for a, b in zip(size, A5_POINTS)), size  # the receipt's paper went with the job
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(printed), str(png)], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", f"{png}.png"], capture_output=True, text=True).stdout
    assert number in decoded.split()  # the page that came out is this claim's receipt
