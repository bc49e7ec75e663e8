"""工具 > 产品型号: a fresh centre adds its categories and models in the window (or imports them), and the
intake form's model list offers a new model without a restart (W2 accessories, W4 categories)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from gui_support import keep_screenshot

from desktop_app.core.roles import Role
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.gui.products.products_window import ProductsWindow
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue

MODEL_LIST = ("型号,名称,类别,随机附件\r\n"
              "IES-2008G,8口千兆工业以太网交换机,industrial_ethernet,电源端子、DIN导轨卡扣、说明书\r\n"
              "R3040E,企业级VPN路由器,router,电源适配器\r\n")  # row 3: no such category yet


def window_for(qtbot, database, actor) -> ProductsWindow:  # type: ignore[no-untyped-def]
    window = ProductsWindow(database.sessions, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def models(window: ProductsWindow) -> list[str]:
    return [window.model.row_at(r).model for r in range(window.model.rowCount())]


def test_a_fresh_centre_adds_a_category_and_a_model_and_intake_offers_it(qtbot, database, manager) -> None:
    intake = IntakeDialog(DeskServices.for_sessions(database.sessions), manager)
    qtbot.addWidget(intake)
    intake.start()
    assert intake.ui.model_combo.count() == 0  # no demo data: nothing to offer
    window = window_for(qtbot, database, manager)
    assert "还没有产品类别" in window.ui.category_note.text()
    dialog = window.open_new_category()
    qtbot.keyClicks(dialog.ui.code_edit, "industrial_ethernet")
    dialog.ui.name_zh_edit.setText("工业以太网交换机")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.current_category().code == "industrial_ethernet"  # the new category is chosen
    # Users read the name and the count; the code (W4) is only in the tooltip.
    assert window.ui.category_list.item(1).text() == "工业以太网交换机\n型号：0"
    assert "industrial_ethernet" in window.ui.category_list.item(1).toolTip()
    dialog = window.open_new_model()
    assert dialog.ui.category_combo.currentText() == "工业以太网交换机"
    qtbot.keyClicks(dialog.ui.model_edit, "IES-2008G")
    dialog.ui.name_edit.setText("8口千兆工业以太网交换机")
    dialog.ui.accessories_edit.setText("电源端子、DIN导轨卡扣;说明书")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert models(window) == ["IES-2008G"]
    assert window.model.data(window.model.index(0, 3)) == "电源端子、DIN导轨卡扣、说明书"
    assert window.ui.message_label.text() == "型号 IES-2008G 已保存。"
    keep_screenshot(window, "product_models_window")
    intake.start()  # the next customer's form: read afresh, no restart
    assert [intake.ui.model_combo.itemText(i) for i in range(intake.ui.model_combo.count())] == ["IES-2008G"]


def test_wrong_fields_are_told_next_to_them_in_chinese(qtbot, database, manager) -> None:
    window = window_for(qtbot, database, manager)
    dialog = window.open_new_model()
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("model") == "请填写产品型号。"
    assert dialog.errors.message("name") == "请填写产品名称。"
    assert dialog.errors.message("category") == "请选择产品类别。"
    keep_screenshot(dialog, "product_model_dialog_errors")
    dialog.reject()
    dialog = window.open_new_category()
    dialog.ui.code_edit.setText("工业 以太网")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert "只能包含字母、数字" in dialog.errors.message("code")
    assert dialog.errors.message("name_zh") == "请填写类别的中文名称。"
    keep_screenshot(dialog, "product_category_dialog_errors")


def test_a_used_code_is_read_only_and_a_deactivated_model_leaves_the_list(qtbot, database, manager) -> None:
    catalogue = ProductCatalogue(database.sessions)
    router = catalogue.add_category(manager, CategoryInput("router", "路由器", "Router"))
    catalogue.add_model(manager, ModelInput("R3040E", "企业级VPN路由器", router.id, ("电源适配器",)))
    window = window_for(qtbot, database, manager)
    window.ui.category_list.setCurrentRow(1)
    dialog = window.open_edit_category()
    assert dialog.ui.code_edit.isReadOnly()  # W4: models use the code
    dialog.reject()
    window.ui.models_view.selectRow(0)
    assert window.ui.active_button.text() == "停用(&V)"
    qtbot.mouseClick(window.ui.active_button, Qt.MouseButton.LeftButton)
    assert models(window) == []  # the list shows active models unless asked
    assert "已停用" in window.ui.message_label.text()
    window.ui.inactive_check.setChecked(True)
    assert models(window) == ["R3040E"]
    assert catalogue.get_model("R3040E").active is False


def test_the_import_previews_rejected_rows_and_applies_the_rest(qtbot, database, manager, tmp_path: Path) -> None:
    ProductCatalogue(database.sessions).add_category(manager, CategoryInput("industrial_ethernet", "工业以太网交换机"))
    source = tmp_path / "型号清单.csv"
    source.write_bytes(MODEL_LIST.encode("gbk"))
    window = window_for(qtbot, database, manager)
    dialog = window.open_import(source)  # read on a pool thread; the answer comes through the event loop
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert [dialog.ui.tabs.tabText(i) for i in range(3)] == ["新增：1", "修改：0", "拒绝：1"]
    assert dialog.ui.rejected_table.item(0, 0).text() == "3"
    assert "没有产品类别“router”" in dialog.ui.rejected_table.item(0, 2).text()
    keep_screenshot(dialog, "product_import_dialog")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        qtbot.mouseClick(dialog.ui.apply_button, Qt.MouseButton.LeftButton)
    assert models(window) == ["IES-2008G"]


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.TECHNICIAN])
def test_only_the_supervisor_and_the_manager_see_the_menu_entry(qtbot, main_window, accounts, manager, role) -> None:
    action = main_window.products.action
    assert action.isVisible() and action in main_window.ui.menu_tools.actions()
    window = main_window.products.open()
    assert window.ui.add_model_button.isEnabled()
    accounts.add_user(manager, "someone", "某人", role, "secret-123")
    main_window.set_actor(accounts.sign_in("someone", "secret-123"))
    assert not action.isVisible() and not action.isEnabled()
    assert main_window.products.products_window is None  # the manager's window closed with the shift
