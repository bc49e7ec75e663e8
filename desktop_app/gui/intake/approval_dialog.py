"""待审批退货: the general manager approves or refuses each return (rule W9), with a reason to refuse;
refusing an on-site request's return also asks when the customer wants the technician there (S3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING, date_text, local_time_text
from desktop_app.gui.forms.ui_approval_queue_dialog import Ui_ApprovalQueueDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_fields import parse_local_time
from desktop_app.services.actor import Actor
from desktop_app.services.intake_support import ClaimBrief
from desktop_app.services.return_refunds import ReturnFacts

QUEUE_PAGE, EMPTY_PAGE = 0, 1


class ApprovalQueueDialog(QDialog):
    """A short list (returns are rare): a QTableWidget reloaded after every decision."""

    return_decided = Signal(int, bool)  # claim id, approved

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApprovalQueueDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.briefs: list[ClaimBrief] = []
        self.facts: dict[int, ReturnFacts] = {}  # what the refund will be judged on (W2), per claim id
        headers = [self.tr("Claim no."), self.tr("Date"), self.tr("Customer"), self.tr("Phone"),
                   self.tr("Model"), self.tr("Serial no."), self.tr("Fault")]
        table = self.ui.queue_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._show_detail)
        self.ui.approve_button.clicked.connect(self.approve)
        self.ui.refuse_button.clicked.connect(self.refuse)
        self.ui.close_button.clicked.connect(self.close)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    @Slot()
    def reload(self) -> None:
        try:
            pending = self._services.intake.pending_returns(self._actor)
            self.briefs = self._services.support.claim_briefs([claim_id for claim_id, *_ in pending])
            self.facts = self._services.intake.return_facts(self._actor, [brief.id for brief in self.briefs])
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self, error)
            return
        table = self.ui.queue_table
        table.setRowCount(len(self.briefs))
        for row, brief in enumerate(self.briefs):
            values = (brief.number, date_text(brief.claim_date), brief.customer_name, brief.phone,
                      brief.product_model, brief.serial, brief.fault_description)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self.ui.pages.setCurrentIndex(QUEUE_PAGE if self.briefs else EMPTY_PAGE)
        for widget in (self.ui.approve_button, self.ui.refuse_button, self.ui.note_edit, self.ui.arrival_edit):
            widget.setEnabled(bool(self.briefs))
        if self.briefs:
            table.selectRow(0)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_detail()

    def selected(self) -> ClaimBrief | None:
        rows = self.ui.queue_table.selectionModel().selectedRows()
        return self.briefs[rows[0].row()] if rows and rows[0].row() < len(self.briefs) else None

    @Slot()
    def approve(self) -> None:
        self._decide(True)

    @Slot()
    def refuse(self) -> None:
        self._decide(False)

    def _decide(self, approve: bool) -> None:
        brief = self.selected()
        if brief is None:
            return
        if approve and not self._confirm_approval(brief):
            return
        arrival = None
        try:
            if not approve and self.arrival_asked():  # typed in local time, made aware in its zone
                arrival = parse_local_time(self.ui.arrival_edit.text(), "required_arrival_at")
            self._services.intake.decide_return(self._actor, brief.id, approve, self.ui.note_edit.text(),
                                                required_arrival_at=arrival)
        except ValidationError as error:
            self._say(error_text(error), ok=False)
            focus = {"note": self.ui.note_edit, "required_arrival_at": self.ui.arrival_edit}.get(error.field or "")
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except KnownError as error:
            self._say(error_text(error), ok=False)
            return
        done = self.tr("Return {number} approved.") if approve else self.tr("Return {number} refused.")
        done = done.format(number=brief.number)
        if arrival is not None:  # rule S3: what the customer was promised, to say back to them
            done += " " + self.tr("The technician is to arrive by {time}.").format(time=local_time_text(arrival))
        self._say(done, ok=True)
        self.ui.note_edit.clear()
        self.reload()
        self.return_decided.emit(brief.id, approve)

    def _say(self, text: str, *, ok: bool) -> None:
        self.ui.error_label.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.ui.error_label.setText(text)

    def arrival_asked(self) -> bool:
        """Rule S3: refusing an on-site request's return opens an on-site order, which needs the time
        the customer asked for; no other claim asks it."""
        brief = self.selected()
        return brief is not None and brief.channel is ClaimChannel.ON_SITE_REQUEST

    @Slot()
    def _show_detail(self) -> None:
        shown = self.arrival_asked()
        self.ui.note_form.setRowVisible(self.ui.arrival_edit, shown)
        self.ui.arrival_edit.clear()  # a time typed for another customer's claim must not carry over
        brief = self.selected()
        if brief is None:
            self.ui.detail_label.clear()
            return
        missing = "、".join(brief.accessories_missing) or MISSING
        text = self.tr("{number}: {fault}\nAccessories missing: {missing} · Work order: {order}").format(
            number=brief.number, fault=brief.fault_description, missing=missing,
            order=brief.work_order_number or MISSING)
        facts = self.facts.get(brief.id)
        if facts is not None:  # what the refund rests on (W2): the sale, the invoice, who took it in
            text += "\n" + self.tr(
                "Sold: {sale} · Invoice no.: {invoice} · Return allowed until: {until} · Taken in by: {who}").format(
                    sale=date_text(facts.sale_date), invoice=facts.invoice_no or MISSING,
                    until=date_text(facts.return_until), who=facts.taken_in_by)
            if facts.charge_missing_accessories:
                text += "\n" + self.tr("The missing accessories are charged at their cost price: the refund is "
                                        "the purchase price less that charge (W2).")
        self.ui.detail_label.setText(text)

    def _confirm_approval(self, brief: ClaimBrief) -> bool:
        """Rule W9: an approval cannot be taken back (the desk may refund at once), so it is asked first;
        Cancel is the default, so a stray Enter approves nothing."""
        buttons = QMessageBox.StandardButton
        question = self.tr("Approve the return of {number} for {customer}? The approval cannot be undone: "
                           "the desk may then refund the customer (W9).").format(
                               number=brief.number, customer=brief.customer_name or MISSING)
        return QMessageBox.question(self, self.tr("Approve the return?"), question, buttons.Yes | buttons.Cancel,
                                    buttons.Cancel) == buttons.Yes
