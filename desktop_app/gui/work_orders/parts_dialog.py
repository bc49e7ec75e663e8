"""领用配件: issue parts from stock to an order; a shortage is shown plainly and the order waits for parts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.vocabulary import CostBearer, Remedy
from desktop_app.gui.formatting import money_text
from desktop_app.gui.forms.ui_work_order_parts_dialog import Ui_PartsDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, WARN, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.texts import join
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_bench import PartsResult
from desktop_app.services.work_order_details import WorkOrderDetail

PICK_PAGE, RESULT_PAGE = 0, 1


class PartsDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_PartsDialog(), services, actor, parent)
        ui = self.ui
        # The service names the list for an unknown part ("parts") and a quantity out of range ("quantity").
        chosen = ui.parts_picker.ui.chosen_table
        self.errors = FieldErrors([("parts", chosen, ui.parts_error), ("quantity", chosen, ui.parts_error),
                                   ("customer_consent", ui.consent_check, ui.consent_error),
                                   ("incompatible_reason", ui.reason_edit, ui.reason_error)], ui.error_label)
        self._free_remedy = False
        self._stock_arrived = False  # the service found stock the picker had seen short: it asks consent now
        ui.parts_picker.lines_changed.connect(self._show_consent)
        ui.parts_picker.lines_changed.connect(self._show_reason)
        set_headers(ui.shortage_table, [self.tr("Part no."), self.tr("Needed"), self.tr("On hand"), self.tr("Short by")])
        ui.issue_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        ui.close_button.clicked.connect(self.accept)

    def fill(self, detail: WorkOrderDetail) -> None:
        model, order = detail.product_model, detail.id
        self.errors.clear()
        self._show_page(PICK_PAGE)
        self._free_remedy = free_remedy(detail)
        self._stock_arrived = False
        self.ui.consent_check.setChecked(False)
        self.ui.reason_edit.clear()
        # The wear flag shown is the one this order's claim is charged under (W6, W12). E11: the list starts
        # with the quoted parts the customer accepted that are not on the order yet.
        quoted = self._services.support.quoted_parts(order, model=model, not_yet_on_order=True)
        self.ui.parts_picker.start(lambda text: self._services.support.parts(text, model=model, order_id=order),
                                   model, quoted)
        self._show_consent()
        self._show_reason()

    def snapshot(self) -> object:
        return self.ui.parts_picker.snapshot(), self.ui.consent_check.isChecked(), self.ui.reason_edit.text()

    def editing(self) -> bool:
        return self.ui.pages.currentIndex() == PICK_PAGE

    @Slot()
    def save(self) -> None:
        if self.detail is None or not self.editing():
            return
        lines = self.ui.parts_picker.lines()
        if not lines:
            self.errors.clear()
            self.ui.error_label.setText(self.tr("Add at least one part to the list."))
            self.ui.parts_picker.ui.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        order_id, version = self.detail.id, self.detail.row_version
        consent = self.ui.consent_check.isChecked() and not self.ui.consent_check.isHidden()
        reason = None if self.ui.reason_edit.isHidden() else self.ui.reason_edit.text()
        result = self.attempt(lambda: self._services.bench.use_parts(
            self._actor, order_id, lines, customer_consent=consent, incompatible_reason=reason,
            expected_version=version), self.errors)
        if result is FAILED:
            if self.errors.message("customer_consent") and self.ui.consent_check.isHidden():
                self._stock_arrived = True  # stock came in since the search: the parts are issued, so ask now
                self._show_consent()
                self.errors.focus_first()
            return
        self.errors.clear()
        issued = join([f"{part.part_no} ×{qty}" for part, qty in self.ui.parts_picker.chosen()])
        if result.issued:
            self.finish(self.tr("Parts issued from stock: {parts}.").format(parts=issued), OK)
            return
        self.show_shortages(result)

    def show_shortages(self, result: PartsResult) -> None:
        """Nothing was issued: the lines wait on the order and feed the next requisition (D8)."""
        ui = self.ui
        ui.result_title.setText(self.tr("Not enough in stock: the order now waits for parts"))
        ui.result_title.setStyleSheet("color: #b00020; font-size: 13pt; font-weight: bold;")
        rows = [(s.part_no, str(s.needed), str(s.on_hand), str(s.needed - s.on_hand)) for s in result.shortages]
        fill_grid(ui.shortage_table, rows, right=(1, 2, 3), red=set(range(len(rows))))
        ui.result_detail.setText(self.tr(
            "No part was issued. The parts stay on the order as needed lines and go on the next requisition (D8). "
            "When they arrive, use “Issue waiting parts”."))
        self._show_page(RESULT_PAGE)
        short = join([self.tr("{part} (need {needed}, on hand {on_hand})").format(
            part=s.part_no, needed=s.needed, on_hand=s.on_hand) for s in result.shortages])
        self.finish(self.tr("Not enough in stock: {parts}. The order waits for parts.").format(parts=short),
                    WARN, close=False)
        ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _show_consent(self) -> None:
        """W3, W6: wear parts on a free remedy are the customer's at cost, only if they want them: the
        consent box shows with what they would pay (the service refuses such lines without it).

        A list with a short line is not issued at all (the order waits for parts) and the service ignores
        a consent then: it is asked when the waiting parts are issued, so here one line says so instead."""
        ui = self.ui
        wear = [(part, qty) for part, qty in ui.parts_picker.chosen() if part.is_wear_part] if self._free_remedy else []
        waits = bool(wear) and bool(ui.parts_picker.shortages()) and not self._stock_arrived
        for widget in (ui.consent_label, ui.consent_check, ui.consent_error):
            widget.setVisible(bool(wear) and not waits)
        ui.consent_wait_label.setVisible(waits)
        ui.consent_wait_label.setText(self.tr(
            "The order will wait for parts: the customer's consent for the wear parts {parts} is asked when they "
            "are issued (W3, W6).").format(parts=join([f"{part.part_no} ×{qty}" for part, qty in wear]))
            if waits else "")
        if not wear or waits:
            ui.consent_label.clear()
            return
        amount = sum(((part.cost_price or Decimal("0")) * qty for part, qty in wear), Decimal("0.00"))
        ui.consent_label.setText(self.tr(
            "Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer {amount} at cost. "
            "Ask the customer before issuing them.").format(
                parts=join([f"{part.part_no} ×{qty}" for part, qty in wear]), amount=money_text(amount)))

    @Slot()
    def _show_reason(self) -> None:
        """D5, D9: a part listed only for other models asks why before it is issued (the service refuses
        it without a reason and keeps the reason with the issue in the audit trail)."""
        ui, others = self.ui, self.ui.parts_picker.not_for_model()
        for widget in (ui.reason_label, ui.reason_caption, ui.reason_edit, ui.reason_error):
            widget.setVisible(bool(others))
        if not others:
            ui.reason_label.clear()
            return
        ui.reason_label.setText(self.tr(
            "Not listed for the {model} in the parts catalogue: {parts}. Say why it is fitted here; the reason is "
            "kept with the issue.").format(model=self.detail.product_model if self.detail else "",
                                           parts=join([self.tr("{part} (listed for {models})").format(
                                               part=part.part_no, models="、".join(part.compatible_models))
                                               for part in others])))

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        for button in (ui.issue_button, ui.cancel_button):
            button.setVisible(page == PICK_PAGE)
        ui.close_button.setVisible(page == RESULT_PAGE)
        # No default button while picking: Enter searches and adds parts (the picker's own keys).
        ui.close_button.setDefault(page == RESULT_PAGE)


def free_remedy(detail: WorkOrderDetail) -> bool:
    """Whether the order's claim is repaired or exchanged at the fund's or the manufacturer's cost (as
    the service's charge rule sees it): the customer then pays only the wear parts they agree to."""
    remedy = detail.final_decision or detail.intake_decision
    return (detail.claim_number is not None and remedy is not None and remedy is not Remedy.PAID_REPAIR
            and detail.final_cost_bearer not in (None, CostBearer.CUSTOMER))
