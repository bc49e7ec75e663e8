"""Sample data loads off the UI thread behind a progress dialog, then every tab re-reads."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from desktop_app.app import load_sample_data_into
from desktop_app.services import sample_data


def test_loads_in_the_background_and_refreshes_the_tabs(qtbot, monkeypatch, main_window, database):
    threads = []
    real = sample_data.load_sample_data

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(sample_data, "load_sample_data", spy)
    loader = load_sample_data_into(main_window, database, claims=20)
    with qtbot.waitSignal(loader.loaded, timeout=60_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert main_window.tabs[0].model.total == 20
    for index, tab in enumerate(main_window.tabs[:3]):
        main_window.show_tab(index)  # the tabs behind the first load when first shown
        assert tab.model.rowCount() > 0
    main_window.show_tab(3)  # the staff figures are computed when their tab is looked at (in the background)
    qtbot.waitUntil(lambda: main_window.tabs[3].model.rowCount() > 0, timeout=20_000)
    boxes = [box for box in main_window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and "示例数据已载入" in boxes[0].text()
    assert "密码为 demo-pass-2026" in boxes[0].text()
