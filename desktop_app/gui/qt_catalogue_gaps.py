"""Qt's own texts that PySide6's qtbase_zh_CN.qm lacks, translated in our catalogue instead.

Qt 6 gave some labels of its standard dialogs a keyboard mnemonic ("Look in:" became
"&Look in:") and moved the file-type names to QAbstractFileIconProvider, but the Chinese
catalogue shipped with PySide6 still has only the old source texts, so Qt's file and print
dialogs showed these few in English. Our catalogue is installed after Qt's, so Qt asks it first
(``install_translations``); lupdate reads the literal calls below into our .ts files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_texts_we_translate() -> list[tuple[str, str, str | None, str]]:
    """(context, source, disambiguation, text in the current language) of each text we fill in."""
    translate = QCoreApplication.translate
    return [
        # QFileDialog's own (non-native) window: Linux without a desktop portal, and tests.
        ("QFileDialog", "&Look in:", None, translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "Files of &type:", None, translate("QFileDialog", "Files of &type:")),
        # The file list's Type column.
        ("QAbstractFileIconProvider", "Folder", "All other platforms",
         translate("QAbstractFileIconProvider", "Folder", "All other platforms")),
        ("QAbstractFileIconProvider", "Shortcut", "All other platforms",
         translate("QAbstractFileIconProvider", "Shortcut", "All other platforms")),
        ("QAbstractFileIconProvider", "Drive", None, translate("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", "Unknown", None, translate("QAbstractFileIconProvider", "Unknown")),
        # The print dialog's Options page (Linux/CUPS printers).
        ("QPrintSettingsOutput", "Page &Set:", None, translate("QPrintSettingsOutput", "Page &Set:")),
    ]
