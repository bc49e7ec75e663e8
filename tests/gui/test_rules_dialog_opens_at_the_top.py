"""The rules dialog (考核制度) opens with its acknowledgement list read from the top: the first person's
row is whole even when the signed-in user's row, selected, is low in a long list."""

from __future__ import annotations

import pytest
from evaluation_depot import TODAY, clock_on, evaluation_depot

from desktop_app.core.roles import Role
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.rule_set_dialog import RuleSetDialog
from desktop_app.services.accounts import AccountService


@pytest.fixture
def depot(database):
    return evaluation_depot(database)


def test_the_acknowledgement_list_opens_scrolled_to_its_first_row(qtbot, depot):
    accounts = AccountService(depot.db.sessions)
    for n in range(12):
        accounts.add_user(depot.staff["manager"], f"desk{n:02d}", f"前台{n:02d}", Role.OPERATOR, "secret-123")
    last = accounts.sign_in("desk11", "secret-123")  # listed late: its own row is selected on opening
    dialog = RuleSetDialog(EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY)), last)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.acknowledgements_table
    assert table.rowCount() > 12 and dialog.selected_staff().staff_id == last.staff_id
    assert table.verticalScrollBar().maximum() > 0  # the list is longer than its view
    assert table.verticalScrollBar().value() == 0
    assert table.visualRect(table.model().index(0, 0)).top() >= 0  # the first row is whole
