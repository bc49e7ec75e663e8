"""A model taken off the catalogue's list still comes in for repair for years: judged as any model, flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import Claim, Product, Unit
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from work_order_fixtures import build_depot

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)  # 10:30 in Beijing
TODAY = NOW.astimezone().date()
SOLD = TODAY - dt.timedelta(days=4 * 365)  # past the 3-year repair of other products, within industrial Ethernet's 5 (W4)


def _form(model: str, serial: str) -> IntakeForm:
    return IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model=model, serial=serial, sale_date=SOLD, invoice_no="44031234"),
        channel=ClaimChannel.WALK_IN, fault_description="端口不通", accessories_received=("电源适配器",))


def test_a_deactivated_model_is_taken_in_and_judged_by_its_category_with_a_notice(database: Database) -> None:
    depot = build_depot(database)
    boss = depot.staff["manager"]
    catalogue = ProductCatalogue(database.sessions, today=lambda: TODAY)
    ie = catalogue.add_category(boss, CategoryInput("industrial_ethernet", "工业以太网交换机", "Industrial Ethernet"))
    for model in ("IES-2008G", "IES-1005"):
        row = catalogue.add_model(boss, ModelInput(model, "工业以太网交换机", ie.id, ("电源适配器",)))
    catalogue.set_model_active(boss, row.id, False)  # IES-1005 is no longer sold
    intake = ClaimIntakeService(database.sessions, clock=lambda: NOW)
    assert "IES-1005" not in {model for model, _name in intake.product_models()}  # the picker leaves it out

    old, current = intake.preview(_form("IES-1005", "IE-OLD-1")), intake.preview(_form("IES-2008G", "IE-NEW-1"))
    assert old.discontinued_model and not current.discontinued_model  # the form's notice
    assert old.decision == current.decision  # judged exactly as an active model of its category (W12)
    assert old.decision.best is Remedy.FREE_REPAIR  # rule W4: 5 years for industrial Ethernet
    assert old.decision.repair_until == current.decision.repair_until > TODAY
    visit = VisitIdentificationService(database.sessions, clock=lambda: NOW).preview(  # 登记产品 on a booked visit
        VisitProductForm("IES-1005", "IE-OLD-2", "端口不通", sale_date=SOLD), TODAY)
    assert visit.discontinued_model and visit.decision.best is Remedy.FREE_REPAIR

    saved = intake.take_in(depot.staff["operator"], _form("IES-1005", "IE-OLD-1"))
    assert saved.chosen is Remedy.FREE_REPAIR and saved.work_order_number is not None
    with database.sessions.read() as s:
        stored = s.execute(select(Product.model, Product.active).join(Unit, Unit.product_id == Product.id)
                           .join(Claim, Claim.unit_id == Unit.id).where(Claim.id == saved.id)).one()
    assert tuple(stored) == ("IES-1005", False)  # taken in on its own model, which stays deactivated

    # A model the catalogue does not have is refused at its field, as before; nothing is written.
    unknown = _form("IES-9999", "IE-X-1")
    assert intake.preview(unknown).decision is None and not intake.preview(unknown).discontinued_model
    with pytest.raises(FormInvalid) as refused:
        intake.take_in(depot.staff["operator"], unknown)
    assert [e.field for e in refused.value.errors] == ["product_model"]
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Product).where(Product.model == "IES-9999")) == 0
