"""Access keys of the order windows (intake, work orders, requisitions, returns): no letter shared on screen.

The companion of test_access_keys.py for the windows a claim passes through, each in the modes users see.
"""

from __future__ import annotations

import datetime as dt

import pytest
from access_keys import Clashes
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import Product, Unit
from desktop_app.gui.requisitions.action_rules import Action as RequisitionAction
from desktop_app.gui.requisitions.new_return_dialog import NewReturnDialog
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import LinesPurpose
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
from desktop_app.gui.work_orders.note_dialog import NoteDialog
from desktop_app.services.requisition_details import SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.work_orders import WorkOrderService
from desktop_app.start import prepare_application


@pytest.fixture
def clashes() -> Clashes:
    return Clashes()


@pytest.fixture(params=["zh_CN", "en"])
def language(request, chinese_app) -> str:
    prepare_application(request.param)
    return request.param


@pytest.fixture
def depot(language, database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():  # a dead-on-arrival unit for a return application (D11)
        product = s.scalar(select(Product))
        s.add(Unit(serial="DOA-1", product_id=product.id, centre_received_date=TODAY - dt.timedelta(days=3)))
    return depot


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- claim intake ---------------------------------------------------------------------------------
def test_intake_dialog_form_and_saved_pages(qtbot, clashes: Clashes, language, main_window, database) -> None:
    load_sample_data(database.sessions, claims=5)
    main_window.reload_all()
    tab = main_window.tabs[0]
    clashes.check(main_window, "claims tab")
    tab.focus_search()
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.windows.intake
    qtbot.waitActive(dialog)
    clashes.check(dialog, "new claim")
    ui = dialog.ui
    ui.name_edit.setText("林晓梅")
    ui.phone_edit.setText("13922334455")
    ui.city_edit.setText("深圳")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText("S728KEYS001")
    ui.sale_date_edit.setText((TODAY - dt.timedelta(days=200)).isoformat())
    ui.fault_edit.setPlainText("不通电")
    dialog.refresh_preview()
    clashes.check(dialog, "filled in")
    click(qtbot, ui.save_button)
    assert dialog.saved is not None, ui.form_error_label.text()
    clashes.check(dialog, "saved")
    assert not clashes, str(clashes)


# --- work orders ----------------------------------------------------------------------------------
def order_in(depot: Depot, serial: str, *states: S) -> int:
    order_id = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    for state in states:
        orders.set_state(depot.staff["tech"], order_id, state)
    return order_id


def press(qtbot, tab, action: Action) -> None:
    click(qtbot, tab.panel.buttons[action])


def test_work_order_dialogs(qtbot, clashes: Clashes, depot: Depot) -> None:
    order_id = order_in(depot, "SN-KEYS-1", S.DIAGNOSING)
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    clashes.check(tech, "an order being diagnosed")
    press(qtbot, tech, Action.DIAGNOSE)
    diagnosis = tech.order_actions.dialog(DiagnosisDialog)
    clashes.check(diagnosis, "form")
    diagnosis.ui.fault_combo.setCurrentIndex(1)
    click(qtbot, diagnosis.ui.save_button)
    assert diagnosis.ui.pages.currentIndex() == 1, diagnosis.ui.error_label.text()
    clashes.check(diagnosis, "result")
    click(qtbot, diagnosis.ui.close_button)

    press(qtbot, tech, Action.EXCHANGE)
    note = tech.order_actions.dialog(NoteDialog)
    clashes.check(note, "exchange")
    note.reject()

    sup = workspace(qtbot, depot, "sup")
    sup.open_order(order_in(depot, "SN-KEYS-2"))
    press(qtbot, sup, Action.CANCEL)
    note = sup.order_actions.dialog(NoteDialog)
    clashes.check(note, "cancel")
    note.reject()

    desk = workspace(qtbot, depot, "operator")
    desk.open_order(order_in(depot, "SN-KEYS-3", S.DIAGNOSING, S.REPAIRED))
    press(qtbot, desk, Action.OPINION)
    note = desk.order_actions.dialog(NoteDialog)
    clashes.check(note, "opinion")
    note.reject()
    assert not clashes, str(clashes)


# --- requisitions and returns ---------------------------------------------------------------------
@pytest.fixture
def requisitions(qtbot, depot: Depot) -> RequisitionsTab:
    tab = RequisitionsTab(SortedRequisitionListing(depot.db.sessions),
                          RequisitionServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_requisition_cancel(qtbot, clashes: Clashes, depot: Depot, requisitions: RequisitionsTab) -> None:
    RequisitionService(depot.db.sessions).create(depot.staff["sup"], TODAY.replace(day=1),
                                                 [(depot.part_ids["FAN-01"], 1)])
    requisitions.reload()
    requisitions.ui.table_view.selectRow(0)
    clashes.check(requisitions, "a draft requisition")
    click(qtbot, requisitions.panel.buttons[RequisitionAction.CANCEL])
    dialog = requisitions.actions.dialog(RequisitionNoteDialog)
    clashes.check(dialog, "cancel")
    assert not clashes, str(clashes)


def test_return_application_dialogs(qtbot, clashes: Clashes, requisitions: RequisitionsTab) -> None:
    click(qtbot, requisitions.ui.returns_button)
    window = requisitions.returns_window
    clashes.check(window, "empty")
    click(qtbot, window.ui.new_button)
    new = window.dialog(NewReturnDialog)
    clashes.check(new, "empty")
    new.ui.unit_radio.setChecked(True)
    new.ui.code_edit.setText("DOA-1")
    new.ui.reason_edit.setText("开箱不通电")
    qtbot.keyClick(new.ui.reason_edit, Qt.Key.Key_Return)  # Enter in the reason adds the line
    assert len(new.lines) == 1, new.ui.error_label.text()
    new.ui.lines_table.selectRow(0)
    clashes.check(new, "a line")
    click(qtbot, new.ui.save_button)
    assert not new.isVisible()
    clashes.check(window, "a draft")
    click(qtbot, window.ui.apply_button)
    clashes.check(window, "applied")
    for button, where in ((window.ui.approve_button, "approve"), (window.ui.refuse_button, "refuse")):
        click(qtbot, button)
        note = window.dialog(RequisitionNoteDialog)
        clashes.check(note, where)
        note.reject()
    for purpose in LinesPurpose:  # what the ship and acknowledge buttons open
        lines = window.open_lines(purpose)
        clashes.check(lines, purpose)
        lines.discard_changes()
        lines.reject()
    assert not clashes, str(clashes)
