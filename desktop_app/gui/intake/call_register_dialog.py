"""来电登记: every consultation call registered (E1, E19) with its 8-hour reply clock (S1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from desktop_app.core.vocabulary import CallChannel
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING, local_time_text, text_or_missing
from desktop_app.gui.forms.ui_call_register_dialog import Ui_CallRegisterDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.intake import shared_phone_question
from desktop_app.gui.labels import label
from desktop_app.gui.list_setup import fit_widths, search_as_you_type
from desktop_app.gui.paged_table_model import Column, PagedTableModel
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.tabs.list_tab import SEARCH_DELAY_MS  # the tabs' pause
from desktop_app.services.actor import Actor
from desktop_app.services.calls import CallForm, CallSaved
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.intake_support import CallLogRow
from desktop_app.services.listing_base import SEARCH_COUNT_CAP
from desktop_app.services.sla import REPLY_WITHIN
from desktop_app.services.text_search import too_short_to_search

DEFAULT_ARRIVAL = dt.timedelta(days=1)  # a visit asked for "tomorrow" unless the caller says when


def _overdue(row: CallLogRow) -> bool:
    return row.overdue and row.replied_at is None


class CallRegisterDialog(QDialog):
    """The form on top registers; the register below shows every call, overdue ones highlighted."""

    call_registered = Signal(object)  # CallSaved

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallRegisterDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self._services = services
        self._actor = actor
        self.listing = services.call_log()
        # Counted up to the tabs' cap, as they count: an exact count of a year's calls (“CL-2025”:
        # 48,000 of 220,000) took 64 ms a keystroke on PostgreSQL, 5 ms capped (issue 8).
        self.model = PagedTableModel(self.listing, self._columns(), parent=self, highlight=_overdue,
                                     search_cap=SEARCH_COUNT_CAP)
        self.ui.calls_table.setModel(self.model)
        self._size_columns()
        for channel in CallChannel:
            self.ui.channel_combo.addItem(label(channel), channel.value)
        ui = self.ui
        self.errors = FieldErrors([("received_at", ui.received_edit, ui.received_at_error),  # S1
                                   ("caller_name", ui.caller_edit, ui.caller_name_error),
                                   ("phone", ui.phone_edit, ui.phone_error),
                                   ("subject", ui.subject_edit, ui.subject_error),
                                   ("required_arrival_at", ui.arrival_edit, ui.required_arrival_at_error),
                                   ("needs_visit", ui.visit_check, ui.required_arrival_at_error),  # S2
                                   ("city", ui.city_edit, ui.required_arrival_at_error)],
                                  ui.result_label)
        ui.visit_check.toggled.connect(ui.arrival_edit.setEnabled)
        ui.received_check.toggled.connect(self._on_received_toggled)
        ui.received_edit.dateTimeChanged.connect(self._show_clock)
        ui.visit_check.toggled.connect(ui.city_edit.setEnabled)
        ui.register_button.clicked.connect(self.register)
        ui.replied_button.clicked.connect(self.mark_replied)
        ui.link_button.clicked.connect(self.link_claim)
        ui.overdue_check.toggled.connect(self._on_overdue_toggled)
        self._search_timer = search_as_you_type(self, ui.search_edit, self.apply_search, SEARCH_DELAY_MS)
        ui.close_button.clicked.connect(self.close)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(lambda error: show_error(self, error))

    def _columns(self) -> list[Column]:
        return [
            # The outcome last, taking what is left: it is the longest text; most calls have no claim.
            Column(self.tr("Call no."), lambda r: r.number, width_chars=14),
            Column(self.tr("Received"), lambda r: local_time_text(r.received_at), width_chars=16),
            Column(self.tr("Channel"), lambda r: label(r.channel), width_chars=6),
            Column(self.tr("Caller"), lambda r: r.caller_name, width_chars=8),
            Column(self.tr("Phone"), lambda r: text_or_missing(r.phone), width_chars=13),
            Column(self.tr("Subject"), lambda r: r.subject, width_chars=16, tooltip=lambda r: r.subject),
            Column(self.tr("Taken by"), lambda r: text_or_missing(r.staff), width_chars=6),
            Column(self.tr("Reply due"), self._due_text, width_chars=20),
            Column(self.tr("Claim no."), lambda r: text_or_missing(r.claim_number), width_chars=14),
            Column(self.tr("Outcome"), self._outcome_text, width_chars=12, tooltip=self._outcome_text),
        ]

    def _due_text(self, row: CallLogRow) -> str:
        due = local_time_text(row.reply_due_at)
        # Said in words too: the colour alone does not reach everyone.
        if row.replied_late:  # rule S1: answering at last does not erase the missed clock
            return self.tr("{time} replied late").format(time=due)
        return self.tr("{time} overdue").format(time=due) if _overdue(row) else due

    def _outcome_text(self, row: CallLogRow) -> str:
        if row.replied_at is None:
            return MISSING
        return self.tr("Replied {time}: {note}").format(time=local_time_text(row.replied_at), note=row.outcome or "")

    def _size_columns(self) -> None:
        header = self.ui.calls_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_widths(header, {index: column.width_chars for index, column in enumerate(self.model.columns)},
                   self.fontMetrics())
        header.setStretchLastSection(True)  # the outcome: no horizontal scroll bar at the default width

    # --- what the desk calls ---------------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    def start(self) -> None:
        """Shown again: the reply clock restarts from now and the register is read afresh."""
        self.ui.received_check.setChecked(False)
        self._on_received_toggled(False)
        arrival = (self._services.clock() + DEFAULT_ARRIVAL).astimezone().replace(tzinfo=None)  # local wall time
        self.ui.arrival_edit.setDateTime(QDateTime(arrival))
        self.ui.arrival_edit.setEnabled(self.ui.visit_check.isChecked())
        self.ui.city_edit.setEnabled(self.ui.visit_check.isChecked())
        self.model.reload()
        self.ui.caller_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_changes(self) -> bool:
        ui = self.ui
        return self.isVisible() and any((ui.caller_edit.text(), ui.phone_edit.text(), ui.subject_edit.text(),
                                         ui.details_edit.toPlainText()))

    def discard_changes(self) -> None:
        self._clear_form()
        self.close()

    def selected_row(self) -> CallLogRow | None:
        rows = self.ui.calls_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def register(self) -> None:
        ui = self.ui
        arrival = ui.arrival_edit.dateTime().toPython().astimezone() if ui.visit_check.isChecked() else None
        received = self._received_at()
        form = CallForm(channel=CallChannel(ui.channel_combo.currentData()), caller_name=ui.caller_edit.text(),
                        phone=ui.phone_edit.text(), subject=ui.subject_edit.text(),
                        details=ui.details_edit.toPlainText(), needs_visit=ui.visit_check.isChecked(),
                        required_arrival_at=arrival, city=ui.city_edit.text() if ui.visit_check.isChecked() else "",
                        received_at=received)
        self._register(form)

    def _register(self, form: CallForm) -> None:
        ui = self.ui
        try:
            saved = self._services.calls.register(self._actor, form)
        except FormInvalid as invalid:
            if not self._answer_shared_phone(invalid, form):
                self.errors.show(invalid.errors)  # the form stays as typed
            return
        except KnownError as error:
            self.errors.clear()
            ui.result_label.setText(error_text(error))
            return
        self.errors.clear()
        self._clear_form()
        ui.result_label.setText(self._saved_text(saved))
        self.model.reload()
        self._show_clock()
        self.call_registered.emit(saved)

    def _answer_shared_phone(self, invalid: FormInvalid, form: CallForm) -> bool:
        """A visit for a phone on record under another name (services.customer_matching), asked as the
        intake form asks: that customer is meant (the visit is theirs) or a new one with the same number
        (a switchboard, a family phone); True when the answer was acted on."""
        error = invalid.by_field().get("phone")
        if error is None or "customer_id" not in error.params:
            return False
        answer = self.ask_shared_phone(error_text(error))
        if answer == "new":
            self._register(replace(form, new_despite_phone=True))
        elif answer == "use":
            self._register(replace(form, customer_id=error.params["customer_id"]))
        return answer in ("new", "use")

    def ask_shared_phone(self, message: str) -> str | None:
        """"use" that customer, "new" customer with the same number, or None (cancelled)."""
        return shared_phone_question.ask_shared_phone(self, message)

    def shared_phone_box(self, message: str) -> QMessageBox:
        return shared_phone_question.shared_phone_box(self, message)

    @Slot()
    def mark_replied(self) -> None:
        row = self._row_for_action()
        if row is not None and self._act(lambda: self._services.calls.mark_replied(
                self._actor, row.id, self.ui.reply_note_edit.text()), self.ui.reply_note_edit):
            self.ui.reply_note_edit.clear()

    @Slot()
    def link_claim(self) -> None:
        row = self._row_for_action()
        if row is not None and self._act(lambda: self._services.calls.link_claim(
                self._actor, row.id, self.ui.claim_number_edit.text()), self.ui.claim_number_edit):
            self.ui.claim_number_edit.clear()

    # --- helpers -----------------------------------------------------------------------------------
    def _row_for_action(self) -> CallLogRow | None:
        row = self.selected_row()
        if row is None:
            self.ui.action_error_label.setText(self.tr("Select a call in the register first."))
            self.ui.calls_table.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _act(self, action, field_widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
        """Runs a service action on the selected call; keeps the selection, says what went wrong."""
        selected = self.ui.calls_table.selectionModel().selectedRows()[0].row()
        try:
            action()
        except ValidationError as error:
            self.ui.action_error_label.setText(error_text(error))
            field_widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except KnownError as error:
            self.ui.action_error_label.setText(error_text(error))
            return False
        self.ui.action_error_label.clear()
        self.model.reload()
        if selected < self.model.rowCount():
            self.ui.calls_table.selectRow(selected)
        return True

    def _saved_text(self, saved: CallSaved) -> str:
        text = self.tr("Call {number} registered; reply due by {time} (S1).").format(
            number=saved.number, time=local_time_text(saved.reply_due))
        if saved.work_order_number:  # a Chinese sentence ends in "。": the next follows without a space
            text += ("" if text.endswith("。") else " ") + self.tr(
                "On-site work order {number} waits for dispatch.").format(number=saved.work_order_number)
        return text

    def _received_at(self) -> dt.datetime | None:
        """S1: when a fax, letter, e-mail or message arrived, if ticked; None: now (a call answered live)."""
        if not self.ui.received_check.isChecked():
            return None
        return self.ui.received_edit.dateTime().toPython().astimezone()  # the counter's local wall time

    @Slot(bool)
    def _on_received_toggled(self, earlier: bool) -> None:
        """Ticked: the field starts at now, to be set back to when the request came; unticked: now."""
        edit = self.ui.received_edit
        edit.setEnabled(earlier)
        edit.setDateTime(QDateTime(self._services.clock().astimezone().replace(tzinfo=None, second=0, microsecond=0)))
        if earlier:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_clock()

    @Slot()
    def _show_clock(self) -> None:
        due = (self._received_at() or self._services.clock()) + REPLY_WITHIN
        self.ui.clock_label.setText(self.tr("Reply due by {time} (within 8 hours, S1)").format(
            time=local_time_text(due)))

    def _clear_form(self) -> None:
        ui = self.ui
        for edit in (ui.caller_edit, ui.phone_edit, ui.subject_edit, ui.city_edit):
            edit.clear()
        ui.details_edit.clear()
        ui.visit_check.setChecked(False)
        ui.received_check.setChecked(False)  # the next call is answered live unless said otherwise

    @Slot(bool)
    def _on_overdue_toggled(self, overdue_only: bool) -> None:
        self.listing.overdue_only = overdue_only
        self.model.reload()

    @Slot()
    def apply_search(self) -> None:
        """A caller's earlier calls, by phone, name, call number or subject: from the third letter or
        digit (one or two would test every call; one Chinese character is enough), newest first."""
        self._search_timer.stop()
        text = self.ui.search_edit.text().strip()
        wanted = "" if too_short_to_search(text) else text
        if wanted != self.model.search:
            self.model.set_search(wanted)
        else:
            self._on_reloaded(self.model.total)

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        # Two plain strings, not a plural (%n) call: lupdate's plural support is unreliable.
        if too_short_to_search(self.ui.search_edit.text()):
            text = self.tr("{count} calls; type 3 or more letters or digits to search")
        elif self.model.search and self.model.more_than_cap:  # the list tabs' words: one translation
            text = QCoreApplication.translate("ListTab", "More than {count} matches: type more to narrow the search")
            total = self.model.search_cap or total
        elif self.model.search:
            text = self.tr("{count} match") if total == 1 else self.tr("{count} matches")
        else:
            text = self.tr("{count} call") if total == 1 else self.tr("{count} calls")
        self.ui.count_label.setText(text.format(count=QLocale().toString(total)))
