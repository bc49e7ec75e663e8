"""One service-fund record typed by the manager: a remittance, the fund percentage, or a charge (D4, D13, D14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.money import MoneyError, to_money
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import money_text
from desktop_app.gui.forms.ui_fund_entry_dialog import Ui_FundEntryDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.fund_ledger import FundService

BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Enter the amount in yuan with at most two decimals, e.g. 12500.00.")
BAD_PERCENT = QT_TRANSLATE_NOOP("Errors", "Enter the percentage as a number, e.g. 3.5.")
NO_NOTE = QT_TRANSLATE_NOOP("Errors", "Say what the charge is for, e.g. freight of return application RA-2026-0003.")


class Entry(StrEnum):
    REMITTANCE = "remittance"
    RATE = "rate"
    CHARGE = "charge"


class FundEntryDialog(QDialog):
    """Accepted once FundService recorded the entry; ``result_text`` says what was recorded."""

    def __init__(self, fund: FundService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FundEntryDialog()
        self.ui.setupUi(self)
        self._fund = fund
        self._actor = actor
        self.entry = Entry.REMITTANCE
        self.result_text = ""
        ui = self.ui
        self.errors = FieldErrors([("effective_from", ui.date_edit, ui.date_error), ("amount", ui.amount_edit, ui.amount_error),
                                   ("percent", ui.amount_edit, ui.amount_error), ("note", ui.text_edit, ui.text_error)],
                                  ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        self.setMinimumWidth(520)  # adjustSize() after hiding rows must not squeeze the labels
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, entry: Entry) -> None:
        ui, self.entry = self.ui, entry
        ui.date_edit.setDate(QDate.currentDate())
        ui.amount_edit.clear()
        ui.text_edit.clear()
        self.errors.clear()
        ui.entry_form.setRowVisible(ui.text_edit, entry is not Entry.RATE)
        if entry is Entry.REMITTANCE:
            self.setWindowTitle(self.tr("Record a remittance"))
            ui.intro_label.setText(self.tr("A payment remitted to the manufacturer; the fund accrues its percentage "
                                           "of the quarter's remittances (D4)."))
            ui.date_label.setText(self.tr("&Paid on:"))
            ui.amount_label.setText(self.tr("&Amount (¥):"))
            ui.text_label.setText(self.tr("Re&ference:"))
            ui.text_edit.setPlaceholderText(self.tr("Bank slip or voucher no."))
            ui.ok_button.setText(self.tr("&Record remittance"))
        elif entry is Entry.RATE:
            self.setWindowTitle(self.tr("Fund percentage"))
            ui.intro_label.setText(self.tr("The fund's share of remittances is configuration with an effective date "
                                           "(D4); remittances from that date accrue at the new percentage."))
            ui.date_label.setText(self.tr("&Effective from:"))
            ui.amount_label.setText(self.tr("&Percentage (%):"))
            ui.ok_button.setText(self.tr("&Set percentage"))
        else:
            self.setWindowTitle(self.tr("Record a charge"))
            ui.intro_label.setText(self.tr("Freight to the manufacturer and refurbishment parts the centre bears "
                                           "are deducted from the fund (D13, D14)."))
            ui.date_label.setText(self.tr("&Date:"))
            ui.amount_label.setText(self.tr("&Amount (¥):"))
            ui.text_label.setText(self.tr("&What for:"))
            ui.text_edit.setPlaceholderText(self.tr("e.g. freight, return application RA-2026-0003"))
            ui.ok_button.setText(self.tr("&Record charge"))
        self.adjustSize()
        ui.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def day(self) -> dt.date:
        return self.ui.date_edit.date().toPython()

    def _amount(self) -> Decimal:
        try:
            return to_money(self.ui.amount_edit.text())
        except MoneyError:
            raise ValidationError(BAD_AMOUNT, field="amount") from None

    def _percent(self) -> Decimal:
        try:
            value = Decimal(self.ui.amount_edit.text().strip().rstrip("%").strip())
        except InvalidOperation:
            raise ValidationError(BAD_PERCENT, field="percent") from None
        if not value.is_finite():
            raise ValidationError(BAD_PERCENT, field="percent")
        return value

    @Slot()
    def save(self) -> None:
        text, day = self.ui.text_edit.text(), self.day()
        try:
            if self.entry is Entry.REMITTANCE:
                amount = self._amount()
                self._fund.record_remittance(self._actor, day, amount, text)
                self.result_text = self.tr("Remittance of {amount} on {date} recorded.").format(
                    amount=money_text(amount), date=day.isoformat())
            elif self.entry is Entry.RATE:
                percent = self._percent()
                self._fund.set_rate(self._actor, day, percent)
                self.result_text = self.tr("The fund percentage is {percent}% from {date}.").format(
                    percent=f"{percent.normalize():f}", date=day.isoformat())
            else:
                amount = self._amount()
                if not text.strip():
                    raise ValidationError(NO_NOTE, field="note")
                self._fund.record_charge(self._actor, day, amount, text)
                self.result_text = self.tr("Charge of {amount} on {date} recorded.").format(
                    amount=money_text(amount), date=day.isoformat())
        except ValidationError as error:
            self.errors.show([error])
        except KnownError as error:
            self.errors.clear()
            self.ui.error_label.setText(error_text(error))
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
        else:
            self.accept()
