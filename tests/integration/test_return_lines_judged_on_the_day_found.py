"""Lines shipped back to the manufacturer are classified under the policy the manager published, on the
day the defect was found, and a claim's line shows the claim's final judgement on the paper the
manufacturer gets (D11, D12, D14, W11, W12), on both databases."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, CostBearer, Remedy, WorkOrderState as S
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import Product, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.policy import PolicyService
from desktop_app.services.return_details import ReturnDetails
from desktop_app.services.return_documents import ReturnDocuments
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _units(depot: Depot, **units: tuple[dt.date | None, dt.date | None]) -> None:
    """serial -> (centre received, sold)."""
    with depot.db.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        for serial, (received, sold) in units.items():
            s.add(Unit(serial=serial, product_id=product.id, centre_received_date=received, sale_date=sold))


def _bearers(depot: Depot) -> list[CostBearer]:
    with depot.db.sessions.read() as s:
        return [line.cost_bearer for line in s.scalars(select(ReturnLine).order_by(ReturnLine.id))]


def _publish(depot: Depot, **changes: int) -> None:
    service = PolicyService(depot.db.sessions)
    terms = PolicyTerms.from_dict({**service.current_terms().to_dict(), **changes})
    service.publish(depot.staff["manager"], terms, TODAY)


def test_lines_without_a_claim_follow_the_published_windows(depot: Depot) -> None:  # rules D11, D12, W12
    _publish(depot, doa_days=15, early_defect_days=30)
    _units(depot, **{"STOCK-DOA": (TODAY - dt.timedelta(days=10), None), "SOLD-20D": (None, TODAY - dt.timedelta(days=20))})
    ManufacturerReturns(depot.db.sessions).create(depot.staff["sup"], [
        ReturnLineInput(reason="开箱不良：验收第3天发现不通电", serial="STOCK-DOA"),
        ReturnLineInput(reason="品质不良", serial="SOLD-20D")])
    assert _bearers(depot) == [CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT]


def test_the_window_counts_to_the_day_the_defect_was_found_not_the_application(depot: Depot) -> None:  # D11
    # Received 20 days ago, found dead on the 3rd day: the centre tried to repair it and waited for the
    # manufacturer's confirmation before applying, so the application comes after the 7 days.
    received = TODAY - dt.timedelta(days=20)
    _units(depot, **{"DOA-LATE": (received, None), "OLD-STOCK": (received, None)})
    ManufacturerReturns(depot.db.sessions).create(depot.staff["sup"], [
        ReturnLineInput(reason="验收第3天不通电", serial="DOA-LATE", found_on=received + dt.timedelta(days=3)),
        ReturnLineInput(reason="库存老化", serial="OLD-STOCK")])  # found today: outside the window
    assert _bearers(depot) == [CostBearer.MANUFACTURER_DOA, CostBearer.FUND_OUT_OF_WARRANTY]


def test_the_policy_in_force_on_the_day_found_decides(depot: Depot) -> None:  # rule W12
    # A 15-day DOA window published effective today does not reach back to a defect found 10 days ago.
    _publish(depot, doa_days=15)
    received = TODAY - dt.timedelta(days=20)
    _units(depot, **{"FOUND-EARLY": (received, None)})
    details = ReturnDetails(depot.db.sessions)
    preview = details.preview(ReturnLineInput(reason="不通电", serial="FOUND-EARLY",
                                              found_on=TODAY - dt.timedelta(days=10)))
    assert preview.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY  # the default 7 days held then
    assert details.preview(ReturnLineInput(reason="不通电", serial="FOUND-EARLY")).cost_bearer \
        is CostBearer.FUND_OUT_OF_WARRANTY  # 20 days: outside both


def test_a_found_on_day_in_the_future_or_before_the_goods_arrived_is_refused(depot: Depot) -> None:
    _units(depot, **{"NEW-1": (TODAY - dt.timedelta(days=2), None)})
    returns, details = ManufacturerReturns(depot.db.sessions), ReturnDetails(depot.db.sessions)
    for day in (TODAY + dt.timedelta(days=1), TODAY - dt.timedelta(days=3)):
        with pytest.raises(ValidationError) as refused:
            returns.create(depot.staff["sup"], [ReturnLineInput(reason="坏", serial="NEW-1", found_on=day)])
        assert refused.value.field == "lines"
        with pytest.raises(ValidationError) as refused:
            details.preview(ReturnLineInput(reason="坏", serial="NEW-1", found_on=day))
        assert refused.value.field == "found_on"
    with pytest.raises(ValidationError, match="reached the centre"):  # a part: its first receipt is today
        returns.create(depot.staff["sup"], [ReturnLineInput(reason="坏", part_no="FAN-01",
                                                            found_on=TODAY - dt.timedelta(days=1))])
    assert _bearers(depot) == []


def _claim(depot: Depot, serial: str, received: dt.date):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=2),
                       centre_received_date=received),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",),
        requested_remedy=Remedy.FREE_REPAIR)  # repaired first (D11): a work order
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], form)


def _diagnose_user_damage(depot: Depot, work_order_number: str) -> None:
    oid, tech = order_id(depot.db, work_order_number), depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                    cause=CauseClass.USER_DAMAGE, note="进水")


def test_user_damage_found_after_the_line_was_made_is_on_the_applied_paper(depot: Depot) -> None:  # W11, D14
    saved = _claim(depot, "SN-WET", TODAY - dt.timedelta(days=3))
    assert saved.decision.cost_bearer is CostBearer.MANUFACTURER_DOA  # provisional at intake
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="SN-WET", claim_number=saved.number)])
    assert _bearers(depot) == [CostBearer.MANUFACTURER_DOA]
    _diagnose_user_damage(depot, saved.work_order_number)  # the bench finds water inside
    returns.apply(sup, number)
    assert _bearers(depot) == [CostBearer.FUND_OUT_OF_WARRANTY]
    pdf = ReturnDocuments(depot.db.sessions).make_application(sup, number, language="zh").content
    printed = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "保外（D14）" in printed and "开箱不良（D11）" not in printed


def test_a_diagnosis_after_approval_is_applied_when_it_ships_and_never_after(depot: Depot) -> None:  # W11
    first = _claim(depot, "SN-A", TODAY - dt.timedelta(days=3))
    later = _claim(depot, "SN-B", TODAY - dt.timedelta(days=3))
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="SN-A", claim_number=first.number)])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-001")
    _diagnose_user_damage(depot, first.work_order_number)
    line_ids = {line.id for line in ReturnDetails(depot.db.sessions).get(sup, number).lines}
    returns.ship(sup, number, line_ids, freight=0)
    assert _bearers(depot) == [CostBearer.FUND_OUT_OF_WARRANTY]
    # Shipped: a diagnosis made afterwards changes nothing on a paper the manufacturer already has.
    second = returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="SN-B", claim_number=later.number)])
    returns.apply(sup, second)
    returns.approve(sup, second, "厂批-002")
    ids = {line.id for line in ReturnDetails(depot.db.sessions).get(sup, second).lines}
    returns.ship(sup, second, ids, freight=0)
    _diagnose_user_damage(depot, later.work_order_number)
    returns.acknowledge(sup, second, {i: 1 for i in ids})
    assert _bearers(depot) == [CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.MANUFACTURER_DOA]
