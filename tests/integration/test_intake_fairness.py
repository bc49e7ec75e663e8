"""What the counter tells a customer is what the rules give them: policy in force, the counter's day,
the invoice, the receipt's sale date and the reply clock (rules W1, W10, W12, S1)."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CallChannel, ClaimChannel, ClaimStatus, Remedy
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import AuditEntry, Call, Claim, Customer, Product, ProductCategory, Unit
from desktop_app.cli import main
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.calls import CallForm, CallListing, CallRegister
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.intake_support import IntakeSupport
from desktop_app.services.lookup import Lookup
from desktop_app.services.policy import PolicyService
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.return_refunds import RefundEntry


@pytest.fixture(autouse=True)
def beijing_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The counter's local day is Beijing's (UTC+8), whatever the machine running the tests says."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)  # 10:30 in Beijing
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def staff(database: Database) -> dict[Role, Actor]:
    accounts = AccountService(database.sessions)
    boss = accounts.create_first_manager("boss", "王总", "secret-123")
    accounts.add_user(boss, "op", "前台小陈", Role.OPERATOR, "secret-123")
    with database.sessions.write() as s, s.begin():
        sw = ProductCategory(code="switch", name_zh="商用交换机", name_en="Switch")
        s.add(sw)
        s.flush()
        s.add(Product(model="S5720-28P", name="千兆交换机 28口", category_id=sw.id, accessories=["电源线", "挂耳"]))
    return {Role.MANAGER: boss, Role.OPERATOR: accounts.sign_in("op", "secret-123")}


def form(today: dt.date = TODAY, **unit: object) -> IntakeForm:
    given = {"product_model": "S5720-28P", "serial": "SW2026A00001", "sale_date": today - dt.timedelta(days=200),
             "invoice_no": "44031234", **unit}
    return IntakeForm(
        customer=CustomerInput(name="刘洋", phone="138 1234 5678", city="深圳市"),
        unit=UnitInput(**given),  # type: ignore[arg-type]
        channel=ClaimChannel.WALK_IN, fault_description="端口指示灯不亮", accessories_received=("电源线", "挂耳"),
    )


def intake_at(database: Database, now: dt.datetime) -> ClaimIntakeService:
    return ClaimIntakeService(database.sessions, clock=lambda: now)


# --- W12: the version in force on the claim date -------------------------------------------------------

def test_a_policy_announced_for_next_year_does_not_judge_todays_claims(database, staff) -> None:
    policy = PolicyService(database.sessions)
    # The manager announces a 6-month exchange period starting 2027-01-01 (rule W12).
    policy.publish(staff[Role.MANAGER], PolicyTerms(version=1, exchange_months=6), dt.date(2027, 1, 1))
    intake = intake_at(database, NOW)
    assert intake.preview(form()).decision.offered == (Remedy.EXCHANGE, Remedy.FREE_REPAIR)  # sold 200 days ago
    saved = intake.take_in(staff[Role.OPERATOR], form())
    assert saved.decision.offered == (Remedy.EXCHANGE, Remedy.FREE_REPAIR)
    with database.sessions.read() as s:
        assert s.get(Claim, saved.id).policy_version.version == 1
    assert policy.current_terms().version == 1 and policy.current_terms(dt.date(2027, 1, 1)).version == 2
    schedule = policy.schedule(TODAY)
    assert (schedule.in_force.version, schedule.next_terms.version, schedule.next_from) == (1, 2, dt.date(2027, 1, 1))

    # From its first day on, the new version judges what is sold under it: a sale of 2027-01-01 claimed
    # 7 months later gets repair only (6-month exchange). A sale before it keeps the 12 months it was
    # promised (W1, W4, W12: the kinder of the versions at sale and at claim).
    later = dt.datetime(2027, 8, 1, 2, 0, tzinfo=dt.timezone.utc)
    again = intake_at(database, later).take_in(
        staff[Role.OPERATOR], form(dt.date(2027, 8, 1), serial="SW2026A00002", sale_date=dt.date(2027, 1, 1)))
    assert again.decision.offered == (Remedy.FREE_REPAIR,)
    promised = intake_at(database, dt.datetime(2027, 1, 1, 2, 0, tzinfo=dt.timezone.utc)).take_in(
        staff[Role.OPERATOR], form(dt.date(2027, 1, 1), serial="SW2026A00003", sale_date=TODAY - dt.timedelta(days=200)))
    assert promised.decision.offered == (Remedy.EXCHANGE, Remedy.FREE_REPAIR)
    with database.sessions.read() as s:
        assert s.get(Claim, again.id).policy_version.version == 2
        assert s.get(Claim, promised.id).policy_version.version == 1


def test_the_version_with_the_latest_start_judges_and_a_same_day_tie_goes_to_the_later_one(database, staff) -> None:
    policy = PolicyService(database.sessions)
    manager, operator = staff[Role.MANAGER], staff[Role.OPERATOR]
    # v2 was in force at the sale (200 days ago): 3 months' exchange, so the sale's promise gives repair
    # only and the claim date's version decides (a tie goes to it, W12).
    policy.publish(manager, PolicyTerms(version=1, exchange_months=3), TODAY - dt.timedelta(days=365))
    policy.publish(manager, PolicyTerms(version=1, exchange_months=6), TODAY)  # v3, from today
    # v4 is published after v3 but backdated: v3 has the later start, so v3 judges today's claims.
    policy.publish(manager, PolicyTerms(version=1, exchange_months=9), TODAY - dt.timedelta(days=30))
    intake = intake_at(database, NOW)
    first = intake.take_in(operator, form())
    assert first.decision.offered == (Remedy.FREE_REPAIR,)  # 200 days > 6 months
    policy.publish(manager, PolicyTerms(version=1, exchange_months=9), TODAY)  # v5, also from today
    second = intake.take_in(operator, form(serial="SW2026A00002"))
    assert second.decision.offered == (Remedy.EXCHANGE, Remedy.FREE_REPAIR)  # 200 days < 9 months
    with database.sessions.read() as s:
        assert [s.get(Claim, c.id).policy_version.version for c in (first, second)] == [3, 5]


def test_the_warranty_command_judges_under_the_policy_in_force_on_the_claim_date(
        database, staff, db_url, capsys) -> None:
    PolicyService(database.sessions).publish(staff[Role.MANAGER], PolicyTerms(version=1, exchange_months=6),
                                             dt.date(2027, 1, 1))

    def judged(claimed: str) -> dict:
        assert main(["--database-url", db_url, "warranty", "--category", "general", "--sold", "2026-05-01",
                     "--claimed", claimed, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    before, after = judged("2026-12-31"), judged("2027-01-01")
    assert (before["policy_version"], before["tier"]) == ("1", "exchange_repair")
    # Sold under version 1: its 12-month exchange still holds after version 2 starts (W1, W12), as at intake.
    assert (after["policy_version"], after["tier"]) == ("1", "exchange_repair")
    assert main(["--database-url", db_url, "warranty", "--category", "general", "--sold", "2027-01-01",
                 "--claimed", "2027-08-01", "--json"]) == 0
    sold_later = json.loads(capsys.readouterr().out)
    assert (sold_later["policy_version"], sold_later["tier"]) == ("2", "free_repair")


# --- W1: the preview judges on the day the save will ----------------------------------------------------

def test_after_midnight_in_beijing_the_preview_does_not_offer_a_return_the_save_refuses(database, staff) -> None:
    at_one_am = dt.datetime(2026, 2, 28, 17, 0, tzinfo=dt.timezone.utc)  # 1 March, 01:00 in Beijing
    sold = form(dt.date(2026, 3, 1), sale_date=dt.date(2026, 1, 31))  # the return month ended 28 Feb (W1)
    intake = intake_at(database, at_one_am)
    offered = intake.preview(sold).decision.offered
    assert Remedy.RETURN not in offered
    with pytest.raises(FormInvalid):
        intake.take_in(staff[Role.OPERATOR], replace(sold, requested_remedy=Remedy.RETURN))
    assert intake.take_in(staff[Role.OPERATOR], sold).decision.offered == offered


# --- W10: no invoice --------------------------------------------------------------------------------------

def test_a_sale_date_typed_without_an_invoice_is_neither_stored_nor_printed(database, staff) -> None:
    saved = intake_at(database, NOW).take_in(
        staff[Role.OPERATOR], form(has_invoice=False, invoice_no=None, sale_date=TODAY - dt.timedelta(days=20)))
    assert saved.decision.offered == (Remedy.PAID_REPAIR,)
    with database.sessions.read() as s:
        assert s.scalar(select(Unit.sale_date).where(Unit.serial == "SW2026A00001")) is None
    data = ReceiptService(database.sessions).receipt(staff[Role.OPERATOR], saved.number, language="en",
                                                     translate=lambda _c, text: text)
    assert data.sale_date is None and data.invoice_no == "No invoice"


def test_the_receipt_prints_the_registered_sale_the_decision_used(database, staff) -> None:
    registered = TODAY - dt.timedelta(days=400)
    with database.sessions.write() as s, s.begin():
        customer = Customer(name="刘洋", phone="13812345678", city="深圳市")
        s.add(customer)
        s.flush()
        product_id = s.scalar(select(Product.id))
        s.add(Unit(serial="SW2026A00001", product_id=product_id, customer_id=customer.id, sale_date=registered,
                   sale_registered=True, invoice_no="OLD-1"))
    saved = intake_at(database, NOW).take_in(staff[Role.OPERATOR],
                                             form(has_invoice=False, invoice_no=None, sale_date=None))
    assert saved.decision.offered == (Remedy.FREE_REPAIR,)  # repair judged from the registered sale (W10)
    data = ReceiptService(database.sessions).receipt(staff[Role.OPERATOR], saved.number, language="en",
                                                     translate=lambda _c, text: text)
    assert data.sale_date == registered and data.invoice_no == "No invoice"


def test_a_scanned_unit_says_whether_its_sale_date_is_a_registered_sale(database, staff) -> None:
    with database.sessions.write() as s, s.begin():
        customer = Customer(name="刘洋", phone="13812345678", city="深圳市")
        s.add(customer)
        s.flush()
        product_id = s.scalar(select(Product.id))
        s.add_all([Unit(serial="REG-1", product_id=product_id, customer_id=customer.id,
                        sale_date=TODAY - dt.timedelta(days=20), sale_registered=True),
                   Unit(serial="INV-1", product_id=product_id, customer_id=customer.id,
                        sale_date=TODAY - dt.timedelta(days=30), invoice_no="4403")])
    found = {u.serial: u.sale_registered for u in Lookup(database.sessions).customers("138123")[0].units}
    assert found == {"REG-1": True, "INV-1": False}
    with database.sessions.read() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.serial == "REG-1"))
    _match, brief = IntakeSupport(database.sessions).unit_with_owner(unit_id)
    assert (brief.serial, brief.sale_registered) == ("REG-1", True)


# --- S1: the first reply time stands ---------------------------------------------------------------------

def test_a_follow_up_note_does_not_move_the_reply_time_and_a_late_reply_stays_late(database, staff) -> None:
    t0 = dt.datetime(2026, 11, 26, 1, 0, tzinfo=dt.timezone.utc)
    clock = {"now": t0}
    register = CallRegister(database.sessions, clock=lambda: clock["now"])
    operator = staff[Role.OPERATOR]
    quick = register.register(operator, CallForm(CallChannel.FAX, "钱工", "13900002222", "配置"))
    slow = register.register(operator, CallForm(CallChannel.PHONE, "赵工", "13900001111", "掉线"))
    clock["now"] = t0 + dt.timedelta(hours=1)
    register.mark_replied(operator, quick.id, "已回复配置方法")
    clock["now"] = t0 + dt.timedelta(hours=30)
    register.mark_replied(operator, slow.id, "已远程排查")
    register.mark_replied(operator, quick.id, "客户确认已解决")
    with database.sessions.read() as s:
        first = s.get(Call, quick.id)
        assert first.replied_at == t0 + dt.timedelta(hours=1)  # answered within 1 hour, not 30
        assert first.reply_note == "已回复配置方法\n2026-11-27 15:00 客户确认已解决"
        actions = [(e.action, e.changes.get("late")) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "call", AuditEntry.action != "create")
            .order_by(AuditEntry.id))]
    assert actions == [("reply", False), ("reply", True), ("follow_up", None)]
    rows = {r.caller_name: r for r in CallListing(database.sessions, clock=lambda: clock["now"]).fetch(0, 10)}
    assert rows["赵工"].replied_late and not rows["赵工"].overdue
    assert not rows["钱工"].replied_late


# --- W9: an approved return can be finished ----------------------------------------------------------------

REFUND = RefundEntry("1280", "1280", "cash", True, True, True, note="退款 1280 元")  # W2: all back, full price

def test_an_approved_return_is_completed_when_the_desk_refunds_it(database, staff) -> None:
    intake = intake_at(database, NOW)
    sold = form(sale_date=TODAY - dt.timedelta(days=5))
    claim = intake.take_in(staff[Role.OPERATOR], replace(sold, requested_remedy=Remedy.RETURN))
    with pytest.raises(ValidationError):  # not yet approved by the manager (W9)
        intake.complete_return(staff[Role.OPERATOR], claim.id, REFUND)
    intake.decide_return(staff[Role.MANAGER], claim.id, approve=True)
    assert intake.complete_return(staff[Role.OPERATOR], claim.id, REFUND) is ClaimStatus.COMPLETED
    with database.sessions.read() as s:
        assert s.get(Claim, claim.id).status is ClaimStatus.COMPLETED
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "complete_return"))
        assert entry.user_id == staff[Role.OPERATOR].staff_id and entry.changes["note"] == "退款 1280 元"
    with pytest.raises(ValidationError):  # once only
        intake.complete_return(staff[Role.OPERATOR], claim.id, REFUND)
    repair = intake.take_in(staff[Role.OPERATOR], form(serial="SW2026A00002"))
    with pytest.raises(ValidationError):  # a repair is closed by its work order, not here
        intake.complete_return(staff[Role.OPERATOR], repair.id, REFUND)
