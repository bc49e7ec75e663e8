"""Translations: the Chinese catalogue is complete and loaded; --language en gives English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
import xml.etree.ElementTree as ET

import pytest

from desktop_app.app import build_main_window
from desktop_app.start import prepare_application
from desktop_app.gui.translations import load_app_translator
from desktop_app.paths import resource

# CJK ideographs, CJK punctuation and full-width forms: a translation without any is English leaking.
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def messages(language: str):
    tree = ET.parse(resource("i18n", f"service_counter_{language}.ts"))
    for context in tree.getroot().iter("context"):
        for message in context.findall("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_translation_is_finished(language):
    unfinished = []
    for context, message in messages(language):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") is not None or not all(form.strip() for form in forms):
            unfinished.append((context, message.findtext("source")))
    assert unfinished == []


def catalogued(path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.findall("message")}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_catalogues_hold_every_string_the_code_marks(language, tmp_path):
    """A string added to the code but not to the .ts shows in English in the Chinese UI; the GUI tests
    that read Chinese text would then fail far from the cause. lupdate on a copy finds it here."""
    root = Path(__file__).resolve().parents[2]
    shipped = resource("i18n", f"service_counter_{language}.ts")
    copy = tmp_path / shipped.name
    shutil.copyfile(shipped, copy)
    sources = sorted(str(p) for p in (root / "desktop_app").rglob("*.py") if "forms" not in p.parts)
    forms = sorted(str(p) for p in (root / "ui").glob("*.ui"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, *forms, "-ts", str(copy)],
                   check=True, capture_output=True, timeout=120)
    before, after = catalogued(shipped), catalogued(copy)
    # Either way the fix is `make translations`, then translating what it marked unfinished.
    assert sorted(after - before) == [], "strings in the code missing from the catalogue"
    assert sorted(before - after) == [], "catalogue entries no longer in the code"


def test_chinese_translations_are_chinese():
    leaking = []
    for context, message in messages("zh_CN"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if not all(CHINESE.search(form) for form in forms):
            leaking.append((context, message.findtext("source"), forms))
    assert leaking == []


def test_placeholders_survive_translation():
    wrong = []
    for context, message in messages("zh_CN"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(f.text or "" for f in translation.findall("numerusform")) or translation.text or ""
        if set(re.findall(r"\{\w+\}|%L?n", source)) != set(re.findall(r"\{\w+\}|%L?n", text)):
            wrong.append((context, source, text))
    assert wrong == []


def test_the_compiled_catalogue_is_loaded():
    translator = load_app_translator("zh_CN")
    assert translator is not None
    assert translator.translate("ClaimsTab", "Claim intake") == "理赔受理"


def test_language_en_gives_english_tabs(qtbot, database, manager):
    prepare_application("en")
    window = build_main_window(database, manager)
    qtbot.addWidget(window)
    tabs = window.ui.tab_widget
    assert [tabs.tabText(i) for i in range(4)] == [
        "Claim intake", "Repair work orders", "Spare-part requisitions", "Staff evaluation",
    ]
    assert window.tabs[0].ui.count_label.text() == "0 records"
    assert window.windowTitle() == "售后服务台 Service Counter"


@pytest.mark.parametrize(
    ("language", "expected"),
    [(None, "用户名或密码错误。"), ("zh_CN", "用户名或密码错误。"), ("en", "Wrong user name or password.")],
)
def test_the_cli_translates_errors_without_a_qapplication(language, expected):
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop_app.gui.translations import translator_function\n"
        f"translate = translator_function({language!r})\n"
        "assert QCoreApplication.instance() is None\n"
        "print(translate('Errors', 'Wrong user name or password.'))\n"
        "print(translate('Errors', 'Not in the catalogue'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                            check=True)
    assert result.stdout.splitlines() == [expected, "Not in the catalogue"]
