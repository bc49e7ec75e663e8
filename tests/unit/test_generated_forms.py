"""The committed forms in desktop_app/gui/forms are what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).with_name("pyside6-uic")
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def test_every_form_has_a_generated_module() -> None:
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "desktop_app/gui/forms").glob("ui_*.py")}
    assert {p.stem for p in FORMS} == generated


@pytest.mark.parametrize("ui_file", FORMS, ids=[p.stem for p in FORMS])
def test_generated_form_is_up_to_date(ui_file: Path) -> None:
    fresh = subprocess.run([str(UIC), str(ui_file)], capture_output=True, text=True, check=True).stdout
    committed = (ROOT / "desktop_app/gui/forms" / f"ui_{ui_file.stem}.py").read_text(encoding="utf-8")
    assert fresh == committed, f"run `make ui`: {ui_file.name} changed since its module was generated"
