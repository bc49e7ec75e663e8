"""The assessment rule set (E24): publishing a version, acknowledging it, filing signed sheets, printing the sheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from evaluation_depot import RULES_PUBLISHED, TODAY, clock_on, evaluation_depot
from printing_support import pdf_text
from PySide6.QtCore import QDate
from sqlalchemy import select

from desktop_app.core.vocabulary import FineReason
from desktop_app.db.models import PrintedDocument, RuleAcknowledgement
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.rule_set_dialog import RuleSetDialog
from desktop_app.services.assessment_views import AssessmentViews


@pytest.fixture
def depot(database):
    return evaluation_depot(database)


def rule_dialog(qtbot, depot, who: str) -> RuleSetDialog:
    dialog = RuleSetDialog(EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY)), depot.staff[who])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def acknowledged(depot, version: int = 1) -> dict[str, dt.date | None]:
    return {p.name: p.acknowledged_on for p in AssessmentViews(depot.db.sessions).acknowledgements(version)}


def test_the_manager_publishes_a_new_version_with_its_amounts(qtbot, depot):
    dialog = rule_dialog(qtbot, depot, "manager")
    ui = dialog.ui
    assert ui.versions_table.rowCount() == 1 and ui.versions_table.item(0, 0).text() == "第 1 版"
    assert "不服从派工：<b>¥100.00</b>" in ui.terms_label.text()
    assert dialog.spins[FineReason.LATE_ARRIVAL].value() == 30  # the latest amounts prefill the next version
    dialog.spins[FineReason.LATE_ARRIVAL].setValue(45)
    ui.attitude_spin.setValue(250)
    ui.published_on_edit.setDate(QDate(RULES_PUBLISHED.year, RULES_PUBLISHED.month, RULES_PUBLISHED.day).addDays(-1))
    ui.publish_button.click()
    assert ui.error_label.text() == f"新版本的发布日期不能早于最新版本（{RULES_PUBLISHED.isoformat()}）。"
    ui.published_on_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    with qtbot.waitSignal(dialog.changed):
        ui.publish_button.click()
    assert ui.message_label.text() == "第 2 版已发布；请每位员工签署确认书。"
    assert [ui.versions_table.item(r, 0).text() for r in range(2)] == ["第 2 版", "第 1 版"]
    newest = AssessmentViews(depot.db.sessions).rule_sets()[0]
    assert newest.version == 2 and newest.published_on == TODAY
    assert newest.terms.fines[FineReason.LATE_ARRIVAL] == Decimal("45.00")
    assert newest.terms.attitude_bonus_deduction == Decimal("250.00")
    assert ui.acknowledgements_label.text() == "第 2 版的确认情况"


def test_a_technician_acknowledges_but_cannot_publish(qtbot, depot):
    dialog = rule_dialog(qtbot, depot, "tech")
    ui = dialog.ui
    assert not ui.publish_button.isEnabled() and "权限" in ui.publish_button.toolTip()
    assert not ui.record_signed_button.isEnabled()
    assert ui.acknowledge_button.text() == "我已阅读第 1 版：确认(&A)" and ui.acknowledge_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        ui.acknowledge_button.click()
    assert ui.message_label.text() == "您已确认第 1 版。"
    assert acknowledged(depot)["李工"] == TODAY
    assert not ui.acknowledge_button.isEnabled()
    row = next(r for r in range(ui.acknowledgements_table.rowCount())
               if ui.acknowledgements_table.item(r, 0).text() == "李工")
    assert ui.acknowledgements_table.item(row, 3).text() == TODAY.isoformat()


def test_the_manager_files_a_signed_sheet_with_its_date(qtbot, depot):
    dialog = rule_dialog(qtbot, depot, "manager")
    ui = dialog.ui
    tech2 = depot.staff["tech2"].staff_id
    dialog.select_staff(tech2)
    assert ui.record_signed_button.isEnabled()
    early = RULES_PUBLISHED - dt.timedelta(days=1)
    ui.signed_on_edit.setDate(QDate(early.year, early.month, early.day))
    ui.record_signed_button.click()
    assert ui.error_label.text() == f"签字日期须在发布日期（{RULES_PUBLISHED.isoformat()}）与今天之间。"
    assert acknowledged(depot)["王工"] is None
    signed = RULES_PUBLISHED + dt.timedelta(days=3)
    ui.signed_on_edit.setDate(QDate(signed.year, signed.month, signed.day))
    ui.record_signed_button.click()
    assert ui.message_label.text() == "王工 签字的第 1 版确认书已登记。"
    assert acknowledged(depot)["王工"] == signed
    assert dialog.selected_staff().staff_id == tech2 and not ui.record_signed_button.isEnabled()


def test_the_acknowledgement_sheet_prints_the_version_and_amounts(qtbot, depot, database, tmp_path):
    dialog = rule_dialog(qtbot, depot, "manager")
    dialog.select_staff(depot.staff["tech"].staff_id)
    with qtbot.waitSignal(dialog.jobs.preview_opened, timeout=20_000) as opened:
        dialog.ui.print_sheet_button.click()
    preview = opened.args[0]
    text = pdf_text(preview.pdf)
    assert "考核制度确认书" in text and "李工" in text and RULES_PUBLISHED.isoformat() in text
    assert "100.00" in text and "不服从派工" in text and "王总" in text  # the amounts and who announced them
    assert preview.save_to(tmp_path / "sheet.pdf")  # logged once saved (E24)
    preview.close()
    with database.sessions.read() as s:
        assert s.scalar(select(PrintedDocument.document)) == "rules_acknowledgement"
        assert s.scalar(select(RuleAcknowledgement.id)) is None  # printing is not acknowledging
