"""Screenshots of the real app on sample data: each tab, the dialogs, the intake desk's windows.

    python scripts/screenshot.py [--database-url URL] [--language en] [--out screenshots] [--xvfb]

Without ``--database-url`` a temporary SQLite file gets a general manager and 120 sample claims.
Works headless (QT_QPA_PLATFORM=offscreen, the default) or under a virtual X server (``--xvfb``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1280, 800)
MANAGER = ("manager", "王建国", "counter-2026")
UNDER_XVFB = "SERVICE_COUNTER_UNDER_XVFB"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="use this database instead of a temporary sample one")
    parser.add_argument("--language", choices=("zh_CN", "en"), default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots", help="folder for the PNGs")
    parser.add_argument("--claims", type=int, default=120, help="sample claims for the temporary database")
    parser.add_argument("--xvfb", action="store_true", help="run under xvfb-run with the xcb platform")
    return parser.parse_args(argv)


def rerun_under_xvfb(argv: list[str]) -> None:
    """Replaces this process with itself under xvfb-run, so real X11 rendering is used."""
    if shutil.which("xvfb-run") is None:
        sys.exit("screenshot: xvfb-run not found (apt-get install xvfb xauth)")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", **{UNDER_XVFB: "1"})
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__, *argv]
    os.execvpe(command[0], command, env)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.xvfb and not os.environ.get(UNDER_XVFB):
        rerun_under_xvfb(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt and the app load only now, after the platform is chosen.
    from sqlalchemy.engine import make_url

    from desktop_app.app import build_main_window
    from desktop_app.start import prepare_application
    from desktop_app.db.engine import resolve_database_url
    from desktop_app.db.opening import open_database

    app = prepare_application(args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    temp_dir = None
    if args.database_url:
        url = resolve_database_url(args.database_url)
    else:
        temp_dir = tempfile.mkdtemp(prefix="service-counter-shots-")
        url = make_url(f"sqlite:///{Path(temp_dir) / 'screenshots.sqlite3'}")
    database = open_database(url)
    try:
        shoot_dialogs(app, database, args.out)
        actor = signed_in_actor(database, args.claims)
        window = build_main_window(database, actor)
        shoot_main_window(app, window, args.out)
        shoot_account_windows(app, window, args.out)
        window.close()
    finally:
        database.dispose()
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)
    print(f"screenshots in {args.out}")
    return 0


def signed_in_actor(database, claims: int):
    """The manager: created with sample data on a new database, else the first active manager."""
    from desktop_app.core.roles import Role
    from desktop_app.services.accounts import AccountService
    from desktop_app.services.actor import Actor
    from desktop_app.services.sample_data import load_sample_data

    accounts = AccountService(database.sessions)
    if accounts.needs_first_run():
        actor = accounts.create_first_manager(*MANAGER)
        load_sample_data(database.sessions, claims=claims)
        return actor
    staff = [s for s in accounts.list_staff() if s.active]
    chosen = next((s for s in staff if s.role is Role.MANAGER), staff[0])
    return Actor(chosen.id, chosen.username, chosen.display_name, chosen.role)


def settle(app, widget) -> None:
    """Lets layouts and paints finish before grabbing."""
    for _ in range(5):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def save(widget, app, path: Path) -> None:
    settle(app, widget)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"screenshot: could not write {path}")
    print(path)


def shoot_dialogs(app, database, out: Path) -> None:
    """Both dialogs, each with an error showing, so the error layout is checked too."""
    from desktop_app.gui.dialogs.first_run_dialog import FirstRunDialog
    from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
    from desktop_app.services.accounts import AccountService

    accounts = AccountService(database.sessions)
    first_run = FirstRunDialog(accounts)
    first_run.ui.username_edit.setText(MANAGER[0])
    first_run.ui.display_name_edit.setText(MANAGER[1])
    first_run.ui.password_edit.setText(MANAGER[2])
    first_run.ui.repeat_edit.setText(MANAGER[2] + "x")  # differs: shows the error, writes nothing
    first_run.ui.sample_data_check.setChecked(True)
    first_run.show()
    first_run.accept()
    save(first_run, app, out / "first_run_dialog.png")
    first_run.close()

    sign_in = SignInDialog(accounts, database.location)
    sign_in.ui.username_edit.setText(MANAGER[0])
    sign_in.show()
    sign_in.show_refusal(_wrong_password_text(), "password")
    save(sign_in, app, out / "sign_in_dialog.png")
    sign_in.close()


def _wrong_password_text() -> str:
    from desktop_app.errors import KnownError
    from desktop_app.gui.error_display import error_text
    from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

    # The sign-in service's message, shown without a real failed attempt: that would count
    # against the account in a real database.
    return error_text(KnownError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")))


def shoot_main_window(app, window, out: Path) -> None:
    window.resize(*SIZE)
    window.show()
    names = ("claims", "work_orders", "requisitions", "staff")
    for index, (tab, name) in enumerate(zip(window.tabs, names)):
        window.show_tab(index)
        save(window, app, out / f"main_{index + 1}_{name}.png")
    from PySide6.QtWidgets import QMessageBox

    about = QMessageBox(QMessageBox.Icon.NoIcon, window.tr("About Service Counter"), window.about_text(),
                        QMessageBox.StandardButton.Ok, window)
    about.show()  # the same text as Help > About, without its blocking exec()
    save(about, app, out / "about.png")
    about.close()

    # As a barcode scanner does it: the code, then Enter.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    claims = window.tabs[0]
    window.show_tab(0)
    for text, name in ((claims.model.row_at(2).number if claims.model.rowCount() > 2 else "SC", "search"),
                       ("没有这个客户", "no_match")):
        claims.ui.search_edit.setText(text)
        QTest.keyClick(claims.ui.search_edit, Qt.Key.Key_Return)
        save(window, app, out / f"main_1_claims_{name}.png")
    shoot_intake_desk(app, window, claims, out)
    shoot_work_orders(app, window, out)
    shoot_printing_and_surveys(app, window, out)


def shoot_intake_desk(app, window, claims, out: Path) -> None:
    """The intake form with a live decision, the call register and the approval queue."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    # Typing part of a name lists the customers with their units under the search box.
    claims.ui.search_edit.setText("张")
    claims.apply_search()
    save(window, app, out / "main_1_claims_customer_search.png")
    claims.ui.search_edit.clear()
    claims.apply_search()
    # An existing customer found by name, with a unit sold ten days ago: the return tier (W2).
    match = claims.services.lookup.customers("有限公司", 1)
    intake = claims.windows.open_intake(match[0] if match else None, None)
    ui = intake.ui
    ui.model_combo.setEditText("IES-2008G")
    ui.serial_edit.setText("IE8G-2026-DEMO01")
    ui.sale_date_edit.setText((dt.date.today() - dt.timedelta(days=10)).isoformat())
    ui.invoice_no_edit.setText("44031234")
    ui.fault_edit.setPlainText("通电后 PWR 灯亮，1-4 口 LINK 灯不亮，无法转发数据")
    intake.refresh_preview()
    ui.accessories_list.item(0).setCheckState(Qt.CheckState.Checked)
    intake.refresh_preview()
    save(intake, app, out / "intake_form_decision.png")
    intake.discard_changes()

    calls = claims.windows.open_call_register()
    calls.resize(1180, 720)
    calls.ui.caller_edit.setText("周先生")
    calls.ui.phone_edit.setText("0755-26781234")
    calls.ui.subject_edit.setText("交换机频繁重启，咨询保修")
    calls.register()
    calls.close()
    # The same register nine hours later: the unanswered call is overdue (S1) and highlighted.
    from desktop_app.gui.intake.call_register_dialog import CallRegisterDialog
    from desktop_app.gui.intake.desk_services import DeskServices

    later = claims.services.clock() + dt.timedelta(hours=9)
    seen_later = CallRegisterDialog(DeskServices.for_sessions(claims.services.sessions, clock=lambda: later),
                                    claims.actor, window)
    seen_later.resize(1180, 720)
    seen_later.start()
    seen_later.show()
    seen_later.ui.calls_table.selectRow(1)
    save(seen_later, app, out / "call_register.png")
    seen_later.close()

    approvals = claims.windows.open_approvals()
    approvals.resize(1000, 520)
    save(approvals, app, out / "approval_queue.png")
    approvals.close()


def shoot_account_windows(app, window, out: Path) -> None:
    """Users (with a refused password), the audit log, and the lock screen over the window."""
    from PySide6.QtGui import QPainter

    from desktop_app.gui.idle_lock import IdleLock

    accounts = window.account_windows
    users = accounts.open_users()
    users.resize(900, 640)
    users.select_user(window.actor.username)
    users.ui.username_edit.setText("zhangwei")
    users.ui.display_name_edit.setText("张伟")
    users.ui.password_edit.setText("abc")
    users.ui.repeat_edit.setText("abc")
    users.add_user()  # too short: shows the field's message, writes nothing
    save(users, app, out / "users_dialog.png")
    users.close()

    viewer = accounts.open_audit_log()
    viewer.resize(1180, 680)
    save(viewer, app, out / "audit_viewer.png")
    viewer.close()

    lock = window.findChild(IdleLock)
    lock.lock()
    dialog = lock.dialog
    dialog.show_refusal(_wrong_password_text(), "password")
    save_composed(app, window, dialog, out / "lock_screen.png", QPainter)
    dialog.ask_about_unsaved_work(window.actor)  # as when the next person signs in over a half-typed form
    save_composed(app, window, dialog, out / "lock_screen_unsaved_work.png", QPainter)


def save_composed(app, window, dialog, path: Path, painter_class) -> None:
    """The window with its modal dialog centred on it, as the screen shows them together."""
    settle(app, window)
    settle(app, dialog)
    picture = window.grab()
    painter = painter_class(picture)
    shot = dialog.grab()
    painter.drawPixmap((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2, shot)
    painter.end()
    if not picture.save(str(path)):
        raise SystemExit(f"screenshot: could not write {path}")
    print(path)


def shoot_printing_and_surveys(app, window, out: Path) -> None:
    """The receipt's print preview, the print settings, survey entry (a low score without a comment)
    and the unreturned surveys."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.documents.receipt import render_receipt
    from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
    from desktop_app.gui.printing.print_settings import document_language
    from desktop_app.gui.printing.print_settings_dialog import PrintSettingsDialog
    from desktop_app.gui.surveys.survey_menu import SurveyWindows
    from desktop_app.services.receipts import ReceiptService

    claims = window.tabs[0]
    claim = claims.model.row_at(0)
    # Rendered without print_receipt: a screenshot is not a print, and must not enter the print log.
    language = document_language()
    data = ReceiptService(claims.services.sessions).receipt(
        claims.actor, claim.id, language=language,
        translate=lambda context, text: QCoreApplication.translate(context, text))
    title = QCoreApplication.translate("ReceiptPrinter", "Service receipt")
    preview = DocumentPreviewDialog(render_receipt(data, language=language), f"{title} {claim.number}",
                                    f"{claim.number}-receipt.pdf", window)
    preview.resize(900, 760)
    preview.show()
    while not preview.is_ready():  # rendered on a pool thread
        app.processEvents()
    save(preview, app, out / "print_preview_receipt.png")
    preview.close()

    settings = PrintSettingsDialog(window)
    settings.show()
    save(settings, app, out / "print_settings.png")
    settings.close()

    surveys = window.findChild(SurveyWindows)
    unreturned = surveys.open_unreturned()
    unreturned.resize(820, 520)
    save(unreturned, app, out / "surveys_unreturned.png")
    entry = surveys.open_entry(unreturned.rows[0].number if unreturned.rows else None)
    for row, score in zip(entry.rows, (5, 4, 2, 4, 5, 3)):
        row.set_score(score)
    entry.save()  # a 2 without the customer's comment: the message shows next to the comment
    save(entry, app, out / "survey_entry_low_score.png")
    entry.close()
    unreturned.close()


def shoot_work_orders(app, window, out: Path) -> None:
    """The work-orders tab with a finished order open, the diagnosis (form, and a changed tier W11 with a
    repeat repair E16) and the parts picker with a shortage. Nothing is saved."""
    import datetime as dt

    from desktop_app.core.vocabulary import CauseClass, WorkOrderState
    from desktop_app.core.warranty import ClaimFacts, judge
    from desktop_app.core.warranty_policy import DEFAULT_POLICY
    from desktop_app.gui.work_orders.action_rules import Action
    from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
    from desktop_app.gui.work_orders.parts_dialog import PartsDialog
    from desktop_app.services.listings import WorkOrderQueue
    from desktop_app.services.work_order_bench import DiagnosisResult

    orders = window.tabs[1]
    window.show_tab(1)
    orders.show_queue(WorkOrderQueue.ALL)
    rows = [orders.model.row_at(r) for r in range(min(orders.model.rowCount(), 80))]
    if not rows:
        return
    details = orders.services.details

    def rich(row) -> bool:  # parts, a quote or a report: every section has something to show
        if row.state is not WorkOrderState.CLOSED:
            return False
        detail = details.get(orders.actor, row.id)
        return bool(detail.parts) and detail.report_solution is not None

    chosen = next((i for i, row in enumerate(rows) if rich(row)), 0)
    orders.ui.table_view.selectRow(chosen)
    save(window, app, out / "main_2_work_orders_detail.png")
    facts = orders.panel.ui.facts_scroll.verticalScrollBar()
    facts.setValue(facts.maximum())  # the lower half: diagnosis, report, parts and history
    save(window, app, out / "main_2_work_orders_detail_history.png")

    # Diagnosis on an order still at the bench (any order will do for the picture).
    bench = next((i for i, row in enumerate(rows) if row.state is WorkOrderState.DIAGNOSING), chosen)
    orders.ui.table_view.selectRow(bench)
    diagnosis = orders.order_actions.open_dialog(Action.DIAGNOSE)
    diagnosis.ui.fault_combo.setCurrentIndex(min(1, diagnosis.ui.fault_combo.count() - 1))
    diagnosis.ui.cause_combo.setCurrentIndex(diagnosis.ui.cause_combo.findData(CauseClass.USER_DAMAGE.value))
    diagnosis.ui.note_edit.setPlainText("外壳有摔落痕迹，电源接口变形，主板 C12 电容鼓包")
    save(diagnosis, app, out / "work_order_diagnosis.png")
    # The result page as it looks when user damage turns an exchange into a paid repair (W11),
    # judged here without saving.
    today = dt.date.today()
    decision = judge(ClaimFacts(claim_date=today, product_category="switch", sale_date=today - dt.timedelta(days=200),
                                has_invoice=True, cause=CauseClass.USER_DAMAGE), DEFAULT_POLICY)
    earlier = rows[-1].number
    diagnosis.show_result(DiagnosisResult(decision, tier_changed=True, repeat_of=earlier))
    save(diagnosis, app, out / "work_order_diagnosis_result.png")
    diagnosis.done(0)

    parts = orders.order_actions.open_dialog(Action.PARTS)
    picker = parts.ui.parts_picker
    picker.search()
    if picker.results:
        short = min(range(len(picker.results)), key=lambda i: picker.results[i].on_hand)
        picker.ui.results_table.selectRow(short)
        picker.ui.quantity_spin.setValue(picker.results[short].on_hand + 2)
        picker.add_selected()
        picker.ui.results_table.selectRow(0 if short else min(1, len(picker.results) - 1))
        picker.add_selected()
    save(parts, app, out / "work_order_parts.png")
    parts.discard_changes()
    orders.show_queue(orders.queues.current)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
