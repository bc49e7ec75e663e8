"""The intake form names the product next to the model for a discontinued model and for one typed in lower
case, and saves the claim on the catalogue's model (W4, W12)."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.db.models import Claim, Product, Unit
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import DONE_PAGE, IntakeDialog
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue

NOTICE = "该型号已停用（仍可受理保修）"


def test_a_discontinued_model_typed_in_lower_case_shows_its_name_and_category(qtbot, database, manager) -> None:
    catalogue = ProductCatalogue(database.sessions)
    ie = catalogue.add_category(manager, CategoryInput("industrial_ethernet", "工业以太网交换机", "Industrial Ethernet"))
    catalogue.add_model(manager, ModelInput("IES-2008G", "8口千兆工业以太网交换机", ie.id, ("电源适配器",)))
    old = catalogue.add_model(manager, ModelInput("IES-1005", "5口工业以太网交换机", ie.id, ("电源适配器",)))
    catalogue.set_model_active(manager, old.id, False)
    dialog = IntakeDialog(DeskServices.for_sessions(database.sessions), manager)
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.confirm_discard = lambda: True  # a failed check must not leave a question open at teardown
    ui = dialog.ui
    assert [ui.model_combo.itemText(i) for i in range(ui.model_combo.count())] == ["IES-2008G"]  # picker: active only

    qtbot.keyClicks(ui.model_combo.lineEdit(), "ies-1005")  # as a scanner in lower case types it
    qtbot.waitUntil(lambda: ui.product_name_label.text() == "5口工业以太网交换机（工业以太网交换机）")
    assert ui.model_notice_label.isVisible() and ui.model_notice_label.text() == NOTICE
    assert ui.accessories_list.count() == 1  # the model's checklist (W2), as for an active model
    qtbot.keyClicks(ui.name_edit, "Liu")
    qtbot.keyClicks(ui.phone_edit, "13812345678")
    qtbot.keyClicks(ui.serial_edit, "IE-OLD-7")
    qtbot.keyClicks(ui.sale_date_edit, (dt.date.today() - dt.timedelta(days=4 * 365)).isoformat())
    ui.fault_edit.setPlainText("端口不通")
    ui.accessories_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ui.decision_panel.ui.tier_label.text() == "免费保修期（W4）")  # by its category
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    keep_screenshot(dialog, "intake_discontinued_model_named")

    ui.save_button.click()
    qtbot.waitUntil(lambda: ui.pages.currentIndex() == DONE_PAGE)
    with database.sessions.read() as s:
        stored = s.scalar(select(Product.model).join(Unit, Unit.product_id == Product.id)
                          .join(Claim, Claim.unit_id == Unit.id).where(Claim.id == dialog.saved.id))
    assert stored == "IES-1005"  # the catalogue's model, in its spelling

    dialog.start()  # an active model in lower case: named the same way, no notice
    qtbot.keyClicks(ui.model_combo.lineEdit(), "ies-2008g")
    qtbot.waitUntil(lambda: ui.product_name_label.text() == "8口千兆工业以太网交换机（工业以太网交换机）")
    assert not ui.model_notice_label.isVisible()
    dialog.discard_changes()
