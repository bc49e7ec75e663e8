"""W8 in the GUI: the audit viewer shows how a negotiation ended in the settling dialog's words, in
Chinese and English (not "repair" or "closed"); a requisition's rest closed short names its parts by
part number; the settling dialog opens as tall as its contents, no empty band above its buttons."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import pytest
from gui_support import keep_screenshot
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.gui.audit_table_model import CHANGES, AuditTableModel, change_lines
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.negotiation_dialog import NegotiationDialog
from desktop_app.services.audit_log import AuditFilter, AuditLog, AuditRow
from desktop_app.services.audit_references import References
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.negotiations import NegotiationService, Outcome
from desktop_app.start import prepare_application


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def escalated(depot: Depot, serial: str, note: str = "主板停产无备件", channel=ClaimChannel.WALK_IN):
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=channel, fault_description="不通电", accessories_received=("电源线",), escalated_note=note))


def settle(depot: Depot, serial: str, outcome: Outcome, who: str = "sup", **kwargs) -> int:
    claim_id = escalated(depot, serial).id
    service = NegotiationService(depot.db.sessions)
    service.settle(depot.staff[who], claim_id, outcome, "协商一致", service.negotiation(depot.staff[who], claim_id).version,
                   **kwargs)
    return claim_id


def outcome_lines(depot: Depot) -> dict[int, str]:
    """Each settled claim's "outcome" line, as the viewer writes it."""
    rows = AuditLog(depot.db.sessions).page(depot.staff["manager"], AuditFilter(), limit=500)
    return {row.entity_id: next(line for line in change_lines(row) if line.startswith(("结果:", "Outcome:")))
            for row in rows if row.action == "settle_negotiation"}


def test_the_audit_viewer_shows_a_settlements_outcome_in_the_dialogs_words(qtbot, depot):
    claims = {settle(depot, "S728AUDCLOSE", Outcome.CLOSED): ("不予服务，结案", "Closed without service"),
              settle(depot, "S728AUDPAID", Outcome.REPAIR, paid=True): ("收费维修", "Paid repair"),
              settle(depot, "S728AUDFREE", Outcome.REPAIR, paid=False): ("免费维修", "Free repair"),
              settle(depot, "S728AUDEXCH", Outcome.EXCHANGE): ("换货", "Exchange"),
              settle(depot, "S728AUDREF", Outcome.REFUND, who="manager"): ("退款", "Refund")}
    dialog = NegotiationDialog(DeskServices.for_sessions(depot.db.sessions), depot.staff["manager"])
    qtbot.addWidget(dialog)
    offered = {dialog.ui.outcome_combo.itemText(i) for i in range(dialog.ui.outcome_combo.count())}
    assert {"不予服务，结案", "收费维修", "免费维修", "换货"} <= offered  # the same words as the dialog
    assert outcome_lines(depot) == {claim_id: f"结果: {zh}" for claim_id, (zh, _) in claims.items()}
    model = AuditTableModel(AuditLog(depot.db.sessions), depot.staff["manager"])  # the viewer's table
    model.reload()
    cells = [model.index(row, CHANGES).data() for row in range(model.rowCount())]
    # How it ended leads the one-line cell (the claim's changed columns follow), never the stored code.
    assert any(cell.startswith("结果: 不予服务，结案; 备注: 协商一致") for cell in cells)
    assert not any("结果: closed" in cell or "结果: repair" in cell for cell in cells)
    prepare_application("en")
    try:
        assert outcome_lines(depot) == {claim_id: f"Outcome: {en}" for claim_id, (_, en) in claims.items()}
    finally:
        prepare_application(None)


def test_a_requisition_closed_short_names_its_parts_by_part_number():
    refs = References(MappingProxyType({"part": MappingProxyType({16: "SFP-GE-LX"})}))  # the page's look-up
    row = AuditRow(1, dt.datetime.now(dt.timezone.utc), "boss", "requisition", 3, "close_short",
                   {"reason": "停产", "closed_short": {"16": 3}}, None, refs=refs)
    assert "已结束未供货: SFP-GE-LX ×3" in change_lines(row)


def test_the_settling_dialog_opens_as_tall_as_its_contents(qtbot, depot):
    services = DeskServices.for_sessions(depot.db.sessions)
    for serial, note, channel in (("S728FITWALK", "主板停产无备件", ClaimChannel.WALK_IN),
                                  ("S728FITSITE", "该批次主板已停产无备件，转主管处理，3个工作日内答复客户。" * 3,
                                   ClaimChannel.ON_SITE_REQUEST)):
        saved = escalated(depot, serial, note, channel)
        dialog = NegotiationDialog(services, depot.staff["sup"])
        qtbot.addWidget(dialog)
        assert dialog.start(saved.id)
        dialog.show()
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        last = ui.arrival_edit if channel is ClaimChannel.ON_SITE_REQUEST else ui.note_edit
        assert last.isVisible()
        # Under the last row only the (empty) error line and the layout's spacing: no empty band.
        band = ui.ok_button.geometry().top() - last.geometry().bottom()
        assert band <= ui.error_label.height() + 4 * dialog.layout().spacing(), band
        for row in (ui.outcome_combo, ui.note_edit, last):  # and nothing squeezed by a long note
            assert row.height() >= row.minimumSizeHint().height()
        assert ui.escalation_label.height() >= ui.escalation_label.heightForWidth(ui.escalation_label.width())
        keep_screenshot(dialog, f"negotiation_dialog_{serial}")
        dialog.close()
