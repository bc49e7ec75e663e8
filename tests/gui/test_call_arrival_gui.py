"""来电登记: a fax or message that came in overnight is registered with the time it arrived (S1)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import select
from test_call_register import START, Clock, open_register, register_call

from desktop_app.db.models import Call
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing

OVERNIGHT = START - dt.timedelta(hours=7)


@pytest.fixture
def tab(qtbot, database, manager) -> ClaimsTab:
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions, Clock(START)), manager)
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_search()
    return tab


def local(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.astimezone().replace(tzinfo=None))


def test_an_overnight_fax_is_due_eight_hours_after_it_arrived(qtbot, tab, database) -> None:
    dialog = open_register(qtbot, tab)
    ui = dialog.ui
    assert not ui.received_check.isChecked() and not ui.received_edit.isEnabled()  # a live call: now
    assert ui.received_check.text() == "此前收到(&E)，时间："
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(ui.caller_edit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # the access key ticks it
    qtbot.waitUntil(ui.received_check.isChecked)  # a button's access key clicks it animated
    assert ui.received_edit.isEnabled()
    ui.received_edit.setDateTime(local(OVERNIGHT))
    due = local_time_text(OVERNIGHT + dt.timedelta(hours=8))
    assert due in ui.clock_label.text()  # the clock the desk sees runs from the arrival
    register_call(qtbot, dialog, "周先生", "0755-26781234", "传真报修")
    assert due in ui.result_label.text()
    with database.sessions.read() as s:
        call = s.scalar(select(Call))
    assert call.received_at == OVERNIGHT and call.reply_due_at == OVERNIGHT + dt.timedelta(hours=8)
    assert dialog.model.row_at(0).received_at == OVERNIGHT  # the register shows when it came
    assert not ui.received_check.isChecked()  # the next call is answered live again


def test_an_arrival_later_than_now_is_refused_at_the_field(qtbot, tab, database) -> None:
    dialog = open_register(qtbot, tab)
    ui = dialog.ui
    ui.received_check.setChecked(True)
    ui.received_edit.setDateTime(local(START + dt.timedelta(hours=1)))
    register_call(qtbot, dialog, "周先生", "0755-26781234", "传真报修")
    assert ui.received_at_error.text() == "收到时间不能晚于现在。"
    with database.sessions.read() as s:
        assert s.scalar(select(Call)) is None
