"""One work order in full beside the list: facts, both decisions, parts, history, and the actions offered."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop_app.core.vocabulary import WorkOrderKind
from desktop_app.core.warranty import WARRANTY_CONTEXT
from desktop_app.core.work_order_flow import REPORT_FIELDS, ServiceReport, missing_report_fields
from desktop_app.gui.formatting import MISSING, date_text, local_time_text, money_text, text_or_missing
from desktop_app.gui.forms.ui_work_order_detail_panel import Ui_WorkOrderDetailPanel
from desktop_app.gui.labels import label
from desktop_app.gui.negotiation_outcomes import outcome_text
from desktop_app.gui.work_orders.action_rules import Action, Offer, exchange_refusal
from desktop_app.gui.work_orders.grids import fill_grid, grid_text, set_headers
from desktop_app.gui.work_orders.texts import join, text_of, yes_no
from desktop_app.services.work_order_details import WorkOrderDetail
from desktop_app.services.work_order_support import TechnicianChoice

EMPTY_PAGE, DETAIL_PAGE = 0, 1
TONES = {"ok": "color: #1b5e20;", "warn": "color: #8a4b00; font-weight: bold;",
         "error": "color: #b00020; font-weight: bold;", "": ""}
RED = "color: #b00020; font-weight: bold;"


def english() -> bool:
    """The interface language (install_translations sets the default locale to it)."""
    return QLocale().language() == QLocale.Language.English


class WorkOrderDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkOrderDetailPanel()
        self.ui.setupUi(self)
        self.detail: WorkOrderDetail | None = None
        self._technician_names: dict[int, str] = {}
        ui = self.ui
        self.buttons: dict[Action, QPushButton] = {
            Action.DISPATCH: ui.dispatch_button, Action.START_DIAGNOSIS: ui.start_diagnosis_button,
            Action.DIAGNOSE: ui.diagnose_button, Action.QUOTE: ui.quote_button,
            Action.ACCEPT_QUOTE: ui.accept_quote_button, Action.REFUSE_QUOTE: ui.refuse_quote_button,
            Action.PARTS: ui.parts_button, Action.ISSUE_WAITING: ui.issue_waiting_button,
            Action.REPAIRING: ui.repairing_button, Action.REPAIRED: ui.repaired_button, Action.READY: ui.ready_button,
            Action.SHIPPED: ui.shipped_button, Action.EXCHANGE: ui.exchange_button, Action.VISIT: ui.visit_button,
            Action.REPORT: ui.report_button, Action.CLOSE: ui.close_button, Action.CANCEL: ui.cancel_button,
            Action.PRINT_REPORT: ui.print_report_button, Action.PRINT_SURVEY: ui.print_survey_button,
            Action.OPINION: ui.opinion_button,
        }
        for button in (ui.print_slip_button, ui.print_unit_label_button):
            button.hide()  # shown by order_printing.PickupPrinter where printing is wired in
        self.buttons[Action.IDENTIFY] = self._identify_button()
        self.buttons[Action.REASSIGN] = self._reassign_button()
        self.buttons[Action.DROP_WAITING] = self._drop_waiting_button()
        self._visits_row()
        self._tooltips = {action: button.toolTip() for action, button in self.buttons.items()}
        set_headers(ui.parts_table, [self.tr("Part no."), self.tr("Name"), self.tr("Qty"), self.tr("Unit price"),
                                  self.tr("Amount"), self.tr("Paid by"), self.tr("Stock")])
        set_headers(ui.history_table, [self.tr("Time"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Note")])
        self.show_detail(None)

    # --- what the tab calls ----------------------------------------------------------------------
    def show_detail(self, detail: WorkOrderDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        if detail is None:
            ui.title_label.clear()
            ui.pages.setCurrentIndex(EMPTY_PAGE)
            return
        ui.title_label.setText(f"{detail.number} · {label(detail.state)}")
        ui.pages.setCurrentIndex(DETAIL_PAGE)
        self._order(detail)
        self._decisions(detail)
        self._diagnosis(detail)
        self._visit(detail)
        self._report(detail)
        self._parts(detail)
        self._history(detail)

    def apply_offer(self, offer: Offer) -> None:
        """Buttons the role never uses are hidden; those the order's state rules out are disabled."""
        for action, button in self.buttons.items():
            button.setVisible(action in offer.visible)
            button.setEnabled(offer.allows(action))
            why = offer.reasons.get(action)  # E10/E11: a disabled button says why
            button.setToolTip(QCoreApplication.translate("Errors", why) if why else self._tooltips[action])
        dispatching = Action.DISPATCH in offer.visible
        for widget in (self.ui.technician_label, self.ui.technician_combo):
            widget.setVisible(dispatching)
        self.ui.technician_combo.setEnabled(offer.allows(Action.DISPATCH))
        if not offer.reasons.get(Action.REFUSE_QUOTE):
            self.ui.refuse_quote_button.setToolTip(self._refusal_tip())
        refusal = exchange_refusal(self.detail) if self.detail is not None else None
        self.ui.exchange_button.setToolTip(QCoreApplication.translate("Errors", refusal) if refusal else self.tr(
            "Record the replacement unit's serial number (W2, W3)"))

    def _refusal_tip(self) -> str:
        """What 客户拒绝 does to this order's quote (E11): a first quote refused sends the unit back unrepaired;
        a revised one refused restores the quote accepted before, and the repair goes on within it."""
        if self.detail is not None and self.detail.quote_revises_accepted:
            return self.tr("The customer refuses the revised quote: the quote they accepted before stands again "
                           "and the repair goes on within it (E11)")
        return self._tooltips[Action.REFUSE_QUOTE]

    def set_technicians(self, technicians: list[TechnicianChoice]) -> None:
        combo = self.ui.technician_combo
        current = combo.currentData()
        combo.clear()
        self._technician_names = {tech.id: tech.display_name for tech in technicians}
        for tech in technicians:
            combo.addItem(self.tr("{name} ({role}, {count} open)").format(
                name=tech.display_name, role=label(tech.role), count=tech.open_orders), tech.id)
        wanted = self.detail.technician_id if self.detail and self.detail.technician_id else current
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else 0 if combo.count() else -1)

    def chosen_technician(self) -> int | None:
        return self.ui.technician_combo.currentData()

    def chosen_technician_name(self) -> str:
        return self._technician_names.get(self.chosen_technician(), "")

    def show_message(self, text: str, tone: str = "") -> None:
        self.ui.message_label.setStyleSheet(TONES[tone])
        self.ui.message_label.setText(text)

    def text(self) -> str:
        """Everything the panel says, in reading order (tests, screen readers)."""
        ui = self.ui
        labels = [w for w in ui.facts_widget.findChildren(QLabel) if w.objectName().endswith("_value")]
        lines = [ui.title_label.text(), ui.message_label.text(), *(w.text() for w in labels), ui.charges_label.text()]
        return "\n".join(lines + grid_text(ui.parts_table) + grid_text(ui.history_table))

    def _identify_button(self) -> QPushButton:
        """登记产品…: only on-site orders booked from a call have it (action_rules), so it is made here
        rather than in the form every order shows; it goes after the customer's-opinion button."""
        button = QPushButton(self.tr("Identify product…"), self.ui.actions_box)
        button.setObjectName("identify_button")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Enter the product and serial found on site: the visit gets its claim and "
                                  "warranty decision, and parts already used are charged accordingly (W10, D13)"))
        self.ui.actions_grid.addWidget(button, 6, 1)
        QWidget.setTabOrder(self.ui.opinion_button, button)
        return button

    def _reassign_button(self) -> QPushButton:
        """改派…: made here beside 登记产品… so the form stays another's; no access key, the panel's
        letters are all taken (tests/gui/access_keys.py): Tab reaches it after the identify button."""
        button = QPushButton(self.tr("Reassign…"), self.ui.actions_box)
        button.setObjectName("reassign_button")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Hand the order, in the state it is in, to another technician, with the "
                                  "reason (E1): he is credited with what is still to be done"))
        self.ui.actions_grid.addWidget(button, 6, 3)  # under 取消工单: the supervisor's column
        QWidget.setTabOrder(self.buttons[Action.IDENTIFY], button)
        return button

    def _drop_waiting_button(self) -> QPushButton:
        """取消等待的备件…: beside the waiting parts' other action, made here like 改派… (no access key left)."""
        button = QPushButton(self.tr("Drop waiting part…"), self.ui.actions_box)
        button.setObjectName("drop_waiting_button")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("A part waiting for stock is no longer needed, or the customer declined the "
                                  "wear part (W3, W6): drop its line, with the reason"))
        self.ui.actions_grid.addWidget(button, 6, 2)
        QWidget.setTabOrder(self.buttons[Action.REASSIGN], button)
        return button

    # --- sections --------------------------------------------------------------------------------
    def _order(self, d: WorkOrderDetail) -> None:
        ui = self.ui
        ui.kind_value.setText(label(d.kind))
        ui.created_value.setText(local_time_text(d.created_at))
        claim = d.claim_number and (f"{d.claim_number} ({label(d.channel)})" if d.channel else d.claim_number)
        ui.claim_value.setText(text_or_missing(claim))
        ui.assigned_value.setText(d.technician or self.tr("Not dispatched yet"))
        name = d.customer_name
        if d.contact_person:
            name = self.tr("{company} (contact: {name})").format(company=d.customer_name, name=d.contact_person)
        ui.customer_value.setText(f"{name} · {label(d.customer_kind)}")
        ui.phone_value.setText(d.customer_phone)
        ui.address_value.setText(text_or_missing(d.customer_address))
        ui.product_value.setText(" ".join(filter(None, (d.product_model, d.product_name))) or MISSING)
        ui.serial_value.setText(text_or_missing(d.serial))
        ui.sale_date_value.setText(date_text(d.sale_date))
        ui.replacement_value.setText(text_or_missing(d.replacement_serial))

    def _decisions(self, d: WorkOrderDetail) -> None:
        ui = self.ui
        ui.fault_reported_value.setText(text_or_missing(d.fault_reported))
        intake = label(d.intake_decision) if d.intake_decision else MISSING
        if d.intake_decision and d.final_decision is None:
            intake = self.tr("{remedy} (provisional until diagnosis, W11)").format(remedy=intake)
        ui.intake_decision_value.setText(intake)
        changed = bool(d.final_decision and d.intake_decision and d.final_decision is not d.intake_decision)
        final = label(d.final_decision) if d.final_decision else self.tr("Not diagnosed yet")
        if changed:
            final = self.tr("{remedy}: changed at diagnosis, the customer must be told (W11)").format(remedy=final)
        ui.final_decision_value.setText(final)
        ui.final_decision_value.setStyleSheet(RED if changed else "")
        bearer = label(d.cost_bearer) if d.cost_bearer else MISSING
        if d.final_cost_bearer is not None and d.final_cost_bearer is not d.cost_bearer:  # W11: found at diagnosis
            bearer = self.tr("{final}; at intake: {bearer}").format(final=label(d.final_cost_bearer), bearer=bearer)
        ui.cost_bearer_value.setText(bearer)
        reasons = [QCoreApplication.translate(WARRANTY_CONTEXT, r) for r in d.decision_reasons]
        lines = [f"• {r}" for r in reasons]
        if d.settlement is not None:  # W8: what was agreed leads, as on the papers (services.settlement_papers)
            lines.insert(0, self._settled(d))
        ui.reasons_value.setText("\n".join(lines) or MISSING)

    def _settled(self, d: WorkOrderDetail) -> str:
        settled = d.settlement
        assert settled is not None
        decision = d.intake_decision.value if d.intake_decision else None  # the claim's agreed remedy
        return self.tr("Negotiation settled (W8) by {by}, {when}: {outcome}; agreed: {note}").format(
            by=settled.by, when=local_time_text(settled.at), outcome=outcome_text(settled.outcome, decision),
            note=settled.note)

    def _diagnosis(self, d: WorkOrderDetail) -> None:
        ui = self.ui
        fault = d.fault_category_en if english() else d.fault_category
        ui.fault_category_value.setText(text_or_missing(fault))
        ui.cause_value.setText(text_of(d.cause) if d.cause else MISSING)
        ui.diagnosis_value.setText(text_or_missing(d.diagnosis))
        repeat = self.tr("Yes: the same fault as {number}, counted against its technician").format(number=d.repeat_of)
        ui.repeat_value.setText(repeat if d.repeat_of else yes_no(False) if d.cause else MISSING)
        ui.repeat_value.setStyleSheet(RED if d.repeat_of else "")
        parts, labour, travel = d.quote
        if labour is None and parts is None:
            ui.quote_value.setText(MISSING)
        else:
            total = sum((x for x in d.quote if x is not None), Decimal("0.00"))
            ui.quote_value.setText(self.tr("Parts {parts} + labour {labour} + travel {travel} = {total}").format(
                parts=money_text(parts), labour=money_text(labour), travel=money_text(travel), total=money_text(total)))
        answers = {True: self.tr("Accepted"), False: self.tr("Refused")}
        waiting = self.tr("Waiting for the customer") if labour is not None else MISSING
        ui.quote_answer_value.setText(answers.get(d.quote_accepted, waiting))

    def _visits_row(self) -> None:
        """访问记录: every visit of an order visited more than once (S3, E23); made here rather than in the
        form because most orders have one visit and show it in the rows above, as before."""
        self.visits_value = QLabel(self.ui.visit_box)
        self.visits_value.setObjectName("visits_value")
        self.visits_value.setTextFormat(Qt.TextFormat.RichText)
        self.visits_value.setWordWrap(True)
        self.visits_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.visit_form.addRow(QLabel(self.tr("Visits:"), self.ui.visit_box), self.visits_value)

    def _visit_lines(self, d: WorkOrderDetail) -> str:
        """One line per visit, in order: who, set off, arrived, left, the call, and a late arrival in red."""
        lines, late = [], html.escape(self.tr("late (S3, E23)"))
        for number, v in enumerate(d.visits, 1):
            line = html.escape(self.tr("{n}. {who}: set off {travel}, arrived {arrived}, left {left}; "
                                       "called headquarters: {called}").format(
                n=number, who=v.technician or MISSING, travel=local_time_text(v.travel_started_at),
                arrived=local_time_text(v.arrived_at), left=local_time_text(v.departed_at),
                called=yes_no(v.called_headquarters)))
            if v.late_arrival:
                line += f' <span style="{RED}">{late}</span>'
            lines.append(line)
        return "<br>".join(lines)

    def _visit(self, d: WorkOrderDetail) -> None:
        ui = self.ui
        ui.visit_box.setVisible(d.kind is not WorkOrderKind.BENCH or d.required_arrival_at is not None)
        ui.required_value.setText(local_time_text(d.required_arrival_at))
        several = len(d.visits) > 1  # one visit (or none) shows as it always did
        for widget in (ui.arrived_value, ui.departed_value, ui.called_value, ui.late_value):
            ui.visit_form.setRowVisible(widget, not several)
        ui.visit_form.setRowVisible(self.visits_value, several)
        self.visits_value.setText(self._visit_lines(d) if several else "")
        ui.arrived_value.setText(local_time_text(d.arrived_at))
        ui.departed_value.setText(local_time_text(d.departed_at))
        ui.called_value.setText(yes_no(d.called_headquarters))
        ui.late_value.setText(self.tr("Yes: arrived after the required time (S3, E23)") if d.late_arrival
                              else yes_no(False) if d.arrived_at else MISSING)
        ui.late_value.setStyleSheet(RED if d.late_arrival else "")

    def _report(self, d: WorkOrderDetail) -> None:
        ui = self.ui
        issued = [p for p in d.parts if p.issued]
        ui.report_cause_value.setText(text_or_missing(d.report_fault_cause))
        ui.report_solution_value.setText(text_or_missing(d.report_solution))
        ui.report_opinion_value.setText(text_or_missing(d.report_customer_opinion))
        if issued:
            parts = join([f"{p.part_no} {p.name} ×{p.quantity}" for p in issued])
        else:
            parts = self.tr("No parts replaced") if d.report_no_parts else MISSING
        ui.report_parts_value.setText(parts)
        missing = missing_report_fields(ServiceReport(d.report_fault_cause, d.report_solution,
                                                      d.report_customer_opinion, d.report_no_parts or bool(issued)))
        names = [QCoreApplication.translate("Errors", REPORT_FIELDS[m]) for m in missing]
        ui.report_missing_value.setText(join(names) if names else self.tr("Nothing: the report is complete"))
        ui.report_missing_value.setStyleSheet(RED if names else "color: #1b5e20;")
        ui.survey_value.setText(self.tr("Entered") if d.has_survey else self.tr("Not entered yet"))

    def _parts(self, d: WorkOrderDetail) -> None:
        rows = [(p.part_no, p.name, str(p.quantity), money_text(p.unit_price), money_text(p.amount),
                 text_of(p.charged_to), self.tr("Issued") if p.issued else self.tr("Waiting for stock"))
                for p in d.parts]
        fill_grid(self.ui.parts_table, rows, right=(2, 3, 4), red={i for i, p in enumerate(d.parts) if not p.issued}, fit=True)
        self.ui.charges_label.setText(self.tr("Charges to the customer: {amount}").format(
            amount=money_text(d.charges_to_customer)))

    def _history(self, d: WorkOrderDetail) -> None:
        # A hand-over keeps the state (from = to): it says so, and its note names both technicians.
        rows = [(local_time_text(e.at), label(e.source) if e.source else MISSING,
                 self.tr("Reassigned") if e.source == e.target else label(e.target), e.by, e.note or "")
                for e in d.history]
        fill_grid(self.ui.history_table, rows, fit=True)

