"""Every window that sets its own size opens within a 1366×768 screen with a taskbar, bottom buttons in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from printing_support import two_page_pdf

from desktop_app.app import build_main_window
from desktop_app.gui import screen_fit
from desktop_app.gui.dialogs.centre_settings_dialog import CentreSettingsDialog
from desktop_app.gui.parts.catalogue_window import CatalogueWindow
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.gui.parts.stock_window import StockWindow
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.services.centre_settings import CentreSettingsService

# 1366×768 less a 40 px taskbar: what Qt reports as the available geometry on a counter's screen.
COUNTER_SCREEN = QRect(0, 0, 1366, 728)
ROOM = COUNTER_SCREEN.height() - screen_fit.FRAME_HEIGHT  # the title bar takes the rest


def test_a_tall_window_opens_no_taller_than_the_screen_and_centred_on_its_parent(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(100, 20, 1200, 680)
    window = QWidget(parent)
    window.setWindowFlag(window.windowFlags().Window, True)
    size = screen_fit.fit_to_screen(window, QSize(1100, 760), COUNTER_SCREEN)
    assert size == window.size() == QSize(1100, ROOM)
    assert abs(window.geometry().center().x() - parent.frameGeometry().center().x()) <= 1
    assert window.y() >= COUNTER_SCREEN.top()
    assert window.y() + window.height() + screen_fit.FRAME_HEIGHT <= COUNTER_SCREEN.bottom() + 1


def test_a_window_that_fits_keeps_its_size(qtbot) -> None:
    assert screen_fit.opening_size(QSize(900, 520), COUNTER_SCREEN.size()) == QSize(900, 520)


def _windows(database, manager) -> dict[str, QWidget]:
    sessions = database.sessions
    main = build_main_window(database, manager)
    return {
        "main window": main,
        "service fund": FundWindow(sessions, manager),
        "stock": StockWindow(sessions, manager),
        "parts catalogue": CatalogueWindow(sessions, manager),
        "centre settings": CentreSettingsDialog(CentreSettingsService(sessions), manager),
        "print preview": DocumentPreviewDialog(two_page_pdf(), "test"),
        "new requisition": main.tab(2).actions.open_new(),
    }


@pytest.mark.parametrize("language", [None, "en"])
def test_the_fund_stock_catalogue_settings_and_preview_windows_fit_a_counter_screen(
        qtbot, monkeypatch, database, manager, language) -> None:
    from desktop_app.start import prepare_application

    prepare_application(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: COUNTER_SCREEN)
    for name, window in _windows(database, manager).items():
        qtbot.addWidget(window)
        # Their bottom buttons (打印结算表, 导出 XLSX, Save...) stay above the taskbar: neither the
        # size set nor what the layout needs at least is taller than the room left.
        assert window.height() <= ROOM, name
        assert window.minimumSizeHint().height() <= ROOM, name
        assert window.width() <= COUNTER_SCREEN.width() - screen_fit.FRAME_WIDTH, name
