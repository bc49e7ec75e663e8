"""A returned line's class counts to the day its defect was found (D11: within 7 days of receipt, D12:
within 15 days of the sale), so the application the manufacturer gets and the returns window show that
day: a stock line's own day, a claim's line its claim's date marked as the claim's, and a line made
before the day was kept (migration 0007) none. A draft's stock line's day can be corrected until the
application is applied, audited and re-judged. On both databases."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, CostBearer, Remedy
from desktop_app.db.models import AuditEntry, Claim, Product, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.return_details import ReturnDetails
from desktop_app.services.return_documents import ReturnDocuments

TODAY = dt.date.today()
RECEIVED = TODAY - dt.timedelta(days=20)
FOUND = RECEIVED + dt.timedelta(days=3)  # within D11's 7 days of receipt, weeks before the application


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add_all([Unit(serial="DOA-LATE", product_id=product.id, centre_received_date=RECEIVED),
                   Unit(serial="OLD-STOCK", product_id=product.id, centre_received_date=RECEIVED)])
    return depot


def _claim_number(depot: Depot) -> str:
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="SN-CLAIM", sale_date=TODAY - dt.timedelta(days=2),
                       centre_received_date=TODAY - dt.timedelta(days=1)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",),
        requested_remedy=Remedy.FREE_REPAIR)
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], form).number


def _three_lines(depot: Depot) -> str:
    """A stock line found on FOUND, a claim's line, and a stock line made before 0007 kept the day."""
    claim = _claim_number(depot)
    number = ManufacturerReturns(depot.db.sessions).create(depot.staff["sup"], [
        ReturnLineInput(reason="验收第3天不通电", serial="DOA-LATE", found_on=FOUND),
        ReturnLineInput(reason="客户报修不通电", serial="SN-CLAIM", claim_number=claim),
        ReturnLineInput(reason="库存老化", serial="OLD-STOCK")])
    with depot.db.sessions.write() as s, s.begin():  # as an upgraded database holds it
        unit_id = s.scalar(select(Unit.id).where(Unit.serial == "OLD-STOCK"))
        s.execute(update(ReturnLine).where(ReturnLine.unit_id == unit_id).values(found_on=None))
    return number


def _claim_date(depot: Depot) -> dt.date:
    with depot.db.sessions.read() as s:
        return s.scalar(select(Claim.claim_date).where(Claim.number.is_not(None)))


def _printed(depot: Depot, number: str, language: str) -> str:
    pdf = ReturnDocuments(depot.db.sessions).make_application(depot.staff["sup"], number, language=language).content
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_each_line_carries_the_day_its_class_counts_to(depot: Depot) -> None:  # rules D11, D12
    number = _three_lines(depot)
    lines = ReturnDetails(depot.db.sessions).get(depot.staff["sup"], number).lines
    assert [x.judged_on for x in lines] == [FOUND, _claim_date(depot), None]
    assert [x.cost_bearer for x in lines][0] is CostBearer.MANUFACTURER_DOA  # D11, counted to FOUND


def test_the_printed_application_shows_the_found_on_day_in_both_languages(depot: Depot) -> None:  # D11, D15
    number = _three_lines(depot)
    claimed = _claim_date(depot).isoformat()
    chinese = _printed(depot, number, "zh")
    assert "发现日期" in chinese and FOUND.isoformat() in chinese
    assert f"{claimed}\n（受理）" in chinese  # the claim's date, marked as the claim's
    english = _printed(depot, number, "en")
    assert "Found on" in english and FOUND.isoformat() in english and f"{claimed}\n(claim)" in english
    # The line made before the day was kept shows none: between its reason and its class, a dash.
    assert "库存老化 —" in chinese.replace("\n", " ")


def test_a_drafts_found_on_day_is_corrected_rejudged_and_audited(depot: Depot) -> None:  # D11, D15
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = _three_lines(depot)
    lines = ReturnDetails(depot.db.sessions).get(sup, number).lines
    stock, claim, old = lines
    changed = returns.set_found_on(sup, number, {stock.id: TODAY, old.id: FOUND})
    assert changed == {str(stock.id): [FOUND.isoformat(), TODAY.isoformat()], str(old.id): [None, FOUND.isoformat()]}
    now = ReturnDetails(depot.db.sessions).get(sup, number).lines
    assert [x.found_on for x in now] == [TODAY, None, FOUND]
    assert [now[0].cost_bearer, now[2].cost_bearer] == [CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.MANUFACTURER_DOA]
    with depot.db.sessions.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "return_application",
                                                   AuditEntry.action == "update")).one()
        assert entry.changes["found_on"][str(old.id)] == [None, FOUND.isoformat()]
        assert entry.changes["reclassified"][str(stock.id)] == [CostBearer.MANUFACTURER_DOA.value,
                                                               CostBearer.FUND_OUT_OF_WARRANTY.value]
    with pytest.raises(ValidationError) as refused:  # a claim's line goes by the claim's own dates
        returns.set_found_on(sup, number, {claim.id: FOUND})
    assert refused.value.field == "found_on"
    with pytest.raises(ValidationError, match="reached the centre"):  # checked as at creation
        returns.set_found_on(sup, number, {stock.id: RECEIVED - dt.timedelta(days=1)})
    returns.apply(sup, number)
    with pytest.raises(ValidationError) as refused:  # the applied paper is what the manufacturer judges
        returns.set_found_on(sup, number, {stock.id: FOUND})
    assert refused.value.field == "status"
    assert ReturnDetails(depot.db.sessions).get(sup, number).lines[0].found_on == TODAY
