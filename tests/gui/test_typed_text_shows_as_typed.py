"""What a customer or colleague typed is shown as typed: "A&B <b>公司</b>" is never made bold or eaten as
markup, in the claims tab's detail line, the intake form's messages, the work-order panel and the dialogs."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimListing

MARKUP = "A&B <b>公司</b>"


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def take_in(depot: Depot, serial: str):
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name=MARKUP, phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="<i>不通电</i>", accessories_received=("电源线", "挂耳")))


def test_the_claims_tab_detail_line_shows_a_company_name_with_markup_as_typed(qtbot, depot):
    saved = take_in(depot, "S728MARKUP1")
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    tab.ui.table_view.selectRow(0)
    detail = tab.ui.detail_label
    assert saved.number in detail.text() and MARKUP in detail.text() and "<i>不通电</i>" in detail.text()
    assert detail.textFormat() is Qt.TextFormat.PlainText


def test_the_intake_forms_message_quotes_a_typed_model_as_typed(qtbot, depot):
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])
    qtbot.addWidget(tab)
    dialog = tab.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText("孙先生")
    ui.phone_edit.setText("13600001111")
    ui.model_combo.setEditText("<b>X1</b>")
    ui.serial_edit.setText("S1")
    ui.sale_date_edit.setText("2024-01-15")
    ui.fault_edit.setPlainText("风扇异响")
    dialog.save()
    assert "<b>X1</b>" in dialog.errors.message("product_model")
    assert ui.product_model_error.textFormat() is Qt.TextFormat.PlainText
    dialog.discard_changes()


def test_the_work_order_panel_shows_the_customer_and_fault_as_typed(qtbot, depot):
    saved = take_in(depot, "S728MARKUP2")
    tab = workspace(qtbot, depot, "sup")
    tab.open_order(depot.order_id(saved.work_order_number))
    ui = tab.panel.ui
    assert MARKUP in ui.customer_value.text() and ui.fault_reported_value.text() == "<i>不通电</i>"
    for value in (ui.customer_value, ui.fault_reported_value, ui.address_value, ui.diagnosis_value):
        assert value.textFormat() is Qt.TextFormat.PlainText


# Every other label that shows a name, a note or a description someone typed (one kind: dialogs' labels).
TYPED_TEXT_LABELS = {
    "ui_approval_queue_dialog": ("Ui_ApprovalQueueDialog", ["detail_label"]),
    "ui_return_completion_dialog": ("Ui_ReturnCompletionDialog", ["intro_label"]),
    "ui_intake_decision_panel": ("Ui_IntakeDecisionPanel", ["approval_value"]),
    "ui_requisition_detail_panel": ("Ui_RequisitionDetailPanel", ["note_value", "created_by_value"]),
    "ui_return_window": ("Ui_ReturnWindow", ["note_value"]),
    "ui_evaluation_complaints_dialog": ("Ui_ComplaintsDialog", ["selected_label"]),
    "ui_evaluation_fines_dialog": ("Ui_FinesDialog", ["selected_label"]),
    "ui_evaluation_detail_panel": ("Ui_EvaluationDetailPanel", ["name_label"]),
    "ui_users_dialog": ("Ui_UsersDialog", ["selected_label"]),
    "ui_survey_entry_dialog": ("Ui_SurveyEntryDialog", ["order_label"]),
    "ui_stock_movement_dialog": ("Ui_StockMovementDialog", ["intro_label", "signoff_value"]),
    "ui_work_order_note_dialog": ("Ui_WorkOrderNoteDialog", []),  # intro_label: set by OrderDialog below
}


@pytest.mark.parametrize("module", sorted(TYPED_TEXT_LABELS))
def test_dialog_labels_with_typed_text_are_plain_text(qtbot, module):
    forms = importlib.import_module(f"desktop_app.gui.forms.{module}")
    class_name, names = TYPED_TEXT_LABELS[module]
    form_class = getattr(forms, class_name, None) or next(
        getattr(forms, n) for n in dir(forms) if n.startswith("Ui_"))
    form = form_class()
    host = QDialog()  # a QDialog serves the widget forms too (the dialogs' forms connect to reject)
    qtbot.addWidget(host)
    form.setupUi(host)
    for name in names:
        label: QLabel = getattr(form, name)
        assert label.textFormat() is Qt.TextFormat.PlainText, name


def test_work_order_dialogs_intro_shows_the_customer_as_typed(qtbot, depot):
    from desktop_app.gui.work_orders.note_dialog import NoteDialog
    from desktop_app.gui.work_orders.order_services import WorkOrderServices

    dialog = NoteDialog(WorkOrderServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(dialog)
    assert dialog.ui.intro_label.textFormat() is Qt.TextFormat.PlainText


def test_a_search_with_markup_is_quoted_as_typed_when_nothing_matches(qtbot, depot):
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.search_edit.setText("<b>nobody</b>")
    tab.apply_search()
    assert "<b>nobody</b>" in tab.ui.empty_label.text()
    assert tab.ui.empty_label.textFormat() is Qt.TextFormat.PlainText
