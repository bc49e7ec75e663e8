"""The installer bundle, built from build_installer.spec and run as a user runs it: CLI, PDFs, the window.

Builds into a temporary folder (the checkout stays clean), runs scripts/smoke_bundle.sh on the result,
then prints one more receipt with the bundled program and reads the PDFs with pypdf. About a minute;
`-m "not bundle"` leaves it out while working on something else.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = [pytest.mark.bundle, pytest.mark.xdist_group("bundle")]  # one build per run

ROOT = Path(__file__).resolve().parents[2]
APP = "service-counter"
BUILD_TIMEOUT_S = 900
SMOKE_TIMEOUT_S = 300
# Almost all of it is Qt; 170 MB today. A jump means a Qt module or plugin family slipped in.
MAX_BUNDLE_MB = 230
A5_POINTS = (420, 595)


def _clean_env(**extra: str) -> dict[str, str]:
    """The bundle must not lean on this checkout's Python or the developer's database."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "SERVICE_COUNTER_DATABASE_URL")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory):
    """dist/service-counter, built in a temporary folder with a private PyInstaller cache (so a
    `make bundle` at the same time cannot trip over it); removed afterwards, it is 170 MB."""
    assert importlib.util.find_spec("PyInstaller") is not None, (
        "PyInstaller is missing: `make test` installs it with the [dev] extra (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("installer")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
               str(ROOT / "build_installer.spec")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
                            env=_clean_env(PYINSTALLER_CONFIG_DIR=str(work / "cache")), check=False)
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    shutil.rmtree(work / "build", ignore_errors=True)
    try:
        yield work / "dist" / APP
    finally:
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def smoked(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    """scripts/smoke_bundle.sh on the bundle; it leaves its demo database and receipt in ``kept``."""
    kept = tmp_path_factory.mktemp("smoke")
    result = subprocess.run(["sh", str(ROOT / "scripts" / "smoke_bundle.sh"), str(bundle)], capture_output=True,
                            text=True, timeout=SMOKE_TIMEOUT_S,
                            env=_clean_env(SMOKE_KEEP_DIR=str(kept), SMOKE_GUI_WAIT="4"),
                            check=False)
    return result, kept


def pdf_pages(path: Path):
    return PdfReader(BytesIO(path.read_bytes())).pages


def test_the_bundle_holds_everything_the_program_reads_from_files(bundle):
    internal = bundle / "_internal"
    assert (bundle / APP).is_file() and os.access(bundle / APP, os.X_OK)
    assert list((internal / "resources" / "fonts").glob("*.tt[cf]")), "the CJK font"
    assert (internal / "resources" / "i18n" / "service_counter_zh_CN.qm").is_file(), "the Chinese catalogue"
    assert (internal / "resources" / "rules" / "rules.json").is_file(), "the business rules (Help > Business rules)"
    # Qt's own Chinese (file dialogs, message-box buttons), where QLibraryInfo looks for it in the bundle.
    assert list(internal.glob("PySide6/**/translations/qtbase_zh_CN.qm")), "Qt's Chinese catalogue"
    assert (internal / "desktop_app" / "db" / "migrations" / "env.py").is_file()
    shipped = {p.name for p in (internal / "desktop_app" / "db" / "migrations" / "versions").glob("*.py")}
    in_checkout = {p.name for p in (ROOT / "desktop_app" / "db" / "migrations" / "versions").glob("*.py")}
    assert shipped == in_checkout, "every Alembic migration, as a file"
    assert list((internal / "resources" / "icons").iterdir()), "the icons"


def test_the_bundled_program_passes_the_smoke_checks(smoked):
    result, _kept = smoked
    log = f"{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, log[-8000:]
    for check in ("ok: version", "ok: db upgrade", "ok: db check", "ok: demo-data", "ok: print receipt",
                  "ok: translations", "ok: GUI start (offscreen)", "ok: Qt link check"):
        assert f"smoke: {check}" in result.stdout, f"{check} missing:\n{log[-8000:]}"
    assert "smoke: all checks passed" in result.stdout


def test_the_receipt_printed_by_the_bundle_reads_as_text(smoked):
    _result, kept = smoked
    number = (kept / "receipt-claim.txt").read_text(encoding="utf-8").strip()
    pages = pdf_pages(kept / "receipt.pdf")
    assert len(pages) == 2  # customer's and centre's copy
    for page in pages:
        text = page.extract_text()
        assert number in text and "售后服务受理单" in text  # the embedded CJK font extracts


def test_the_bundle_prints_an_a5_customer_copy_from_the_demo_database(bundle, smoked, tmp_path):
    _result, kept = smoked
    number = (kept / "receipt-claim.txt").read_text(encoding="utf-8").strip()
    target = tmp_path / "回执.pdf"
    result = subprocess.run(
        [str(bundle / APP), "--database-url", f"sqlite:///{kept / 'x.sqlite3'}", "print", "receipt", number,
         "-o", str(target), "--page-size", "A5", "--copies", "customer"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env=_clean_env(QT_QPA_PLATFORM="offscreen", SERVICE_COUNTER_DATA_DIR=str(tmp_path / "data")), check=False)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    pages = pdf_pages(target)
    assert len(pages) == 1
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == A5_POINTS
    text = pages[0].extract_text()
    assert number in text and "售后服务受理单" in text and "客户联" in text


def test_the_bundle_stays_lean(bundle, capsys):
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    megabytes = size / 1_000_000
    with capsys.disabled():  # shown in every test log, not only with -rA
        print(f"\ninstaller bundle: {megabytes:.0f} MB in {bundle}")
    assert megabytes < MAX_BUNDLE_MB
