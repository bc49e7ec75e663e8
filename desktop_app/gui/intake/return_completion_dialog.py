"""完成退货: the desk records the refund of an approved return (amount, method, what came back), which
closes the claim (rules W2, W9)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.money import MoneyError, to_money
from desktop_app.core.return_refunds import refund_due
from desktop_app.errors import KnownError
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_return_completion_dialog import Ui_ReturnCompletionDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.intake.refund_labels import METHODS, method_text
from desktop_app.services.actor import Actor
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.return_refunds import RefundEntry


class ReturnCompletionDialog(QDialog):
    """The refund as paid; the service validates every field and decides whether the claim may close."""

    # claim id, claim number: a return has no work order, so this is what closes it (W9)
    return_completed = Signal(int, str)

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCompletionDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.claim_id: int | None = None
        self.number = ""
        self.charged = False  # W2: intake recorded missing accessories, charged at cost
        ui = self.ui
        ui.method_combo.addItem(self.tr("Choose…"), None)
        for method, _text in METHODS:
            ui.method_combo.addItem(method_text(method), method.value)
        self.errors = FieldErrors(
            [("purchase_price", ui.price_edit, ui.price_error), ("accessories_charge", ui.charge_edit, ui.charge_error),
             ("amount", ui.price_edit, ui.amount_error), ("method", ui.method_combo, ui.method_error),
             ("product_returned", ui.product_check, ui.returned_error),
             ("accessories_returned", ui.accessories_check, ui.returned_error),
             ("invoice_returned", ui.invoice_check, ui.returned_error)], ui.error_label)
        ui.price_edit.textChanged.connect(self._show_amount)
        ui.charge_edit.textChanged.connect(self._show_amount)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock) the completion is recorded as the new user's."""
        self._actor = actor

    def start(self, claim_id: int) -> bool:
        """Fills the dialog for the claim; False (the error shown) if the claim cannot be read."""
        try:
            briefs = self._services.support.claim_briefs([claim_id])
            facts = self._services.intake.return_facts(self._actor, [claim_id]).get(claim_id)
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self.parentWidget(), error)
            return False
        self.claim_id = claim_id
        brief = briefs[0] if briefs else None
        self.number = brief.number if brief is not None else ""
        if brief is None:
            self.ui.intro_label.setText(MISSING)
        else:
            unit = " ".join(filter(None, (brief.product_model, brief.serial))) or MISSING
            self.ui.intro_label.setText(" · ".join((brief.number, brief.customer_name or MISSING, unit)))
        missing = brief.accessories_missing if brief is not None else ()
        self.charged = facts is not None and facts.charge_missing_accessories
        self.ui.missing_label.setText(self.tr(
            "Missing at intake: {missing}. Their cost price is deducted from the refund (W2).").format(
                missing="、".join(missing)) if missing else "")
        self.ui.missing_label.setVisible(bool(missing))
        for widget in (self.ui.charge_label, self.ui.charge_edit):
            widget.setVisible(self.charged)
        self._clear_input()
        self.ui.price_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot()
    def save(self) -> None:
        if self.claim_id is None:
            return
        ui = self.ui
        entry = RefundEntry(
            purchase_price=ui.price_edit.text(), amount=ui.amount_edit.text(), method=ui.method_combo.currentData(),
            product_returned=ui.product_check.isChecked(), accessories_returned=ui.accessories_check.isChecked(),
            invoice_returned=ui.invoice_check.isChecked(),
            accessories_charge=ui.charge_edit.text() if self.charged else None, note=ui.note_edit.text())
        try:
            self._services.intake.complete_return(self._actor, self.claim_id, entry)
        except FormInvalid as invalid:  # every wrong field named next to it; what was typed stays
            self.errors.show(invalid.errors)
            return
        except KnownError as error:  # not an approved return (any more), no permission: the input stays
            self.errors.clear()
            ui.error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        claim_id = self.claim_id
        self._clear_input()  # saved: nothing typed is left to lose
        self.accept()
        self.return_completed.emit(claim_id, self.number)

    @Slot()
    def _show_amount(self) -> None:
        """W2: the refund is the purchase price less the missing accessories' charge, shown as typed."""
        try:
            price = to_money(self.ui.price_edit.text()) if self.ui.price_edit.text().strip() else None
            charge = to_money(self.ui.charge_edit.text()) if self.charged and self.ui.charge_edit.text().strip() \
                else None
        except MoneyError:
            price = None
        due = refund_due(price, charge) if price is not None else None
        self.ui.amount_edit.setText(f"{due:.2f}" if due is not None and due > Decimal(0) else "")

    def _inputs(self) -> tuple[str, ...]:
        ui = self.ui
        return (ui.price_edit.text().strip(), ui.charge_edit.text().strip(), ui.note_edit.text().strip(),
                "x" if ui.method_combo.currentIndex() > 0 else "",
                *("x" if box.isChecked() else "" for box in (ui.product_check, ui.accessories_check, ui.invoice_check)))

    def _clear_input(self) -> None:
        ui = self.ui
        for edit in (ui.price_edit, ui.charge_edit, ui.amount_edit, ui.note_edit):
            edit.clear()
        ui.method_combo.setCurrentIndex(0)
        for box in (ui.product_check, ui.accessories_check, ui.invoice_check):
            box.setChecked(False)
        self.errors.clear()

    # --- unsaved input (the idle lock asks, rule: nothing typed is lost silently) ---------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and any(self._inputs())

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self._clear_input()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return discard_confirmed(
            self, self.tr("Discard what was typed?"),
            self.tr("The refund has not been saved. Close and lose it?"))
