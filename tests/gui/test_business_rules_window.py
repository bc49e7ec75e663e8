"""Help > Business rules… (F1): every rule the interface cites in brackets, such as (W9) or (E24), can be
looked up by its number or by a word of its text, in the interface's language (Chinese in the original
policy's words, English as the rule list states it); the E rules send the reader to the published rule set
(考核制度) for amounts, never state one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QPainter

from desktop_app.app import build_main_window
from desktop_app.errors import KnownError
from desktop_app.gui import screen_fit
from desktop_app.gui.rules_window import RulesWindow, load_rules, matches
from desktop_app.paths import resource
from desktop_app.start import prepare_application
from gui_support import keep_screenshot

CATALOGUE = resource("i18n", "service_counter_zh_CN.ts")


def cited_rule_ids() -> set[str]:
    """Every rule number inside （…） or (…) of a Chinese translation."""
    cited: set[str] = set()
    for message in ET.parse(CATALOGUE).iter("message"):
        translation = message.find("translation")
        for bracket in re.findall(r"[（(]([^（）()]*)[）)]", translation.text or "" if translation is not None else ""):
            cited |= set(re.findall(r"\b[WSDE]\d+\b", bracket))
    return cited


def test_every_rule_cited_in_the_interface_is_in_the_rules_file() -> None:
    known = {rule.id for rule in load_rules()}
    cited = cited_rule_ids()
    assert len(cited) > 30  # the catalogue cites W, S, D and E rules
    assert cited <= known, sorted(cited - known)


def test_each_rule_once_with_its_text_in_both_languages() -> None:
    rules = load_rules()
    ids = [rule.id for rule in rules]
    assert len(ids) == len(set(ids))
    assert {"W1", "W12", "S3", "D3", "D16", "E24"} <= set(ids)
    assert all(rule.zh.strip() and rule.en.strip() for rule in rules)
    by_id = {rule.id: rule for rule in rules}
    assert "总经理同意" in by_id["W9"].zh and "general manager's approval" in by_id["W9"].en
    assert "执行口径" in by_id["W1"].zh and "Decision:" in by_id["W1"].en  # the decisions are there too
    assert "次月三日内" in by_id["D3"].zh  # the agreement's own words, as the staff know them


def test_the_e_rules_send_the_reader_to_the_published_rule_set_for_amounts() -> None:
    by_id = {rule.id: rule for rule in load_rules()}
    for rule_id in ("E3", "E23"):  # E3's bonus deduction and E23's fines are set by each published version
        assert "现行考核制度" in by_id[rule_id].zh and "published assessment rule set" in by_id[rule_id].en
    amounts = re.compile(r"\d+(\.\d+)?\s*(元|yuan|RMB|¥)", re.IGNORECASE)
    assert not [r.id for r in by_id.values() if r.id.startswith("E") and (amounts.search(r.zh) or amounts.search(r.en))]


@pytest.mark.parametrize(("query", "expected"), [("W9", ["W9"]), ("w1", ["W1"]), ("E24", ["E24"]), ("S", ["S1", "S2", "S3"])])
def test_a_rule_number_finds_that_rule_alone(query, expected) -> None:
    assert [rule.id for rule in load_rules() if matches(rule, query)] == expected


def test_a_missing_rules_file_is_named_in_the_error(tmp_path) -> None:
    with pytest.raises(KnownError) as caught:
        load_rules(tmp_path / "rules.json")
    assert str(tmp_path / "rules.json") in caught.value.render()


@pytest.fixture
def window(qtbot) -> RulesWindow:
    window = RulesWindow(load_rules())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_typing_a_number_or_a_chinese_word_filters_and_the_selection_shows_the_whole_rule(qtbot, window) -> None:
    assert len(window.shown_ids()) == len(load_rules())
    qtbot.keyClicks(window.ui.search_edit, "W9")
    assert window.shown_ids() == ["W9"]
    assert "售后退货，必须经过总经理同意" in window.ui.rule_text.toPlainText()  # shown in full, in Chinese
    assert "执行口径" in window.ui.rule_text.toPlainText()
    window.ui.search_edit.clear()
    window.ui.search_edit.insert("退货")  # typed through an input method (QTest types ASCII only)
    shown = window.shown_ids()
    assert {"W2", "W9", "D10", "D15"} <= set(shown) and "S1" not in shown
    window.ui.rule_list.setCurrentRow(window.ui.rule_list.row(window.ui.rule_list.findItems("D15", Qt.MatchFlag.MatchStartsWith)[0]))
    text = window.ui.rule_text.toPlainText()
    assert text.startswith("D15") and "未经甲方准许的退货（含返修），甲方可拒收" in text
    window.ui.search_edit.setText("无此规则")
    assert window.shown_ids() == [] and window.ui.rule_text.toPlainText() == "没有符合搜索条件的规则。"
    assert window.ui.count_label.text() == f"显示 0 / {len(load_rules())} 条"


def test_in_english_the_rules_read_in_english(qtbot) -> None:
    prepare_application("en")  # the autouse chinese_app fixture puts the default back afterwards
    window = RulesWindow(load_rules())
    qtbot.addWidget(window)
    window.show()
    assert window.show_rule("D11")
    assert "DOA (开箱不良): within 7 days of the centre receiving goods" in window.ui.rule_text.toPlainText()
    assert window.windowTitle() == "Business rules"
    window.ui.search_edit.insert("退货")  # Chinese words still find the rules
    assert "W9" in window.shown_ids()


# The offscreen platform's limits (the GUI tests' conftest ignores the first everywhere).
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)")
def test_the_help_menu_and_f1_open_it(qtbot, main_window) -> None:
    menu = main_window.rules_menu
    action = menu.action
    assert action in main_window.ui.menu_help.actions()
    assert action.text() == "业务规则(&B)…"
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    action.trigger()
    qtbot.waitUntil(lambda: menu.dialog is not None and menu.dialog.isVisible())
    assert menu.dialog.windowTitle() == "业务规则"
    assert menu.open() is menu.dialog  # one window: asked again, the same one comes forward
    menu.dialog.close()
    qtbot.waitUntil(lambda: menu.dialog is None)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: menu.dialog is not None and menu.dialog.isVisible())


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_at_1366(qtbot, monkeypatch, database, manager, language) -> None:
    prepare_application(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 1366, 728))
    main = build_main_window(database, manager)
    qtbot.addWidget(main)
    main.resize(1366, 700)
    main.show()
    qtbot.waitExposed(main)
    rules = main.rules_menu.open()
    qtbot.waitExposed(rules)
    rules.show_rule("W9")
    assert rules.frameGeometry().width() <= 1366 and rules.height() <= 728
    shot = main.grab()
    painter = QPainter(shot)  # the rules window where it stands over the main window
    painter.drawPixmap(rules.geometry().topLeft() - main.geometry().topLeft(), rules.grab())
    painter.end()
    keep_screenshot_pixmap(shot, f"business_rules_1366_{language}")
    keep_screenshot(rules, f"business_rules_window_{language}")


def keep_screenshot_pixmap(pixmap, name: str) -> None:
    import os
    from pathlib import Path

    folder = os.environ.get("SERVICE_COUNTER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert pixmap.save(str(Path(folder) / f"{name}.png"))
