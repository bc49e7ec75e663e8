"""录入调查表: a returned survey form typed in, question by question; re-entry replaces it (audited)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.surveys import validate_scores
from desktop_app.documents.report_labels import SURVEY_QUESTIONS, survey_labels
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.forms.ui_survey_entry_dialog import Ui_SurveyEntryDialog
from desktop_app.gui.intake.field_errors import FieldErrors, parse_date
from desktop_app.gui.labels import label
from desktop_app.gui.printing.print_settings import interface_language
from desktop_app.gui.surveys.score_row import SCORES, ScoreRow
from desktop_app.gui.surveys.survey_desk import SurveyDesk
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor

NO_NUMBER = QT_TRANSLATE_NOOP("Errors", "Scan the QR code on the form or type the work-order number.")
NOT_SCORED = QT_TRANSLATE_NOOP("Errors", "Give every question a score from 1 to 5.")


class SurveyEntryDialog(QDialog):
    """Kept open between forms: after a save it clears itself for the next scan."""

    survey_saved = Signal(str, bool)  # work-order number, whether it replaced an earlier entry

    def __init__(self, desk: SurveyDesk, actor: Actor, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_SurveyEntryDialog()
        self.ui.setupUi(self)
        self._desk = desk
        self._actor = actor
        self._today = today
        english = interface_language() == "en"
        # The questions as the printed form words them, in the interface language.
        self.rows = [ScoreRow(code, number, en if english else zh, self.ui.scores_box)
                     for number, (code, zh, en) in enumerate(SURVEY_QUESTIONS, start=1)]
        for row in self.rows:
            self.ui.scores_layout.addWidget(row)
            row.scored.connect(self._next_after)
        words = survey_labels("en" if english else "zh_CN")["scale"].split("|")
        self.ui.scale_label.setText("   ".join(f"{n} = {w}" for n, w in zip(SCORES, words, strict=True)))
        self.ui.hint_label.setText(self.tr(
            "Scan the QR code on the returned form, or type the work-order number and press Enter. "
            "Then type each question's score, 1 to 5: the next question follows by itself."))
        self._tab_order()
        self.errors = FieldErrors(
            [("work_order", self.ui.number_edit, self.ui.work_order_error),
             *((row.code, row, row.error_label) for row in self.rows),
             ("comment", self.ui.comment_edit, self.ui.comment_error),
             ("customer_name", self.ui.customer_edit, self.ui.customer_name_error),
             ("filled_on", self.ui.date_edit, self.ui.filled_on_error)],
            self.ui.form_error_label)
        self.ui.number_edit.returnPressed.connect(self.look_up)
        self.ui.number_edit.textEdited.connect(self._on_number_edited)
        self.ui.customer_edit.returnPressed.connect(self.save)
        self.ui.date_edit.returnPressed.connect(self.save)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.close_button.clicked.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, self.save)
        self.start()

    def _tab_order(self) -> None:
        chain = [self.ui.number_edit, *self.rows, self.ui.comment_edit, self.ui.customer_edit, self.ui.date_edit,
                 self.ui.save_button, self.ui.close_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    # --- what the menu and the unreturned list call -------------------------------------------------
    def start(self, number: str | None = None) -> None:
        """A blank form, ready for the scanner; with ``number`` the order is looked up at once."""
        ui = self.ui
        for row in self.rows:
            row.set_score(None)
        ui.comment_edit.clear()
        ui.customer_edit.clear()
        ui.date_edit.setText(self._today().isoformat())
        ui.order_label.clear()
        ui.order_label.hide()
        self.errors.clear()
        ui.number_edit.setText(number or "")
        ui.number_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if number:
            self.look_up()

    def scores(self) -> dict[str, int]:
        return {row.code: score for row in self.rows if (score := row.score()) is not None}

    @Slot()
    def look_up(self) -> bool:
        """Enter on the number (a scanner's Enter): shows whose order it is and moves to question 1."""
        ui = self.ui
        number = ui.number_edit.text().strip()
        self.errors.clear()
        ui.result_label.clear()
        if not number:
            self.errors.show([ValidationError(NO_NUMBER, field="work_order")])
            return False
        try:
            detail = self._desk.details.get(self._actor, number)
        except KnownError as error:  # no such order (shown next to the number), or no permission
            ui.order_label.hide()
            self.errors.show([error])
            return False
        except Exception as error:  # noqa: BLE001 - logged and shown as internal
            show_error(self, error)
            return False
        ui.number_edit.setText(detail.number)
        lines = [" · ".join(filter(None, (detail.customer_name, detail.customer_phone,
                                            f"{detail.product_model or ''} {detail.serial or ''}".strip(),
                                            label(detail.state))))]
        if detail.has_survey:
            lines.append(self.tr("A survey was already entered for this order: saving replaces it."))
        ui.order_label.setText("\n".join(lines))
        ui.order_label.show()
        if not ui.customer_edit.text().strip():
            ui.customer_edit.setText(detail.contact_person or detail.customer_name)
        self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot()
    def save(self) -> None:
        ui = self.ui
        number = ui.number_edit.text().strip()
        comment = ui.comment_edit.toPlainText()
        errors: list[ValidationError] = []
        if not number:
            errors.append(ValidationError(NO_NUMBER, field="work_order"))
        missing = [row.code for row in self.rows if row.score() is None]
        errors += [ValidationError(NOT_SCORED, field=code) for code in missing]
        if not missing:
            try:
                validate_scores(self.scores(), comment)  # a low score needs the comment (E17)
            except ValidationError as error:
                errors.append(error)
        try:
            filled_on = parse_date(ui.date_edit.text(), "filled_on")
        except ValidationError as error:
            errors.append(error)
            filled_on = None
        if errors:
            self.errors.show(errors)
            return
        try:
            replaced = self._desk.surveys.enter(self._actor, number, self.scores(), comment,
                                                ui.customer_edit.text(), filled_on)
        except ValidationError as error:
            self.errors.show([error])
            return
        except KnownError as error:  # e.g. a missing permission: no field to point at
            self.errors.clear()
            ui.form_error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        self.start()
        if replaced:
            ui.result_label.setText(self.tr("Updated: the survey of work order {number} was replaced.")
                                    .format(number=number))
        else:
            ui.result_label.setText(self.tr("Saved: the survey of work order {number}.").format(number=number))
        self.survey_saved.emit(number, replaced)

    # --- reactions ---------------------------------------------------------------------------------------
    @Slot(int)
    def _next_after(self, _score: int) -> None:
        row = self.sender()
        index = self.rows.index(row) if row in self.rows else len(self.rows) - 1
        following = self.rows[index + 1] if index + 1 < len(self.rows) else self.ui.comment_edit
        following.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(str)
    def _on_number_edited(self, _text: str) -> None:
        """Another number typed over the old one: what was shown about the old order no longer holds."""
        self.ui.order_label.hide()
        self.ui.result_label.clear()
