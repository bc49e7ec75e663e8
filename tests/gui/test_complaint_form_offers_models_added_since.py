"""E6 in the complaint form: a model added in 产品型号 while the staff window and its complaints list
stay open is offered the next time the registration form opens, without restarting the program."""

from __future__ import annotations

import pytest
from evaluation_depot import evaluation_depot, staff_tab
from sqlalchemy import select

from desktop_app.db.models import ProductCategory

from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.services.product_catalogue import ModelInput, ProductCatalogue


@pytest.fixture
def depot(database):
    return evaluation_depot(database)


def models_offered(qtbot, dialog) -> set[str]:
    dialog.ui.register_button.click()
    form: ComplaintForm = dialog.form
    qtbot.waitExposed(form)
    combo = form.ui.product_combo
    offered = {combo.itemText(i) for i in range(1, combo.count())}
    form.reject()
    return offered


def test_a_model_added_since_is_offered_when_the_form_opens_again(qtbot, depot):
    dialog = staff_tab(qtbot, depot).open_complaints()
    before = models_offered(qtbot, dialog)
    assert not any(text.startswith("X9-NEW") for text in before)
    with depot.db.sessions.read() as s:
        category = s.scalar(select(ProductCategory.id).limit(1))
    ProductCatalogue(depot.db.sessions).add_model(depot.staff["manager"], ModelInput("X9-NEW", "新款交换机", category))
    assert models_offered(qtbot, dialog) - before == {"X9-NEW 新款交换机"}
