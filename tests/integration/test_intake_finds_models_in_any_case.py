"""A model typed or scanned in another case than the catalogue's is the catalogue's model, and every known
model, deactivated ones too, comes with its name and category for the form to show (W4, W12)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import Claim, Product, Unit
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.model_lookup import ModelBrief, find_product
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from search_capture import captured, full_table_scans
from work_order_fixtures import build_depot

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)  # 10:30 in Beijing
TODAY = NOW.astimezone().date()
SOLD = TODAY - dt.timedelta(days=4 * 365)  # within industrial Ethernet's 5-year free repair only (W4)


def _form(model: str, serial: str) -> IntakeForm:
    return IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model=model, serial=serial, sale_date=SOLD, invoice_no="44031234"),
        channel=ClaimChannel.WALK_IN, fault_description="端口不通", accessories_received=("电源适配器",))


def test_a_model_typed_in_lower_case_is_the_catalogues_and_every_known_model_is_named(database: Database) -> None:
    depot = build_depot(database)
    boss = depot.staff["manager"]
    catalogue = ProductCatalogue(database.sessions, today=lambda: TODAY)
    ie = catalogue.add_category(boss, CategoryInput("industrial_ethernet", "工业以太网交换机", "Industrial Ethernet"))
    catalogue.add_model(boss, ModelInput("IES-2008G", "8口千兆工业以太网交换机", ie.id, ("电源适配器",)))
    old = catalogue.add_model(boss, ModelInput("IES-1005", "5口工业以太网交换机", ie.id, ("电源适配器",)))
    catalogue.set_model_active(boss, old.id, False)  # no longer sold, still repaired (W1-W4)
    intake = ClaimIntakeService(database.sessions, clock=lambda: NOW)
    assert "IES-1005" not in {model for model, _name in intake.product_models()}  # the picker leaves it out

    # The discontinued model gets the same name and category as an active one (the form shows them).
    exact, typed = intake.preview(_form("IES-1005", "IE-1")), intake.preview(_form(" ies-1005 ", "IE-1"))
    assert exact.product == typed.product == ModelBrief("IES-1005", "5口工业以太网交换机", "工业以太网交换机")
    assert typed.discontinued_model and typed.accessories == ("电源适配器",)
    assert typed.decision is not None and typed.decision.best is Remedy.FREE_REPAIR  # judged by its category (W4)
    assert intake.preview(_form("ies-2008g", "IE-2")).product == ModelBrief(
        "IES-2008G", "8口千兆工业以太网交换机", "工业以太网交换机")
    assert intake.preview(_form("IES-9999", "IE-3")).product is None  # not in the catalogue: nothing to show

    # 登记产品 on a visit reads the model the same way (it shares intake's preview).
    visit = VisitIdentificationService(database.sessions, clock=lambda: NOW).preview(
        VisitProductForm("ies-2008G", "IE-4", "端口不通", sale_date=SOLD), TODAY)
    assert visit.product is not None and visit.product.model == "IES-2008G"
    assert visit.decision is not None and visit.decision.best is Remedy.FREE_REPAIR

    # Saved in lower case: the claim's unit is the catalogue's model, in the catalogue's spelling.
    saved = intake.take_in(depot.staff["operator"], _form("ies-2008g", "IE-5"))
    assert saved.chosen is Remedy.FREE_REPAIR
    with database.sessions.read() as s:
        stored = s.scalar(select(Product.model).join(Unit, Unit.product_id == Product.id)
                          .join(Claim, Claim.unit_id == Unit.id).where(Claim.id == saved.id))
    assert stored == "IES-2008G"

    # Issue 8's guard: the catalogue's spelling (picked or scanned) stays one lookup on the model's unique
    # index; only another case reads the products table (no index on lower(model) without a migration).
    with database.sessions.read() as s:
        with captured(database.engine) as exact:
            assert find_product(s, "IES-2008G").model == "IES-2008G"
        with captured(database.engine) as other_case:
            assert find_product(s, "ies-2008g").model == "IES-2008G"
    assert (len(exact), len(other_case)) == (1, 2)
    if database.engine.dialect.name == "sqlite":
        assert full_table_scans(database.engine, exact) == []
