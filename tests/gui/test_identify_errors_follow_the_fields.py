"""登记产品: a message under a field is shown whole and goes once the field is fixed, as typed by keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.identify_dialog import IdentifyProductDialog
from desktop_app.start import prepare_application
from gui_support import keep_screenshot
from test_visit_identification_gui import booked_visit


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def whole(label) -> bool:
    """A wrapped message gets the height its lines need at its width (it was cut in half)."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def saved_empty(qtbot, depot: Depot) -> IdentifyProductDialog:
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(booked_visit(depot))
    qtbot.mouseClick(tab.panel.buttons[Action.IDENTIFY], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(IdentifyProductDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return dialog


@pytest.mark.parametrize("language", [None, "en"])
def test_the_messages_of_an_empty_form_are_shown_whole(qtbot, depot: Depot, language) -> None:
    prepare_application(language)
    dialog = saved_empty(qtbot, depot)
    ui = dialog.ui
    qtbot.waitUntil(lambda: all(whole(label) for label in (ui.serial_error, ui.product_model_error,
                                                          ui.sale_date_error)))
    if language == "en":  # the controls named as the English form labels them, with plain quotes
        assert dialog.errors.message("serial") == 'Enter the serial number, or tick "Serial unknown".'
        assert dialog.errors.message("sale_date") == \
            'Enter the sale date on the invoice, or untick "Invoice present".'
    else:
        assert dialog.errors.message("serial") == "请输入序列号，或勾选“序列号不详”。"
    keep_screenshot(dialog, f"identify_empty_{language or 'zh'}")


def test_typing_the_product_clears_the_messages_it_answers(qtbot, depot: Depot) -> None:
    dialog = saved_empty(qtbot, depot)
    ui = dialog.ui
    assert dialog.errors.message("product_model") == "请选择产品型号。"
    qtbot.keyClicks(ui.serial_edit, "S57XXBAD")
    assert dialog.errors.message("serial") == ""  # gone at the first key, the others wait for theirs
    assert dialog.errors.message("product_model") == "请选择产品型号。"
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    assert dialog.errors.message("product_model") == ""
    qtbot.keyClicks(ui.sale_date_edit, (TODAY - dt.timedelta(days=200)).isoformat())
    qtbot.waitUntil(lambda: ui.decision_panel.ui.remedies_value.text() == "免费维修")
    assert [dialog.errors.message(f) for f in ("serial", "product_model", "sale_date")] == ["", "", ""]
    keep_screenshot(dialog, "identify_fixed_zh")


def test_an_impossible_sale_date_is_called_so_not_a_wrong_format(qtbot, depot: Depot) -> None:
    dialog = saved_empty(qtbot, depot)
    qtbot.keyClicks(dialog.ui.sale_date_edit, "2026-02-30")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors.message("sale_date") == "2026-02-30 不是有效日期。"
