"""Follow-ups to the claim correction (受理信息更正 / 撤销受理) on SQLite and PostgreSQL: a receipt reprinted after
a correction says it supersedes the first print (and a withdrawn claim's says 已撤销受理); a mistyped invoice is
cleared and the claim judged again without it (W10); a phone corrected to another customer's on record is asked,
never merged or split silently."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.db.models import AuditEntry, Claim, Customer, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.thermal_receipt import render_thermal_receipt
from desktop_app.services.claim_corrections import ClaimCorrection, ClaimCorrectionService
from desktop_app.services.claims import ClaimIntakeService, ClaimSaved
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.receipts import ReceiptService

TODAY = dt.date.today()
IN_EXCHANGE = TODAY - dt.timedelta(days=200)  # W3: exchange or free repair
IN_REPAIR = TODAY.replace(year=TODAY.year - 2)  # W4: free repair only
BEIJING = dt.timezone(dt.timedelta(hours=8))  # the receipt prints local time


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _service(depot: Depot) -> ClaimCorrectionService:
    return ClaimCorrectionService(depot.db.sessions)


def _facts(depot: Depot, claim_id: int, **changes: object) -> ClaimCorrection:
    record = _service(depot).on_record(depot.staff["operator"], claim_id)
    return replace(record.correction, **{"reason": "客户核对后更正", **changes})


def _take_in(depot: Depot, serial: str, sale_date: dt.date | None, *, invoice_no: str | None = None,
             name: str = "刘洋", phone: str = "13812345678") -> ClaimSaved:
    """``sale_date`` None: taken in without the invoice (W10)."""
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name=name, phone=phone, city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=sale_date, invoice_no=invoice_no,
                       has_invoice=sale_date is not None),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳")))


def _claim(depot: Depot, claim_id: int) -> Claim:
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        _ = claim.unit.serial, claim.customer.phone
        return claim


def _entries(depot: Depot, entity: str, entity_id: int, action: str) -> list[AuditEntry]:
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(AuditEntry).where(
            AuditEntry.entity == entity, AuditEntry.entity_id == entity_id, AuditEntry.action == action)
            .order_by(AuditEntry.id)))


def _receipt_text(depot: Depot, claim_id: int, language: str = "zh_CN", *, thermal: bool = False) -> str:
    data = ReceiptService(depot.db.sessions).receipt(depot.staff["operator"], claim_id, language=language,
                                                     translate=lambda _c, text: text, tz=BEIJING)
    pdf = (render_thermal_receipt(data, language=language) if thermal
           else render_receipt(data, language=language, page_size="A5"))
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "").replace("\n", "")


def _local(moment: dt.datetime) -> str:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d%H:%M")  # the text as extracted, spaces removed


# --- 1. the receipt reprinted after a correction ------------------------------------------------------------

def test_a_receipt_reprinted_after_a_correction_says_which_edition_supersedes_the_first(depot: Depot) -> None:
    saved = depot.take_in("SN-R1", IN_EXCHANGE)
    first = _receipt_text(depot, saved.id)
    assert "更正" not in first and "撤销受理" not in first and "版" not in first  # never corrected: no line
    data = ReceiptService(depot.db.sessions).receipt(depot.staff["operator"], saved.id, language="zh_CN",
                                                     translate=lambda _c, text: text)
    assert (data.corrected_at, data.edition, data.withdrawn_at) == (None, 1, None)

    _service(depot).correct(depot.staff["operator"], saved.id, _facts(depot, saved.id, phone="13900001111"))
    (entry,) = _entries(depot, "claim", saved.id, "correct_claim")
    text = _receipt_text(depot, saved.id)
    assert f"本单已于{_local(entry.at)}更正（第2版），以本版为准" in text
    assert "13900001111" in text and "撤销受理" not in text
    english = _receipt_text(depot, saved.id, "en")
    assert f"Corrected{_local(entry.at)}(edition2):supersedesearlierprints" in english
    assert f"本单已于{_local(entry.at)}更正（第2版）" in _receipt_text(depot, saved.id, thermal=True)

    # A customer-only correction counts too (one claim entry per correction saved): the third edition.
    _service(depot).correct(depot.staff["operator"], saved.id, _facts(depot, saved.id, address="南山区科技园"))
    second = _entries(depot, "claim", saved.id, "correct_claim")[-1]
    assert f"本单已于{_local(second.at)}更正（第3版）" in _receipt_text(depot, saved.id)


def test_the_customers_other_open_claims_are_corrected_with_them(depot: Depot) -> None:
    """A name corrected through one claim is on every receipt of that customer: an open claim's reprint says
    it supersedes the paper the customer holds; a finished claim's is left (its reprint says 结案)."""
    first = _take_in(depot, "SN-R5", IN_EXCHANGE, name="刘阳")
    finished = _take_in(depot, "SN-R6", IN_EXCHANGE, name="刘阳")
    second = _take_in(depot, "SN-R7", IN_EXCHANGE, name="刘阳")
    assert _claim(depot, first.id).customer_id == _claim(depot, second.id).customer_id
    with depot.db.sessions.write() as s, s.begin():
        s.get(Claim, finished.id).status = ClaimStatus.COMPLETED
    _service(depot).correct(depot.staff["operator"], first.id, _facts(depot, first.id, customer_name="刘洋"))
    (entry,) = _entries(depot, "claim", second.id, "correct_claim")
    assert entry.changes["claim_id"] == first.id and entry.changes["name"] == {"old": "刘阳", "new": "刘洋"}
    text = _receipt_text(depot, second.id)
    assert f"本单已于{_local(entry.at)}更正（第2版），以本版为准" in text and "刘洋" in text
    assert _entries(depot, "claim", finished.id, "correct_claim") == []
    assert "更正" not in _receipt_text(depot, finished.id)


def test_a_withdrawn_claims_reprint_is_stamped_withdrawn(depot: Depot) -> None:
    saved = depot.take_in("SN-R2", IN_EXCHANGE)
    _service(depot).withdraw(depot.staff["operator"], saved.id, "客户决定不修了")
    (entry,) = _entries(depot, "claim", saved.id, "withdraw_claim")
    text = _receipt_text(depot, saved.id)
    assert f"【已撤销受理】{_local(entry.at)}" in text and "更正" not in text
    assert f"[CLAIMWITHDRAWN]{_local(entry.at)}" in _receipt_text(depot, saved.id, "en")
    assert f"【已撤销受理】{_local(entry.at)}" in _receipt_text(depot, saved.id, thermal=True)


def test_another_claims_cancelled_order_is_not_this_claims(depot: Depot) -> None:
    """The reprint's outcome is this claim's own newest order's (it once read the newest order of any claim)."""
    open_claim = depot.take_in("SN-R3", IN_EXCHANGE)
    withdrawn = depot.take_in("SN-R4", IN_EXCHANGE)
    _service(depot).withdraw(depot.staff["operator"], withdrawn.id, "客户决定不修了")
    data = ReceiptService(depot.db.sessions).receipt(depot.staff["operator"], open_claim.id, language="zh_CN",
                                                     translate=lambda _c, text: text)
    assert data.outcome_note is None and data.reply_due is not None and data.withdrawn_at is None


# --- 2. a mistyped invoice cleared -------------------------------------------------------------------------

def test_an_invoice_number_typed_by_mistake_is_cleared(depot: Depot) -> None:
    """The invoice stays (its sale date judges the claim, W1); only its number was typed by mistake."""
    saved = _take_in(depot, "SN-I1", IN_EXCHANGE, invoice_no="13812345678")
    result = _service(depot).correct(depot.staff["operator"], saved.id, _facts(depot, saved.id, invoice_no=" "))
    assert not result.decision_changed and result.chosen is Remedy.EXCHANGE
    claim = _claim(depot, saved.id)
    assert claim.unit.invoice_no is None and claim.has_invoice and claim.unit.sale_date == IN_EXCHANGE
    (entry,) = _entries(depot, "unit", claim.unit_id, "correct_claim")
    assert entry.changes["invoice_no"] == {"old": "13812345678", "new": None}
    assert _service(depot).on_record(depot.staff["operator"], saved.id).correction.invoice_no is None
    data = ReceiptService(depot.db.sessions).receipt(depot.staff["operator"], saved.id, language="zh_CN",
                                                     translate=lambda _c, text: text)
    assert data.invoice_no is None


def test_a_claim_that_has_no_invoice_is_judged_again_without_the_sale_it_registered(depot: Depot) -> None:
    """W10: without the invoice no exchange; the sale date the mistaken invoice registered goes with it, so
    with no other sale registered for the serial the repair is paid. The new decision shows before saving."""
    saved = _take_in(depot, "SN-I2", IN_EXCHANGE, invoice_no="INV-WRONG")
    cleared = _facts(depot, saved.id, has_invoice=False, sale_date=None, invoice_no=None)
    preview = _service(depot).preview(depot.staff["operator"], saved.id, cleared)
    assert preview.decision_changed and preview.decision.offered == (Remedy.PAID_REPAIR,)
    assert preview.chosen is Remedy.PAID_REPAIR
    claim = _claim(depot, saved.id)
    assert claim.decision is Remedy.EXCHANGE and claim.unit.sale_registered  # the preview wrote nothing
    result = _service(depot).correct(depot.staff["operator"], saved.id, cleared)
    assert result.decision_changed and result.chosen is Remedy.PAID_REPAIR
    claim = _claim(depot, saved.id)
    assert not claim.has_invoice and claim.decision is Remedy.PAID_REPAIR
    assert claim.cost_bearer is CostBearer.CUSTOMER and claim.decision_detail["sale_date_used"] is None
    unit = claim.unit
    assert (unit.invoice_no, unit.sale_date, unit.sale_registered) == (None, None, False)
    (entry,) = _entries(depot, "unit", unit.id, "correct_claim")
    assert entry.changes["sale_registered"] == {"old": True, "new": False}
    assert entry.changes["reason"] == "客户核对后更正"
    # The serial's next claim without an invoice is not judged from the mistaken date either.
    again = _take_in(depot, "SN-I2", None)
    assert _claim(depot, again.id).decision is Remedy.PAID_REPAIR


def test_another_claims_invoice_registers_the_sale_again(depot: Depot) -> None:
    """W10: the serial's earlier invoice (two years ago) is the registered sale once the mistaken one is gone:
    the claim is judged from it, free repair (W4)."""
    _take_in(depot, "SN-I3", IN_REPAIR, invoice_no="INV-2024")
    saved = _take_in(depot, "SN-I3", IN_EXCHANGE, invoice_no="INV-WRONG")
    assert _claim(depot, saved.id).unit.sale_date == IN_EXCHANGE  # the newer invoice seen won
    result = _service(depot).correct(depot.staff["operator"], saved.id, _facts(
        depot, saved.id, has_invoice=False, sale_date=None, invoice_no=None))
    assert result.decision_changed and result.chosen is Remedy.FREE_REPAIR
    unit = _claim(depot, saved.id).unit
    assert (unit.sale_date, unit.sale_registered) == (IN_REPAIR, True)
    assert unit.invoice_no == "INV-WRONG"  # shared with the invoiced claim: not this correction's to clear


# --- 3. a phone another customer has -----------------------------------------------------------------------

def test_a_phone_another_customer_has_is_asked_and_nothing_is_merged_silently(depot: Depot) -> None:
    other = _take_in(depot, "SN-P0", IN_EXCHANGE, name="张伟", phone="13700000000")
    saved = depot.take_in("SN-P1", IN_EXCHANGE)
    own_id = _claim(depot, saved.id).customer_id
    holder_id = _claim(depot, other.id).customer_id
    facts = _facts(depot, saved.id, phone="137 0000 0000")
    # The preview shows the decision without asking.
    assert not _service(depot).preview(depot.staff["operator"], saved.id, facts).decision_changed
    with pytest.raises(FormInvalid) as caught:
        _service(depot).correct(depot.staff["operator"], saved.id, facts)
    error = caught.value.by_field()["customer_phone"]
    assert error.params["customer_id"] == holder_id and error.params["name"] == "张伟"
    with depot.db.sessions.read() as s:
        assert s.get(Customer, own_id).phone == "13812345678" and s.get(Claim, saved.id).row_version == 1
    assert _entries(depot, "claim", saved.id, "correct_claim") == []


def test_a_different_person_sharing_the_phone_keeps_a_separate_customer(depot: Depot) -> None:
    other = _take_in(depot, "SN-P2", IN_EXCHANGE, name="张伟", phone="13700000000")
    saved = depot.take_in("SN-P3", IN_EXCHANGE)
    _service(depot).correct(depot.staff["operator"], saved.id, _facts(
        depot, saved.id, phone="13700000000", new_despite_phone=True))
    claim, theirs = _claim(depot, saved.id), _claim(depot, other.id)
    assert claim.customer.name == "刘洋" and claim.customer.phone == "13700000000"
    assert claim.customer_id != theirs.customer_id and theirs.customer.name == "张伟"


def test_the_same_person_moves_the_claim_its_order_and_unit_to_that_customer(depot: Depot) -> None:
    other = _take_in(depot, "SN-P4", IN_EXCHANGE, name="张伟", phone="13700000000")
    saved = depot.take_in("SN-P5", IN_EXCHANGE)
    own_id = _claim(depot, saved.id).customer_id
    holder = _service(depot).phone_holder(depot.staff["operator"], _claim(depot, other.id).customer_id)
    assert (holder.name, holder.phone, holder.city) == ("张伟", "13700000000", "深圳")
    facts = _facts(depot, saved.id, customer_name=holder.name, phone=holder.phone, city=holder.city,
                   customer_id=holder.id)
    _service(depot).correct(depot.staff["operator"], saved.id, facts)
    claim = _claim(depot, saved.id)
    assert claim.customer_id == holder.id and claim.unit.customer_id == holder.id
    with depot.db.sessions.read() as s:
        assert s.scalar(select(WorkOrder.customer_id).where(WorkOrder.claim_id == saved.id)) == holder.id
        # The row the intake made under the mistyped phone had nothing else: removed, kept in the audit log
        # (left, it came up in every lookup of 刘洋 as a second customer).
        assert s.get(Customer, own_id) is None
        assert s.get(Customer, holder.id).name == "张伟"
    (entry,) = _entries(depot, "claim", saved.id, "correct_claim")
    assert entry.changes["customer_id"] == {"old": own_id, "new": holder.id}
    assert _entries(depot, "customer", own_id, "correct_claim") == []
    (removed,) = _entries(depot, "customer", own_id, "delete")
    assert (removed.changes["name"], removed.changes["phone"], removed.changes["claim_id"]) == (
        "刘洋", "13812345678", saved.id)
    with depot.db.sessions.read() as s:
        (order_entry,) = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_order",
                                                            AuditEntry.action == "correct_claim"))
        assert order_entry.changes["customer_id"] == {"old": own_id, "new": holder.id}
        assert s.get(Unit, claim.unit_id).customer_id == holder.id


def test_a_customer_with_another_claim_is_kept_when_one_claim_moves_away(depot: Depot) -> None:
    other = _take_in(depot, "SN-P6", IN_EXCHANGE, name="张伟", phone="13700000000")
    saved = depot.take_in("SN-P7", IN_EXCHANGE)
    own_id = _claim(depot, saved.id).customer_id
    kept = _take_in(depot, "SN-P8", IN_EXCHANGE)  # the same phone and name: the same customer, a second claim
    assert _claim(depot, kept.id).customer_id == own_id
    holder = _service(depot).phone_holder(depot.staff["operator"], _claim(depot, other.id).customer_id)
    _service(depot).correct(depot.staff["operator"], saved.id, _facts(
        depot, saved.id, customer_name=holder.name, phone=holder.phone, city=holder.city, customer_id=holder.id))
    with depot.db.sessions.read() as s:
        assert s.get(Customer, own_id).name == "刘洋"
    assert _entries(depot, "customer", own_id, "delete") == []
    assert _claim(depot, kept.id).customer_id == own_id


def test_a_holder_who_no_longer_has_the_phone_is_refused(depot: Depot) -> None:
    other = _take_in(depot, "SN-P6", IN_EXCHANGE, name="张伟", phone="13700000000")
    saved = depot.take_in("SN-P7", IN_EXCHANGE)
    holder_id = _claim(depot, other.id).customer_id
    with depot.db.sessions.write() as s, s.begin():
        s.get(Customer, holder_id).phone = "13700009999"
    with pytest.raises(FormInvalid) as caught:
        _service(depot).correct(depot.staff["operator"], saved.id, _facts(
            depot, saved.id, phone="13700000000", customer_id=holder_id))
    assert "no longer has it" in caught.value.by_field()["customer_phone"].template
