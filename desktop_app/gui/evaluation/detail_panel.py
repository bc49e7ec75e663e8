"""One staff member's month: the figures, the evidence behind each (orders, surveys, complaints, fines), 12 months' chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QWidget

from desktop_app.core.kpis import MonthFigures
from desktop_app.gui.evaluation.texts import percent_text, score_text, text_of
from desktop_app.gui.formatting import MISSING, date_text, money_text
from desktop_app.gui.forms.ui_evaluation_detail_panel import Ui_EvaluationDetailPanel
from desktop_app.gui.labels import label
from desktop_app.services.assessment_views import ComplaintView, FineView
from desktop_app.services.evaluation_listing import REPAIR_KEYS, EvaluationRow

ORDER_ROLE = Qt.ItemDataRole.UserRole  # the work-order number an evidence line opens (None: none)
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section key on its top-level item
# Fines suggested and not yet decided: to act on, not yet counted (red stays for E21 and E24 flags).
PENDING_COLOUR = QColor("#b26a00")


class EvaluationDetailPanel(QWidget):
    work_order_requested = Signal(str)  # double-click on an order in the evidence
    print_requested = Signal()
    mark_signed_requested = Signal()  # the person signed the printed sheet (E24)
    undo_signed_requested = Signal()  # the general manager takes back a month marked by mistake

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationDetailPanel()
        self.ui.setupUi(self)
        self.row: EvaluationRow | None = None
        self._values: dict[str, QLabel] = {}
        specs = [(key, title) for key, title, _text in self.figure_specs()]
        specs.append(("pending_fines", self.tr("Fines awaiting a decision (not counted)")))
        for index, (key, title) in enumerate(specs):
            line, column = divmod(index, 2)
            caption = QLabel(title, self.ui.figures_group)
            value = QLabel(MISSING, self.ui.figures_group)
            value.setObjectName(f"{key}_value")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Room for the widest value ("not applicable", a four-figure fine total): the caption
            # wraps instead when the panel is narrow, the figure is never cut.
            value.setMinimumWidth(max(value.fontMetrics().horizontalAdvance(text)
                                      for text in (self.tr("n/a"), "¥0,000.00",
                                                   self.pending_text(2, Decimal("200.00")))) + 8)
            caption.setWordWrap(True)
            self.ui.figures_grid.addWidget(caption, line, column * 2)
            self.ui.figures_grid.addWidget(value, line, column * 2 + 1)
            self._values[key] = value
        self.ui.figures_grid.setColumnStretch(0, 1)
        self.ui.figures_grid.setColumnStretch(2, 1)
        header = self.ui.evidence_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.evidence_tree.itemDoubleClicked.connect(self._on_item_activated)
        self.ui.evidence_tree.itemActivated.connect(self._on_item_activated)  # Enter on the keyboard
        self.ui.print_sheet_button.clicked.connect(self.print_requested)
        self.ui.mark_signed_button.clicked.connect(self.mark_signed_requested)
        self.ui.undo_signed_button.clicked.connect(self.undo_signed_requested)
        # The evidence first, a smaller chart: at 768 px of screen the tree shrank to five lines.
        self.ui.evidence_splitter.setSizes([300, 150])
        # The message (the pending-fines hint) above the buttons, across the panel: beside them it
        # wrapped over five lines.
        outer = self.layout()
        self.ui.button_row.removeWidget(self.ui.message_label)
        row_index = next(i for i in range(outer.count()) if outer.itemAt(i).layout() is self.ui.button_row)
        outer.insertWidget(row_index, self.ui.message_label)
        self.ui.button_row.setStretch(0, 1)  # the spacer, now first, pushes the buttons right
        self.clear()

    def figure_specs(self) -> list[tuple[str, str, Callable[[MonthFigures], str]]]:
        """(figure, caption, how it reads) in the order of the evaluation sheet."""
        return [
            ("completed", self.tr("Orders completed"), lambda f: f"{f.completed}"),
            ("surveys", self.tr("Surveys returned (E17)"), lambda f: f"{f.surveys}"),
            ("satisfaction", self.tr("Average satisfaction (of 5)"), lambda f: score_text(f.satisfaction)),
            ("answered_24h_rate", self.tr("Answered within 24 h (S3)"), lambda f: percent_text(f.answered_24h_rate)),
            ("on_time_rate", self.tr("Arrived on time (S3)"), lambda f: percent_text(f.on_time_rate)),
            ("repeats", self.tr("Repeat repairs (E16)"), lambda f: f"{f.repeats}"),
            ("incomplete_reports", self.tr("Incomplete reports (E23)"), lambda f: f"{f.incomplete_reports}"),
            ("verified_complaints", self.tr("Upheld complaints"), lambda f: f"{f.verified_complaints}"),
            ("major_demerits", self.tr("Major demerits (E21)"), lambda f: f"{f.major_demerits}"),
            ("fines_total", self.tr("Fines total (E23)"), lambda f: money_text(f.fines_total)),
        ]

    # --- what the tab shows -------------------------------------------------------------------------
    def clear(self) -> None:
        self.row = None
        self.ui.name_label.clear()
        self.ui.hint_label.show()
        for value in self._values.values():
            value.setText(MISSING)
            value.setStyleSheet("font-weight: bold;")
        self.ui.evidence_tree.clear()
        self.ui.history_chart.set_series([])
        self.ui.chart_label.setText(self.tr("The last 12 months"))
        self.ui.print_sheet_button.setEnabled(False)
        self.set_sign_allowed(False, False)
        self.show_message("")

    def show_row(self, row: EvaluationRow, month: dt.date, complaints: Sequence[ComplaintView],
                 fines: Sequence[FineView], history: Sequence[tuple[dt.date, MonthFigures]] | None) -> None:
        """``history`` None: the chart is still being computed (``show_history`` follows)."""
        self.row = row
        self.ui.hint_label.hide()
        self.ui.name_label.setText(self.tr("{name} ({role}), {month}").format(
            name=row.name, role=label(row.role), month=f"{month:%Y-%m}"))
        for key, _title, text in self.figure_specs():
            # The front desk does no repairs: those figures do not apply; complaints and fines do (E3, E21).
            applies = row.repair_figures or key not in REPAIR_KEYS
            self._values[key].setText(text(row.figures) if applies else self.tr("n/a"))
        self._show_pending(row)
        signed = row.evidence.signed
        if signed is not None:  # E24: what the person signed stays; later entries go to a later month
            self.show_message(self.tr("Signed: recorded on {day} by {name}. Fines total {total}, major demerits "
                                      "{majors} as signed; fines or demerits entered later for this month count "
                                      "as late entries in the next month not yet signed.").format(
                day=date_text(signed.signed_on), name=signed.recorded_by, total=money_text(signed.fines_total),
                majors=signed.major_demerits))
        self._fill_evidence(row, complaints, fines)
        if history is None:
            self.ui.history_chart.set_series([], computing=True)
            self.ui.chart_label.setText(self.tr("The last 12 months (computing…)"))
        else:
            self.show_history(history)

    def show_history(self, history: Sequence[tuple[dt.date, MonthFigures]]) -> None:
        self.ui.history_chart.set_series(history)
        if history:
            self.ui.chart_label.setText(self.tr("The last 12 months ({first} – {last})").format(
                first=f"{history[0][0]:%Y-%m}", last=f"{history[-1][0]:%Y-%m}"))
        else:
            self.ui.chart_label.setText(self.tr("The last 12 months"))

    def pending_text(self, count: int, amount: Decimal) -> str:
        """The pending fines as one figure: how many and how much, e.g. "2 笔 ¥200.00"; a dash for none
        (like every absent value), not a bare "0" beside "1 笔 ¥100.00"."""
        return self.tr("{count} for {amount}").format(count=count, amount=money_text(amount)) if count else MISSING

    def _show_pending(self, row: EvaluationRow) -> None:
        """Amber while fines of the month await a decision: the sheet is not printed until they are
        decided, so that the total the person signs stays final (E23, E24)."""
        value = self._values["pending_fines"]
        value.setText(self.pending_text(row.pending_fines, row.pending_fines_total))
        value.setStyleSheet("font-weight: bold;" + (f" color: {PENDING_COLOUR.name()};" if row.pending_fines else ""))
        if row.pending_fines:
            self.show_message(self.tr("Decide the pending fines under Fines… before printing the sheet: "
                                      "the signed total must not change afterwards."), "warning")
        else:
            self.show_message("")

    def figure_text(self, key: str) -> str:
        return self._values[key].text()

    def set_print_allowed(self, allowed: bool, why_not: str = "") -> None:
        self.ui.print_sheet_button.setEnabled(allowed and self.row is not None)
        self.ui.print_sheet_button.setToolTip("" if allowed else why_not)

    def set_sign_allowed(self, mark: bool, undo: bool, why_not_mark: str = "", why_not_undo: str = "") -> None:
        """Recording the signature only for an unsigned month, undoing it only for a signed one."""
        signed = self.row is not None and self.row.evidence.signed is not None
        self.ui.mark_signed_button.setEnabled(mark and self.row is not None and not signed)
        self.ui.undo_signed_button.setEnabled(undo and signed)
        self.ui.mark_signed_button.setToolTip(why_not_mark or self.ui.mark_signed_button.statusTip()
                                              or self.tr("The staff member signed the printed sheet: its fines "
                                                         "total and demerits are kept as signed."))
        self.ui.undo_signed_button.setToolTip(why_not_undo or self.tr(
            "General manager only: take back a month recorded as signed by mistake, with the reason."))

    def show_message(self, text: str, kind: str = "info") -> None:
        colour = {"error": "#b00020", "warning": PENDING_COLOUR.name()}.get(kind, "#1b5e20")
        self.ui.message_label.setStyleSheet(f"color: {colour};")
        self.ui.message_label.setText(text)

    # --- the evidence --------------------------------------------------------------------------------
    def section(self, key: str) -> QTreeWidgetItem | None:
        tree = self.ui.evidence_tree
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item.data(0, SECTION_ROLE) == key:
                return item
        return None

    def evidence(self, key: str) -> list[str]:
        """The first column of a section's lines (order, complaint or fine), as shown."""
        item = self.section(key)
        return [] if item is None else [item.child(i).text(0) for i in range(item.childCount())]

    def _fill_evidence(self, row: EvaluationRow, complaints: Sequence[ComplaintView],
                       fines: Sequence[FineView]) -> None:
        ev = row.evidence
        tree = self.ui.evidence_tree
        pending = set(ev.pending_fines)  # the views of both kinds come in one list
        late_fines, late_complaints = dict(ev.late_fines), dict(ev.late_complaints)
        tree.clear()
        orders = self.tr("Work order: double-click to open it")
        sections: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
            ("completed", self.tr("Completed orders"), [(n, "", n) for n in ev.completed]),
            ("surveys", self.tr("Orders with a survey returned (E17)"), [(n, "", n) for n in ev.surveys]),
            ("late", self.tr("Answered after 24 h or late on site (S3)"), [(n, "", n) for n in ev.late_or_slow]),
            ("repeats", self.tr("Repeats of this person's repairs (E16)"), [(n, "", n) for n in ev.repeats]),
            ("incomplete", self.tr("Incomplete service reports (E23)"),
             [(n, "", n) for n in ev.incomplete_reports]),
            ("complaints", self.tr("Upheld complaints (E3, E21)"),
             [(c.number, self._late(self._complaint_text(c), late_complaints.get(c.number)), c.work_order_number)
              for c in complaints]),
            ("fines", self.tr("Confirmed fines (E23)"),
             [(money_text(f.amount), self._late(self._fine_text(f), late_fines.get(f.id)), f.work_order_number)
              for f in fines if f.id not in pending]),
            ("pending_fines", self.tr("Fines awaiting a decision, not counted (E23)"),
             [(money_text(f.amount), self._late(self._fine_text(f), late_fines.get(f.id)), f.work_order_number)
              for f in fines if f.id in pending]),
        ]
        undecided = self.tr("Suggested, not yet decided: not in the fines total. Decide it under Fines…")
        for key, title, lines in sections:
            top = QTreeWidgetItem(tree, [self.tr("{title} ({count})").format(title=title, count=len(lines))])
            top.setData(0, SECTION_ROLE, key)
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for first, detail, order in lines:
                child = QTreeWidgetItem(top, [first, detail])
                child.setData(0, ORDER_ROLE, order)
                if order:
                    child.setToolTip(0, orders)
                if key == "pending_fines":
                    for column in (0, 1):
                        child.setForeground(column, QBrush(PENDING_COLOUR))
                    child.setToolTip(1, undecided)
                    child.setToolTip(0, f"{undecided}\n{orders}" if order else undecided)
            if key == "pending_fines" and lines:
                top.setForeground(0, QBrush(PENDING_COLOUR))
            top.setExpanded(bool(lines))

    def _late(self, text: str, own_month: dt.date | None) -> str:
        """A late entry (补记) of an earlier signed month, counted in this one (services.signed_months)."""
        if own_month is None:
            return text
        return self.tr("{text} · late entry (of {month}, signed)").format(text=text, month=f"{own_month:%Y-%m}")

    def _complaint_text(self, complaint: ComplaintView) -> str:
        parts = [date_text(complaint.received_on), text_of(complaint.category), complaint.description]
        if complaint.contact_phone:  # whom the verification heard (E3, E21, E24: the evidence)
            parts.append(self.tr("phone {phone}").format(phone=complaint.contact_phone))
        if complaint.demerit is not None:
            parts.append(text_of(complaint.demerit))
        if complaint.work_order_number:
            parts.append(complaint.work_order_number)
        return " · ".join(parts)

    def _fine_text(self, fine: FineView) -> str:
        parts = [date_text(fine.facts_on), text_of(fine.reason),
                 self.tr("rule set v{version}").format(version=fine.rule_version)]
        if fine.work_order_number:
            parts.append(fine.work_order_number)
        return " · ".join(parts)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        order: Any = item.data(0, ORDER_ROLE)
        if order:
            self.work_order_requested.emit(str(order))
