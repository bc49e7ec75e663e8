"""E24: the supervisor reads the audit log as evidence: the number column shows RQ-2026-000011 rather
than a row id, the parts received read by part number, the quota as money, and typing the number on
the paper finds that requisition's entries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from gui_support import keep_screenshot
from work_order_fixtures import build_depot

from desktop_app.gui.audit_table_model import ACTION, CHANGES, ENTITY_ID
from desktop_app.gui.dialogs.audit_viewer import AuditViewer
from desktop_app.services.accounts import AccountService
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisitions import RequisitionService
from desktop_app.start import prepare_application

MONTH = dt.date.today().replace(day=1)


def test_the_viewer_shows_and_finds_a_requisition_by_its_number(qtbot, database):
    depot = build_depot(database)
    boss, sup = depot.staff["manager"], depot.staff["sup"]
    fund = FundService(database.sessions)
    fund.set_rate(boss, dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(boss, MONTH, D("265200.00"))  # quota this quarter: 13,260.00
    service = RequisitionService(database.sessions)
    fan, power = depot.part_ids["FAN-01"], depot.part_ids["PWR-01"]
    number = service.create(sup, MONTH, [(fan, 12), (power, 1)])
    service.submit(sup, number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {fan: 12})  # partly: PWR-01 still to come
    viewer = AuditViewer(AuditLog(database.sessions), AccountService(database.sessions), boss)
    qtbot.addWidget(viewer)
    viewer.resize(1120, 680)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.start()
    model = viewer.model
    assert model.index(0, ACTION).data() == "收货" and model.index(0, ENTITY_ID).data() == number
    assert "到货数量: FAN-01 ×12" in model.index(0, CHANGES).data()  # not {16: 12}
    submitted = next(model.index(r, CHANGES).data() for r in range(model.rowCount())
                     if model.index(r, ACTION).data() == "提交")
    assert "额度: ¥13,260.00" in submitted
    with qtbot.waitSignal(model.reloaded, timeout=3000):
        qtbot.keyClicks(viewer.ui.entity_id_edit, number.lower())  # as typed from the paper
    assert model.total == 4 and {model.index(r, ENTITY_ID).data() for r in range(model.rowCount())} == {number}
    keep_screenshot(viewer, "audit_viewer_numbers_zh")
    prepare_application("en")
    try:
        viewer.ui.retranslateUi(viewer)
        model.reload()
        assert "Quantities received: FAN-01 ×12" in model.index(0, CHANGES).data()
        keep_screenshot(viewer, "audit_viewer_numbers_en")
    finally:
        prepare_application(None)
