"""The steps of the counter day: each signs in as whoever does that job and works the real window."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from bench_steps import BenchSteps
from day_facts import (DAYS_SINCE_SALE, FAULT, MODEL, NEW_SERIAL, OPERATOR, PART_NO, PASSWORD,
                       WINDOW_SIZE)
from desk_steps import DeskSteps
from e2e_driver import (CTRL, MouseWatch, activate, check, click_row, focused, gone, grab_window, guard_message_boxes,
                        key, settle, tab_to, type_text, wait_until)
from pdf_saving import save_preview_as_pdf, wait_for_preview
from desktop_app.app import build_main_window
from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.models import Claim, Customer, Part, Product
from desktop_app.db.opening import Database
from desktop_app.gui.dialogs.lock_dialog import LockDialog
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
from desktop_app.gui.intake.intake_dialog import DONE_PAGE
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.tabs.list_tab import SEARCH_DELAY_MS
from desktop_app.services.accounts import AccountService



class Day(BenchSteps, DeskSteps):
    def __init__(self, app: QApplication, database: Database, out: Path, findings: dict) -> None:
        self.app = app
        self.database = database
        self.out = out
        self.findings = findings
        self.mouse = MouseWatch()
        self.boxes = guard_message_boxes()
        self.window = None
        self.customer = self._returning_customer()
        self._check_catalogue()

    # --- bookkeeping -------------------------------------------------------------------------------
    def step(self, action: Callable[[], None]) -> None:
        started = time.monotonic()
        clicks = self.mouse.count
        action()
        settle()
        self.boxes.check()  # an error box after the step's last wait still fails the step
        self.findings["steps"].append({
            "name": action.__name__, "seconds": round(time.monotonic() - started, 2),
            "user": self.window.actor.username if self.window is not None else None,
            "mouse_events": self.mouse.count - clicks})

    def screenshot(self, name: str) -> None:
        path = grab_window(self.window, self.out / f"{name}.png")
        self.findings.setdefault("screenshots", []).append(path.name)

    def _returning_customer(self) -> dict:
        """A private customer of the sample data who has been here before with a claim."""
        with self.database.sessions.read() as s:
            customer = s.scalars(select(Customer).join(Claim, Claim.customer_id == Customer.id)
                                 .where(Customer.kind == CustomerKind.PERSON).order_by(Customer.id).limit(1)).one()
            claims = s.scalar(select(func.count()).select_from(Claim).where(Claim.customer_id == customer.id))
            found = {"id": customer.id, "name": customer.name, "phone": customer.phone, "claims_before": claims}
        self.findings["customer"] = found
        return found

    def _check_catalogue(self) -> None:
        with self.database.sessions.read() as s:
            check(s.scalar(select(Product.id).where(Product.model == MODEL)), f"sample data has no {MODEL}")
            check(s.scalar(select(Part.id).where(Part.part_no == PART_NO)), f"sample data has no {PART_NO}")

    # --- sign in and switch user ------------------------------------------------------------------
    def sign_in(self) -> None:
        """The real sign-in dialog, typed into; then the main window as the composition root builds it."""
        dialog = SignInDialog(AccountService(self.database.sessions), self.database.location)
        dialog.show()
        dialog.activateWindow()
        check(QTest.qWaitForWindowExposed(dialog), "the sign-in dialog was not shown")
        wait_until(lambda: focused() is dialog.ui.username_edit, "the cursor in the user name")
        type_text(focused(), OPERATOR)
        tab_to(dialog.ui.password_edit)
        type_text(focused(), PASSWORD)
        key(focused(), Qt.Key.Key_Return)
        wait_until(lambda: dialog.result() == QDialog.DialogCode.Accepted, "signed in")
        check(dialog.actor is not None and dialog.actor.username == OPERATOR, "signed in as the operator")
        dialog.deleteLater()
        window = build_main_window(self.database, dialog.actor)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.activateWindow()
        check(QTest.qWaitForWindowExposed(window), "the main window was not shown")
        wait_until(window.isActiveWindow, "the main window active")
        self.window = window
        self.findings["window_title"] = window.windowTitle()

    def switch_user(self, username: str) -> None:
        """Ctrl+L locks the counter; the next person types their own name and password (shift change)."""
        key(focused() or self.window, Qt.Key.Key_L, CTRL)
        wait_until(lambda: isinstance(QApplication.activeModalWidget(), LockDialog), "the lock screen")
        lock: LockDialog = QApplication.activeModalWidget()
        wait_until(lambda: focused() is lock.ui.password_edit, "the cursor in the lock screen's password")
        tab_to(lock.ui.username_edit)
        key(focused(), Qt.Key.Key_A, CTRL)
        type_text(focused(), username)
        key(focused(), Qt.Key.Key_Return)  # Enter in the user name goes on to the password
        wait_until(lambda: focused() is lock.ui.password_edit, "Enter moves to the password")
        type_text(focused(), PASSWORD)
        key(focused(), Qt.Key.Key_Return)
        wait_until(lambda: self.window.actor.username == username, f"{username} took over the counter")
        wait_until(lambda: QApplication.activeModalWidget() is None, "the lock screen gone")
        activate(self.window)

    def show_tab(self, index: int) -> None:
        """Ctrl+1…Ctrl+4, as the README promises."""
        key(focused() or self.window, getattr(Qt.Key, f"Key_{index + 1}"), CTRL)
        wait_until(lambda: self.window.ui.tab_widget.currentIndex() == index, f"tab {index + 1} shown")
        settle()

    # --- the front desk ----------------------------------------------------------------------------
    def take_in_claim_by_keyboard(self) -> None:
        """Search by phone, choose the customer, fill the form, Ctrl+S, print the receipt: no mouse at all."""
        claims = self.window.tabs[0]
        customer = self.customer
        clicks_before = self.mouse.count
        with self.mouse.none_during("search, intake and receipt"):
            self.show_tab(0)
            search = claims.ui.search_edit
            wait_until(lambda: focused() is search, "Ctrl+1 puts the cursor in the search box")
            type_text(search, customer["phone"][3:9])  # any part of the phone number
            wait_until(lambda: claims.ui.search_results.isVisible()
                       and customer["id"] in [m.id for m in claims.results.matches()],
                       "the returning customer listed under the search box", timeout_ms=SEARCH_DELAY_MS * 40)
            key(search, Qt.Key.Key_Down)
            tree = claims.ui.search_results
            wait_until(lambda: focused() is tree, "Down enters the results")
            for _ in range(tree.topLevelItemCount() * 8):
                match, unit = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
                if match.id == customer["id"] and unit is None:
                    break
                key(tree, Qt.Key.Key_Down)
            key(tree, Qt.Key.Key_Return)
            dialog = claims.windows.intake
            wait_until(lambda: dialog.isVisible() and focused() is dialog.ui.model_combo,
                       "the intake form, pre-filled, with the cursor on the model")
            self._fill_intake(dialog)
            self._print_receipt(claims, dialog)
            key(focused(), Qt.Key.Key_Escape)  # the form: nothing unsaved, it closes
            wait_until(lambda: not dialog.isVisible(), "the intake form closed")
            activate(self.window)
        self.findings["intake_mouse_events"] = self.mouse.count - clicks_before
        wait_until(lambda: claims.model.rowCount() >= 1 and claims.model.row_at(0).number == self.claim_number,
                   "the new claim shown in the list")
        # For the picture: the whole list, newest first, with the new claim selected at the top.
        key(claims.ui.search_edit, Qt.Key.Key_A, CTRL)
        key(claims.ui.search_edit, Qt.Key.Key_Backspace)
        wait_until(lambda: claims.model.rowCount() > 1, "every claim listed again")
        check(claims.model.row_at(0).number == self.claim_number, "the new claim is the newest")
        click_row(claims.ui.table_view, 0)
        wait_until(lambda: claims.ui.detail_label.text().startswith(self.claim_number), "the claim's details")
        self.screenshot("1-claims")

    def _fill_intake(self, dialog) -> None:
        ui = dialog.ui
        check((ui.name_edit.text(), ui.phone_edit.text()) == (self.customer["name"], self.customer["phone"]),
              "the form is pre-filled with the customer")
        check(ui.existing_label.isVisible(), "the form says it is an existing customer")
        type_text(ui.model_combo, MODEL)
        tab_to(ui.serial_edit)
        type_text(focused(), NEW_SERIAL)
        tab_to(ui.serial_unknown_check)
        tab_to(ui.invoice_check)
        tab_to(ui.invoice_no_edit)
        type_text(focused(), "44039876")
        tab_to(ui.sale_date_edit)
        type_text(focused(), (dt.date.today() - dt.timedelta(days=DAYS_SINCE_SALE)).isoformat())
        tab_to(ui.received_edit)
        tab_to(ui.channel_combo)
        tab_to(ui.fault_edit)
        type_text(focused(), FAULT)
        key(focused(), Qt.Key.Key_S, CTRL)
        wait_until(lambda: ui.pages.currentIndex() == DONE_PAGE,
                   f"the claim saved by Ctrl+S ({ui.form_error_label.text()})")
        saved = dialog.saved
        check(saved is not None and saved.work_order_number, "the claim has a repair work order")
        self.claim_number, self.order_number = saved.number, saved.work_order_number
        self.findings.update(claim_number=saved.number, work_order_number=saved.work_order_number,
                             intake_done_title=ui.done_title_label.text(),
                             intake_done_detail=ui.done_detail_label.text())

    def _print_receipt(self, claims, dialog) -> None:
        """Enter on the focused Print receipt button; Ctrl+S in the preview; the file name typed."""
        check(focused() is dialog.ui.print_button, "after saving, the cursor is on Print receipt")
        printer = claims.findChild(ReceiptPrinter)
        preview = wait_for_preview(printer, lambda: key(focused(), Qt.Key.Key_Return))
        path = self.out / "receipt.pdf"
        save_preview_as_pdf(preview, path, lambda: key(focused(), Qt.Key.Key_S, CTRL))
        self.findings.update(receipt_pdf=path.name, receipt_preview_title=preview.windowTitle(),
                             receipt_pages=preview.page_count())
        key(focused(), Qt.Key.Key_Escape)  # closes the preview, back to the form
        wait_until(lambda: gone(preview), "the preview closed")
        activate(dialog)

