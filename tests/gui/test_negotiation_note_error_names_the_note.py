"""协商处理 (W8): an empty note is refused naming the note (the outcome box is filled already), and the arrival
time (S3) is asked for in the intake form's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.gui.intake.negotiation_dialog import NegotiationDialog
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.start import prepare_application
from gui_support import keep_screenshot
from test_settle_negotiation_gui import desk, select


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def escalated_on_site(depot: Depot):
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="韩梅梅", phone="13812345679", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="S728NOTEERR", sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.ON_SITE_REQUEST, fault_description="不通电",
        escalated_note="客户为大客户，要求整机更换"))


@pytest.mark.parametrize("language", [None, "en"])
def test_an_empty_note_is_refused_naming_the_note(qtbot, depot, language):
    prepare_application(language)
    saved = escalated_on_site(depot)
    tab = desk(qtbot, depot, "sup")
    select(tab, saved.number)
    qtbot.mouseClick(tab.ui.negotiation_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NegotiationDialog)
    ui = dialog.ui
    assert ui.arrival_edit.isVisible()  # a free repair on site opens an on-site order (S3)
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    keep_screenshot(dialog, f"negotiation_empty_{language or 'zh'}")
    if language == "en":
        assert ui.error_label.text() == "Write in the note what was agreed with the customer (W8)."
        assert ui.arrival_edit.placeholderText() == "When the customer wants us there, e.g. 2026-03-18 14:30"
    else:
        assert ui.error_label.text() == "请在“说明”中填写与客户达成的约定（W8）。"
        assert ui.note_label.text().startswith("说明")
        assert ui.arrival_edit.placeholderText() == "客户要求的上门时间，如 2026-03-18 14:30"  # as at intake
