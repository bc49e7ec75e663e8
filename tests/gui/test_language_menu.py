"""View > Language: the choice is saved per computer and used at the next start; --language wins."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from desktop_app.gui.language_choice import FOLLOW_SYSTEM, SETTING, chosen_language, startup_language, system_language


def test_the_menu_saves_the_choice_for_the_next_start(qtbot, main_window):
    menu = main_window.language_menu
    assert [a.text() for a in menu.submenu.actions()] == ["跟随系统", "简体中文", "English"]
    assert menu.actions[FOLLOW_SYSTEM].isChecked()  # nothing chosen yet
    menu.actions["en"].trigger()
    assert QSettings().value(SETTING) == "en" and chosen_language() == "en"
    qtbot.waitUntil(lambda: menu.notice is not None and menu.notice.isVisible())
    assert "下次启动" in menu.notice.text()
    menu.notice.close()
    menu.actions[FOLLOW_SYSTEM].trigger()
    assert QSettings().value(SETTING) is None and chosen_language() == FOLLOW_SYSTEM


def test_the_start_language_comes_from_the_flag_then_the_setting_then_the_system(qapp):
    english, chinese, french = QLocale(QLocale.Language.English), QLocale(QLocale.Language.Chinese), QLocale("fr_FR")
    assert system_language(english) == "en" and system_language(chinese) == "zh_CN"
    assert system_language(french) == "zh_CN"  # a language we do not have: Chinese first
    settings = QSettings()
    settings.remove(SETTING)
    assert startup_language(None, settings, english) == "en"
    settings.setValue(SETTING, "zh_CN")
    assert startup_language(None, settings, english) == "zh_CN"
    assert startup_language("en", settings, chinese) == "en"  # --language wins
    settings.setValue(SETTING, "klingon")
    assert startup_language(None, settings, chinese) == "zh_CN"  # a damaged value is ignored
