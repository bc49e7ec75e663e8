"""Unit labels, pickup slips and roll receipts of real claims, from the services and the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.cli import main
from desktop_app.core.vocabulary import CauseClass, CustomerKind, WorkOrderKind, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Customer, PrintedDocument, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.claims import ClaimSaved
from desktop_app.services.pickup_slips import PickupSlipService
from desktop_app.services.unit_labels import CLAIM, WORK_ORDER, UnitLabelService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

MM = 72 / 25.4


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _codes(path: Path, tmp_path: Path) -> list[str]:
    stem = tmp_path / f"{path.stem}-png"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile", str(path), str(stem)],
                   check=True)
    zbarimg = shutil.which("zbarimg")
    assert zbarimg, "zbar-tools is installed by scripts/bootstrap.sh for the tests"
    return subprocess.run([zbarimg, "-q", str(stem.with_suffix(".png"))], capture_output=True, text=True).stdout.split()


def _size_mm(path: Path, page: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[page].mediabox
    return float(box.width) / MM, float(box.height) / MM


@pytest.fixture
def taken_in(database: Database) -> tuple[Depot, ClaimSaved]:
    depot = build_depot(database)
    return depot, depot.take_in("SN-LABEL", dt.date.today() - dt.timedelta(days=500))


def _ready_for_pickup(depot: Depot, number: str) -> int:
    oid = order_id(depot.db, number)
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"], cause=CauseClass.QUALITY_DEFECT,
                           note="电源板电容鼓包")
    bench.use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 1)], customer_consent=True)  # wear: the customer pays (W3, W6)
    for state in (S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, state)
    orders.record_report(tech, oid, fault_cause="电容老化", solution="更换电源板 & <C12>", customer_opinion="满意")
    return oid


@pytest.mark.parametrize(("size", "width", "height"), [("50x30", 50, 30), ("60x40", 60, 40)])
def test_print_label_command(taken_in, db_url: str, tmp_path: Path, size: str, width: int, height: int) -> None:
    depot, saved = taken_in
    out = tmp_path / f"label-{size}.pdf"
    assert main(["--database-url", db_url, "print", "label", saved.work_order_number, "-o", str(out),
                 "--size", size]) == 0
    assert len(PdfReader(out).pages) == 1
    assert _size_mm(out) == pytest.approx((width, height), abs=0.5)
    assert sorted(_codes(out, tmp_path)) == [f"CODE-128:{saved.work_order_number}",
                                             f"QR-Code:{saved.work_order_number}"]
    text = _text(out)
    for expected in (saved.work_order_number, saved.number, "刘", "尾号5678", "S5720-28P", "SN-LABEL", "不通电"):
        assert expected in text, expected
    assert "刘洋" not in text and "13812345678" not in text and "1234" not in text  # privacy: surname, phone tail
    with depot.db.sessions.read() as s:
        logged = s.scalars(select(PrintedDocument).where(PrintedDocument.document == "unit_label")).one()
        assert (logged.entity, logged.target) == ("work_order", str(out))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
        assert audit.changes == {"document": "unit_label", "size": size, "language": "zh_CN"}


def test_a_claim_number_labels_its_work_order(taken_in, db_url: str, tmp_path: Path) -> None:
    depot, saved = taken_in
    out = tmp_path / "by-claim.pdf"
    assert main(["--database-url", db_url, "--language", "en", "print", "label", saved.number, "-o", str(out)]) == 0
    assert set(_codes(out, tmp_path)) == {f"CODE-128:{saved.work_order_number}", f"QR-Code:{saved.work_order_number}"}
    assert "Tel. *5678" in _text(out)
    service, operator = UnitLabelService(depot.db.sessions), depot.staff["operator"]
    by_id = service.label(operator, saved.id, kind=CLAIM)
    by_order = service.label(operator, order_id(depot.db, saved.work_order_number), kind=WORK_ORDER)
    assert by_id == by_order == service.label(operator, saved.work_order_number)
    assert by_id.intake_date == dt.date.today() and by_id.claim_number == saved.number


def test_marks_company_and_unknown_numbers(taken_in) -> None:
    depot, saved = taken_in
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(WorkOrder).values(priority=1, kind=WorkOrderKind.ON_SITE))
        s.execute(update(Customer).values(kind=CustomerKind.COMPANY, name="深圳市华南自动化设备有限公司",
                                          phone="0755-8632 1188"))
    label = UnitLabelService(depot.db.sessions).label(depot.staff["operator"], saved.number)
    assert (label.urgent, label.on_site) == (True, True)
    assert (label.surname, label.phone_tail) == ("深圳市华南自动化设备有限公司", "1188")
    with pytest.raises(ValidationError):
        UnitLabelService(depot.db.sessions).label(depot.staff["operator"], "WO-1999-999999")


def test_pickup_slip_only_when_ready_and_on_roll_paper(taken_in, db_url: str, tmp_path: Path) -> None:
    depot, saved = taken_in
    slips = PickupSlipService(depot.db.sessions)
    with pytest.raises(ValidationError) as refused:
        slips.slip(depot.staff["operator"], saved.work_order_number, language="zh_CN")
    assert refused.value.field == "work_order"
    oid = _ready_for_pickup(depot, saved.work_order_number)
    out = tmp_path / "slip.pdf"
    assert main(["--database-url", db_url, "print", "pickup-slip", saved.work_order_number, "-o", str(out),
                 "--paper", "80mm"]) == 0
    width, height = _size_mm(out)
    assert width == pytest.approx(80, abs=0.5) and 100 < height < 400
    text = _text(out)
    for expected in ("取机单", saved.work_order_number, "更换电源板 & <C12>", "电源适配器 ×1", "电源线、挂耳", "实收合计",
                     "¥20.00", dt.date.today().isoformat(), "客户签字"):
        assert expected in text, expected
    assert _codes(out, tmp_path) == [f"QR-Code:{saved.work_order_number}"]
    WorkOrderService(depot.db.sessions).close(depot.staff["operator"], oid)
    a4 = tmp_path / "slip-a4.pdf"
    assert main(["--database-url", db_url, "--language", "en", "print", "pickup-slip", saved.work_order_number,
                 "-o", str(a4)]) == 0
    assert _size_mm(a4) == pytest.approx((210, 297), abs=0.5)
    assert "Pickup Slip" in _text(a4)
    with depot.db.sessions.read() as s:
        assert list(s.scalars(select(PrintedDocument.document))) == ["pickup_slip", "pickup_slip"]


@pytest.mark.parametrize(("paper", "width"), [("58mm", 58), ("80MM", 80), ("a5", 148)])
def test_print_receipt_on_any_paper(taken_in, db_url: str, tmp_path: Path, paper: str, width: int) -> None:
    depot, saved = taken_in
    out = tmp_path / "receipt.pdf"
    assert main(["--database-url", db_url, "print", "receipt", saved.number, "-o", str(out), "--paper", paper]) == 0
    pages = PdfReader(out).pages
    assert len(pages) == 2  # the customer's copy and the centre's
    assert all(float(p.mediabox.width) / MM == pytest.approx(width, abs=0.5) for p in pages)
    assert saved.number in _text(out)
    with depot.db.sessions.read() as s:
        assert s.scalars(select(PrintedDocument.document)).one() == "service_receipt"


def test_bad_paper_and_size_are_refused(taken_in, db_url: str, tmp_path: Path, capsys) -> None:
    _depot, saved = taken_in
    for args in (["receipt", saved.number, "--paper", "70mm"], ["label", saved.number, "--size", "70x50"]):
        with pytest.raises(SystemExit) as stopped:
            main(["--database-url", db_url, "print", *args, "-o", str(tmp_path / "x.pdf")])
        assert stopped.value.code == 2
    assert main(["--database-url", db_url, "print", "label", "NO-SUCH-1", "-o", str(tmp_path / "x.pdf")]) != 0
    assert "NO-SUCH-1" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
