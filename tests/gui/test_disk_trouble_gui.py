"""Save as PDF to a full disk or a read-only folder, and a data folder without room for the log: the
window says so in plain Chinese and goes on working."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import start as start_module
from desktop_app.documents import saving
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from printing_support import two_page_pdf

SAMPLE = two_page_pdf()


@pytest.fixture
def preview(qtbot) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(SAMPLE, "受理单", "SC-2026-000001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_ready)
    return dialog


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: messages.append((title, text)))
    return messages


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), "PDF"))


def save(qtbot, preview: DocumentPreviewDialog) -> None:
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_full_disk_is_named_and_the_next_save_works(qtbot, preview, shown, tmp_path, monkeypatch):
    full = tmp_path / "u盘"
    full.mkdir()
    choose(monkeypatch, full / "受理单.pdf")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(saving.os, "fsync", no_space)
    saved: list[str] = []
    preview.saved.connect(saved.append)
    save(qtbot, preview)
    [(title, text)] = shown
    assert title == "另存为 PDF"
    assert "磁盘已满" in text and str(full / "受理单.pdf") in text and "Traceback" not in text
    assert list(full.iterdir()) == [] and saved == []  # no partial PDF left behind
    assert preview.isVisible() and preview.ui.save_button.isEnabled()
    monkeypatch.setattr(saving.os, "fsync", lambda _fd: None)
    good = tmp_path / "文档" / "受理单.pdf"
    good.parent.mkdir()
    choose(monkeypatch, good)
    with qtbot.waitSignal(preview.saved):
        save(qtbot, preview)
    assert good.read_bytes() == SAMPLE and len(shown) == 1


def test_a_read_only_folder_is_named(qtbot, preview, shown, tmp_path, monkeypatch):
    target = tmp_path / "受理单.pdf"
    choose(monkeypatch, target)

    def read_only(path, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    monkeypatch.setattr(saving, "open", read_only, raising=False)
    save(qtbot, preview)
    [(_title, text)] = shown
    assert "只读" in text and str(target) in text and not target.exists()
    assert preview.isVisible()


@pytest.mark.parametrize("trouble", ["no data folder", "log is not writable"])
def test_the_app_starts_without_a_log_file_when_the_data_folder_refuses_it(tmp_path, monkeypatch, caplog,
                                                                          trouble):
    # Real errors, not injected: a data folder that cannot be created (its parent is a file), or a
    # log file name taken by a folder. As root, chmod would stop neither.
    blocker = tmp_path / "blocker"
    if trouble == "no data folder":
        blocker.write_text("not a folder")
        monkeypatch.setenv("SERVICE_COUNTER_DATA_DIR", str(blocker / "data"))
    else:
        (blocker / start_module.LOG_FILE_NAME).mkdir(parents=True)
        monkeypatch.setenv("SERVICE_COUNTER_DATA_DIR", str(blocker))
    root = logging.getLogger()
    handlers = list(root.handlers)
    with caplog.at_level(logging.WARNING):
        start_module._log_to_file()  # must not raise: the window still opens
    assert root.handlers == handlers
    assert "cannot write the log file" in caplog.text
