"""Qt's own dialogs follow the interface language: its file dialog, message-box buttons and the texts that
PySide6's qtbase_zh_CN.qm lacks since Qt 6 gave them access keys ("&Look in:", "Files of &type:"), which
our catalogue fills in (gui/qt_catalogue_gaps.py); switching to English gives Qt's English back."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel

from desktop_app.gui.qt_catalogue_gaps import qt_texts_we_translate
from desktop_app.gui.translations import install_translations

CHINESE = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def test_qt_strings_are_chinese_with_chinese_installed_and_english_after_switching(qapp) -> None:
    install_translations(qapp, "zh_CN")
    assert translate("QFileDialog", "Look in:") == "查找范围："  # Qt's own catalogue
    assert translate("QFileDialog", "&Look in:") == "查找范围(&L)："  # the text Qt 6.11 asks for: ours
    assert translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert translate("QPlatformTheme", "Cancel") == "取消"
    assert translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
    install_translations(qapp, "en")
    assert translate("QFileDialog", "&Look in:") == "&Look in:"
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Folder"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_text_we_fill_in_for_qt_is_in_the_language(qapp, language) -> None:
    install_translations(qapp, language)
    for context, source, _disambiguation, shown in qt_texts_we_translate():
        if language == "zh_CN":
            assert CHINESE.search(shown), (context, source, shown)
        else:
            assert shown == source


def test_the_file_dialog_and_standard_buttons_have_no_english_left(qtbot, tmp_path) -> None:
    """Qt's own file dialog (Linux without a desktop portal; Windows uses the system's in its language)."""
    (tmp_path / "报告").mkdir()  # a folder row: its Type column says 文件夹
    dialog = QFileDialog(None, "保存", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    english = [t for t in texts if LATIN_WORD.search(t)]
    assert english == []
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    files = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: files.index(str(tmp_path / "报告")).isValid())
    folder = files.index(str(tmp_path / "报告"))
    assert files.type(folder) == "文件夹"  # the Type column
    boxes = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(boxes)
    assert sorted(b.text() for b in boxes.buttons()) == sorted(["保存", "取消"])
