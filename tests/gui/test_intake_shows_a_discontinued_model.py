"""The intake form says so when the model typed or brought by a scanned serial is no longer sold; it still takes it in."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot

from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.services.lookup import UnitBrief
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue

NOTICE = "该型号已停用（仍可受理保修）"


def test_a_discontinued_model_gets_a_notice_next_to_it_and_is_still_judged(qtbot, database, manager) -> None:
    catalogue = ProductCatalogue(database.sessions)
    ie = catalogue.add_category(manager, CategoryInput("industrial_ethernet", "工业以太网交换机", "Industrial Ethernet"))
    catalogue.add_model(manager, ModelInput("IES-2008G", "8口千兆工业以太网交换机", ie.id, ("电源适配器",)))
    old = catalogue.add_model(manager, ModelInput("IES-1005", "5口工业以太网交换机", ie.id, ("电源适配器",)))
    catalogue.set_model_active(manager, old.id, False)
    dialog = IntakeDialog(DeskServices.for_sessions(database.sessions), manager)
    qtbot.addWidget(dialog)
    sold = dt.date.today() - dt.timedelta(days=4 * 365)  # free repair only for industrial Ethernet's 5 years (W4)
    # A scanned serial of a registered unit brings its model: the notice is there as the form opens.
    dialog.start(unit=UnitBrief(1, "IE-OLD-1", "IES-1005", sold, None, True))
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    dialog.confirm_discard = lambda: True  # a failed check must not leave a question open at teardown
    assert ui.model_notice_label.isVisible() and ui.model_notice_label.text() == NOTICE
    ui.invoice_check.setChecked(True)  # the customer shows the invoice (W10)
    free_repair = "免费保修期（W4）"  # judged by its category, as an active model would be (W4, W12)
    qtbot.waitUntil(lambda: ui.decision_panel.ui.tier_label.text() == free_repair)
    assert ui.model_notice_label.isVisible()  # a notice, not an error: nothing blocks the save
    keep_screenshot(dialog, "intake_discontinued_model")
    # Typed by hand: an active model of the same line hides it, the discontinued one shows it again.
    ui.model_combo.lineEdit().clear()
    qtbot.keyClicks(ui.model_combo.lineEdit(), "IES-2008G")
    qtbot.waitUntil(lambda: not ui.model_notice_label.isVisible())
    ui.model_combo.lineEdit().clear()
    qtbot.keyClicks(ui.model_combo.lineEdit(), "IES-1005")
    qtbot.waitUntil(lambda: ui.model_notice_label.isVisible())
    dialog.discard_changes()  # closes without asking
