"""One requisition beside the list: header, the quota check (D6) with the excess marked, lines, actions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop_app.core.vocabulary import RequisitionStatus, ShippingMethod
from desktop_app.gui.formatting import (
    MISSING, local_time_text, money_text, month_text, quarter_text, text_or_missing,
)
from desktop_app.gui.forms.ui_requisition_detail_panel import Ui_RequisitionDetailPanel
from desktop_app.gui.labels import label
from desktop_app.gui.requisitions.action_rules import Action, Offer
from desktop_app.gui.requisitions.tables import set_columns
from desktop_app.gui.work_orders.grids import fill_grid, grid_text
from desktop_app.services.requisition_details import RequisitionDetail

EMPTY_PAGE, DETAIL_PAGE = 0, 1
TONES = {"ok": "color: #1b5e20;", "warn": "color: #8a4b00; font-weight: bold;",
         "error": "color: #b00020; font-weight: bold;", "": ""}
RED = "color: #b00020; font-weight: bold;"


class RequisitionDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequisitionDetailPanel()
        self.ui.setupUi(self)
        self.detail: RequisitionDetail | None = None
        ui = self.ui
        self.buttons: dict[Action, QPushButton] = {
            Action.SUBMIT: ui.submit_button, Action.APPROVE: ui.approve_button, Action.SHIP: ui.ship_button,
            Action.RECEIVE: ui.receive_button, Action.CANCEL: ui.cancel_button,
            Action.CLOSE_SHORT: ui.close_short_button, Action.PRINT: ui.print_button,
            Action.EXPORT: ui.export_button,
        }
        set_columns(ui.lines_table, [self.tr("Part no."), self.tr("Name"), self.tr("Ordered"),
                                     self.tr("Received"), self.tr("Fee price"), self.tr("Line total")])
        self.show_detail(None)

    # --- what the tab calls ----------------------------------------------------------------------
    def show_detail(self, detail: RequisitionDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        if detail is None:
            ui.title_label.clear()
            ui.pages.setCurrentIndex(EMPTY_PAGE)
            return
        ui.title_label.setText(f"{detail.number} · {label(detail.status)}")
        ui.pages.setCurrentIndex(DETAIL_PAGE)
        self._header(detail)
        self._quota(detail)
        self._lines(detail)

    def apply_offer(self, offer: Offer) -> None:
        """Buttons the role never uses are hidden; those the state rules out are disabled."""
        for action, button in self.buttons.items():
            button.setVisible(action in offer.visible)
            button.setEnabled(offer.allows(action))

    def show_message(self, text: str, tone: str = "") -> None:
        self.ui.message_label.setStyleSheet(TONES[tone])
        self.ui.message_label.setText(text)

    def text(self) -> str:
        """Everything the panel says, in reading order (tests, screen readers)."""
        ui = self.ui
        values = [w.text() for box in (ui.facts_box, ui.quota_box) for w in box.findChildren(QLabel)
                  if w.objectName().endswith("_value")]
        return "\n".join([ui.title_label.text(), ui.message_label.text(), *values, ui.quota_note_label.text(),
                          *grid_text(ui.lines_table), ui.total_label.text()])

    # --- sections --------------------------------------------------------------------------------
    def _header(self, d: RequisitionDetail) -> None:
        ui = self.ui
        ui.month_value.setText(month_text(d.month))
        status = label(d.status)
        if d.status is RequisitionStatus.CLOSED:  # 结束剩余 (D6): when and why, beside the state
            status = self.tr("{status} on {time}. Reason: {reason}").format(
                status=status, time=local_time_text(d.closed_at), reason=d.close_reason or MISSING)
        ui.status_value.setText(status)
        ui.shipping_value.setText(label(d.shipping))
        urgent = d.shipping is not ShippingMethod.NORMAL
        ui.urgent_cost_value.setText(money_text(d.urgent_cost) if urgent else MISSING)
        ui.created_by_value.setText(text_or_missing(d.created_by))
        ui.approved_by_value.setText(text_or_missing(d.approved_by))
        ui.submitted_value.setText(local_time_text(d.submitted_at))
        ui.received_value.setText(local_time_text(d.received_at))
        ui.note_value.setText(text_or_missing(d.note))

    def _quota(self, d: RequisitionDetail) -> None:
        ui, q = self.ui, d.quota
        ui.quarter_value.setText(quarter_text(q.quarter))
        ui.quota_value.setText(money_text(q.quota))
        ui.used_value.setText(money_text(q.used))
        ui.this_value.setText(money_text(q.this))
        ui.excess_value.setText(money_text(q.excess))
        ui.excess_value.setStyleSheet(RED if q.over else "")
        # The figures stay as they were checked (D6); the note says where the requisition stands now.
        waiting = q.over and d.status in (RequisitionStatus.DRAFT, RequisitionStatus.AWAITING_APPROVAL)
        if d.status is RequisitionStatus.CANCELLED:
            note = self.tr("Cancelled: nothing is supplied or charged, and no approval is needed.")
        elif d.closed_short:
            note = self.tr("The rest was closed ({count} not supplied): only what arrived, {received}, counts toward "
                           "the quota (D6). Reason: {reason}").format(
                count=d.closed_short, received=money_text(d.received_total), reason=d.close_reason or MISSING)
        elif q.over and d.approved_by:
            note = self.tr("Over the quota by {excess}: the excess is charged at the fee schedule; approved by "
                           "{manager} (D6).").format(excess=money_text(q.excess), manager=d.approved_by)
        elif q.over:
            note = self.tr("Over the quota by {excess}: the excess is charged at the fee schedule and the general "
                           "manager must approve the requisition (D6).").format(excess=money_text(q.excess))
        else:
            note = self.tr("Within the quarter's quota: supplied directly (D6).")
        ui.quota_note_label.setText(note)
        ui.quota_note_label.setStyleSheet(RED if waiting else "" if d.status is RequisitionStatus.CANCELLED
                                          or q.over or d.closed_short else "color: #1b5e20;")

    def _lines(self, d: RequisitionDetail) -> None:
        over_mark = self.tr(" (over quota)")
        rows = [(line.part_no, line.name + (over_mark if line.over_quota else ""), str(line.quantity),
                 str(line.received), money_text(line.unit_price), money_text(line.amount)) for line in d.lines]
        fill_grid(self.ui.lines_table, rows, right=(2, 3, 4, 5), red={i for i, x in enumerate(d.lines) if x.over_quota})
        if len(d.lines) == 1:  # no %n plurals: two plain strings
            total = self.tr("1 line, total at the fee schedule: {total}").format(total=money_text(d.total))
        else:
            total = self.tr("{count} lines, total at the fee schedule: {total}").format(
                count=len(d.lines), total=money_text(d.total))
        if d.outstanding and d.status in (RequisitionStatus.SHIPPED, RequisitionStatus.PARTIALLY_RECEIVED):
            total += self.tr("; still to arrive: {count}").format(count=d.outstanding)
        elif d.closed_short:
            total += self.tr("; rest closed, not supplied: {count}").format(count=d.closed_short)
        self.ui.total_label.setText(total)
