"""The live warranty decision beside the intake form: tier, remedies, charges, approvals, clocks."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core.vocabulary import Remedy
from desktop_app.core.warranty import WARRANTY_CONTEXT, WarrantyDecision
from desktop_app.gui.formatting import MISSING, date_text, local_time_text
from desktop_app.gui.forms.ui_intake_decision_panel import Ui_DecisionPanel
from desktop_app.gui.labels import label
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.claims import IntakePreview

_RULE = re.compile(r"\b([WDSE])(\d+)\b")
_FREE = (Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR)
# The notes that are approvals, not charges (rule W9): shown under "Approval".
_APPROVAL_NOTE = "A return needs the general manager's approval (W9)"
# Replaced by the list of what is missing, which says the same and names the items.
_ACCESSORIES_NOTE = "Missing accessories are charged at cost (W2)"
_TIER_TITLES = {
    Remedy.RETURN: QT_TRANSLATE_NOOP("DecisionPanel", "Return period (W2)"),
    Remedy.EXCHANGE: QT_TRANSLATE_NOOP("DecisionPanel", "Exchange period (W3)"),
    Remedy.FREE_REPAIR: QT_TRANSLATE_NOOP("DecisionPanel", "Free-repair period (W4)"),
    Remedy.PAID_REPAIR: QT_TRANSLATE_NOOP("DecisionPanel", "Paid repair (W5)"),
}
_FREE_COLOUR, _PAID_COLOUR = "#1b5e20", "#8a4b00"


def rules_cited(decision: WarrantyDecision) -> list[str]:
    """The rule numbers the reasons and notes cite, in rule-book order: W before D, by number."""
    found = {m.group(0) for text in (*decision.reasons, *decision.notes) for m in _RULE.finditer(text)}
    order = "WDSE"
    return sorted(found, key=lambda code: (order.index(code[0]), int(code[1:])))


def _warranty(text: str) -> str:
    return QCoreApplication.translate(WARRANTY_CONTEXT, text)


class DecisionPanel(QWidget):
    """Shows one IntakePreview; knows nothing of the form (the dialog passes what it needs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionPanel()
        self.ui.setupUi(self)
        self.show_preview(None)

    def show_preview(self, preview: IntakePreview | None, missing: tuple[str, ...] = (),
                     city: str | None = None, *, note_pending: bool = False) -> None:
        """``note_pending``: escalated (W8), judged so while its note is still to be written."""
        decision = preview.decision if preview is not None else None
        if decision is None:
            self._show_no_decision()
        else:
            self._show_decision(decision, preview, missing, note_pending)
        self._show_clocks(preview, city)

    def text(self) -> str:
        """Everything the panel says, in reading order (for tests and the screenshot check)."""
        labels = [self.ui.tier_label, self.ui.provisional_label, self.ui.remedies_value, self.ui.free_value,
                  self.ui.charged_value, self.ui.cost_value, self.ui.approval_value, self.ui.periods_value,
                  self.ui.rules_value, self.ui.reasons_value, self.ui.reply_value, self.ui.answer_value,
                  self.ui.on_site_value]
        return "\n".join(lab.text() for lab in labels)

    # --- parts -----------------------------------------------------------------------------------
    def _show_no_decision(self) -> None:
        ui = self.ui
        ui.tier_label.setText(self.tr("No decision yet"))
        ui.tier_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #555555;")
        ui.provisional_label.setText(self.tr(
            'Choose the product model and enter the sale date from the invoice (or untick "Invoice present").'))
        for value in (ui.remedies_value, ui.free_value, ui.charged_value, ui.cost_value, ui.approval_value,
                      ui.periods_value, ui.rules_value, ui.reasons_value):
            value.setText(MISSING)

    def _show_decision(self, decision: WarrantyDecision, preview: IntakePreview, missing: tuple[str, ...],
                       note_pending: bool) -> None:
        ui = self.ui
        title = QCoreApplication.translate("DecisionPanel", _TIER_TITLES[decision.rule_best])
        if decision.best is Remedy.NEGOTIATED and note_pending:
            title = self.tr("Escalated: negotiated outcome (W8), note to be written")
        elif decision.best is Remedy.NEGOTIATED:
            title = self.tr("Escalated: negotiated outcome (W8)")
        elif decision.override_reason:
            title = self.tr("{tier}, overridden to {remedy} (W10)").format(tier=title, remedy=label(decision.best))
        ui.tier_label.setText(title)
        colour = _PAID_COLOUR if decision.best is Remedy.PAID_REPAIR else _FREE_COLOUR
        ui.tier_label.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")
        facts = [self.tr("Policy version {version} (W12).").format(version=decision.policy_version)]
        if decision.provisional:
            facts.insert(0, self.tr("Provisional until diagnosis: user damage makes it a paid repair (W11)."))
        if preview.known_unit:
            facts.append(self.tr("This serial number is on record."))
        ui.provisional_label.setText(" ".join(facts))
        ui.remedies_value.setText(self._remedies(decision))
        free = [label(r) for r in decision.offered if r in _FREE]
        ui.free_value.setText(self._join(free) if free else self.tr("Nothing: the customer pays the repair"))
        ui.charged_value.setText(self._charged(decision, missing))
        ui.cost_value.setText(label(decision.cost_bearer))
        ui.approval_value.setText(self._approval(decision, note_pending))
        ui.periods_value.setText(self._periods(decision, preview))
        ui.rules_value.setText(", ".join(rules_cited(decision)))
        ui.reasons_value.setText("\n".join(f"• {_warranty(r)}" for r in decision.reasons))

    def _join(self, items: list[str] | tuple[str, ...]) -> str:
        """A list in the interface language's way: 退货、换货 in Chinese, commas in English."""
        return self.tr(", ", "list separator").join(items)

    def _remedies(self, decision: WarrantyDecision) -> str:
        names = [label(r) for r in decision.offered]
        if len(names) > 1:
            names[0] = self.tr("{remedy} (best)").format(remedy=names[0])
        return self._join(names)

    def _charged(self, decision: WarrantyDecision, missing: tuple[str, ...]) -> str:
        lines = []
        if Remedy.PAID_REPAIR in decision.offered:
            lines.append(self.tr("Repair cost only: parts at the fee schedule's cost (W5)"))
        lines += [_warranty(n) for n in decision.notes if n not in (_APPROVAL_NOTE, _ACCESSORIES_NOTE)]
        if missing and decision.charge_missing_accessories:
            lines.append(self.tr("Missing, charged at cost (W2): {items}").format(items=self._join(missing)))
        elif missing:
            lines.append(self.tr("Missing (no charge for a repair): {items}").format(items=self._join(missing)))
        return "\n".join(f"• {line}" for line in lines) if lines else MISSING

    def _approval(self, decision: WarrantyDecision, note_pending: bool) -> str:
        lines = []
        if decision.needs_manager_approval:
            lines.append(_warranty(_APPROVAL_NOTE))
        if decision.override_reason:
            lines.append(self.tr("Override by a supervisor: {reason} (W10)").format(reason=decision.override_reason))
        if decision.escalation_note and note_pending:
            lines.append(self.tr("Negotiation note: still to be written (W8)"))
        elif decision.escalation_note:
            lines.append(self.tr("Negotiation note: {note} (W8)").format(note=decision.escalation_note))
        return "\n".join(lines) if lines else self.tr("None needed")

    def _periods(self, decision: WarrantyDecision, preview: IntakePreview) -> str:
        parts = []
        for until, text in ((decision.return_until, self.tr("return {date}")),
                            (decision.exchange_until, self.tr("exchange {date}")),
                            (decision.repair_until, self.tr("free repair {date}"))):
            if until is not None:
                parts.append(text.format(date=date_text(until)))
        if preview.registered_sale_date is not None:
            parts.append(self.tr("registered sale {date} (W10)").format(date=date_text(preview.registered_sale_date)))
        return "; ".join(parts) if parts else self.tr("No sale date: paid repair (W10)")

    def _show_clocks(self, preview: IntakePreview | None, city: str | None) -> None:
        ui = self.ui
        if preview is None:
            for value in (ui.reply_value, ui.answer_value, ui.on_site_value):
                value.setText(MISSING)
            return
        sla = preview.sla
        ui.reply_value.setText(self.tr("{time} (within 8 hours)").format(time=local_time_text(sla.reply_due)))
        ui.answer_value.setText(self.tr("{time} (within 24 hours)").format(time=local_time_text(sla.answer_due)))
        cities = self._join(sla.on_site_cities)
        if not city:
            text = self.tr("Enter the city. On-site cities: {cities}").format(cities=cities)
        elif sla.on_site_city:
            text = self.tr("Yes: {city} has on-site support").format(city=city)
        else:
            text = self.tr("No: remote support for {city} (phone, fax, e-mail, QQ, website)").format(city=city)
        ui.on_site_value.setText(text)
