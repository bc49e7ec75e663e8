"""Register a complaint (E3, E5, E6, E20, E21): how it came in, from whom, about whom and what; checked before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.assessment import consequence
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, DemeritKind
from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.texts import text_of
from desktop_app.gui.forms.ui_evaluation_complaint_form import Ui_ComplaintForm
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.assessment import ComplaintInput
from desktop_app.services.assessment_views import Choice

NEED_COMPLAINANT = QT_TRANSLATE_NOOP("Errors", "Enter who complained.")
NEED_DESCRIPTION = QT_TRANSLATE_NOOP("Errors", "Describe what the complaint is about.")
NEED_STAFF = QT_TRANSLATE_NOOP("Errors", "Name the staff member: an upheld complaint of this kind is held "
                                         "against them (E3, E21).")
NEED_PRODUCT = QT_TRANSLATE_NOOP("Errors", "Choose the product model the design defect concerns (E6).")
FUTURE_DAY = QT_TRANSLATE_NOOP("Errors", "The complaint cannot be received after today.")


class ComplaintForm(QDialog):
    registered = Signal(str)  # the complaint's number

    def __init__(self, services: EvaluationServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.number: str | None = None
        ui = self.ui
        for channel in ComplaintChannel:
            ui.received_via_combo.addItem(text_of(channel), channel.value)  # plain values: findData compares them
        for category in ComplaintCategory:
            ui.category_combo.addItem(text_of(category), category.value)
        ui.product_combo.addItem(self.tr("— choose the model —"), None)
        for product in services.views.product_models():
            ui.product_combo.addItem(product.text, product.id)
        today = services.today()
        ui.received_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.received_on_edit.setDate(QDate(today.year, today.month, today.day))
        self._fill_people()
        ui.received_on_edit.dateChanged.connect(self._fill_people)
        self.errors = FieldErrors([("received_on", ui.received_on_edit, ui.received_on_error),
                                   ("complainant", ui.complainant_edit, ui.complainant_error),
                                   ("phone", ui.phone_edit, ui.phone_error),
                                   ("about", ui.about_combo, ui.about_error),
                                   ("work_order", ui.work_order_edit, ui.work_order_error),
                                   ("product", ui.product_combo, ui.product_error),
                                   ("description", ui.description_edit, ui.description_error)], ui.error_label,
                                  # the customer the complaint came from has no picker of its own (the
                                  # phone finds them): the service's "customer" is who complained
                                  aliases={"customer": "complainant"})
        ui.phone_hint.hide()
        ui.phone_edit.textChanged.connect(ui.phone_hint.hide)  # said again once the number is typed
        ui.phone_edit.editingFinished.connect(self._show_phone_match)
        ui.complainant_edit.editingFinished.connect(self._show_phone_match)
        ui.category_combo.currentIndexChanged.connect(self._on_category_changed)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self._on_category_changed()
        ui.received_via_combo.setFocus()

    @Slot()
    def _fill_people(self) -> None:
        """Anyone of the department may be complained about (E3, E21), the front desk included; a
        former staff member while the day is one he still worked. The choice is kept if still there."""
        combo, chosen = self.ui.about_combo, self.ui.about_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— nobody in particular —"), None)
        on: dt.date = self.ui.received_on_edit.date().toPython()
        for person in self._services.views.complaint_subjects(on):
            combo.addItem(self.tr("{name} (former staff)").format(name=person.text) if person.former
                          else person.text, person.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def has_input(self) -> bool:
        ui = self.ui
        return any(text.strip() for text in (ui.complainant_edit.text(), ui.phone_edit.text(),
                                             ui.work_order_edit.text(), ui.description_edit.toPlainText()))

    def _phone_customer(self, phone: str) -> Choice | None:
        """The customer on record the complaint comes from: the one with this phone, or among several
        sharing it (a family, a company) the one named as the complainant; None when not on record."""
        found = self._services.views.customers_by_phone(phone)
        named = [c for c in found if c.text == self.ui.complainant_edit.text().strip()]
        return named[0] if named else found[0] if len(found) == 1 else None

    @Slot()
    def _show_phone_match(self) -> None:
        """Says before saving what the phone does: it is kept with the complaint either way, and the
        customer on record who has it is linked."""
        hint, text = self.ui.phone_hint, self.ui.phone_edit.text().strip()
        try:
            phone = normalize_phone(text) if text else None
        except ValidationError:
            phone = None  # the save names what is wrong with it, at the field
        customer = self._phone_customer(phone) if phone else None
        if phone is None:
            hint.clear()
        elif customer is not None:
            hint.setText(self.tr("Customer on record: {name}. The complaint is linked to them and keeps "
                                 "this phone for the answer.").format(name=customer.text))
        else:
            hint.setText(self.tr("No single customer on record has this phone: the complaint keeps it for "
                                 "the answer, linked to no customer."))
        hint.setVisible(bool(hint.text()))

    def category(self) -> ComplaintCategory:
        return ComplaintCategory(self.ui.category_combo.currentData())

    @Slot()
    def _on_category_changed(self) -> None:
        """Says what an upheld complaint of this kind leads to; a design defect names the model instead."""
        category = self.category()
        kind = consequence(category)
        if kind is DemeritKind.MAJOR:
            text = self.tr("If upheld: a major demerit for the person (E21).")
        elif kind is DemeritKind.CRITICISM:
            text = self.tr("If upheld: criticism and the bonus deduction of the rule set in force (E3).")
        elif category is ComplaintCategory.DESIGN_DEFECT:
            text = self.tr("Recorded against the product model and reported in the improvement report (E6).")
        else:
            text = self.tr("Recorded and reported; nothing is held against anyone (E5).")
        self.ui.consequence_label.setText(text)
        defect = category is ComplaintCategory.DESIGN_DEFECT
        self.ui.product_combo.setEnabled(defect)
        self.ui.product_label.setEnabled(defect)

    def form_input(self) -> ComplaintInput:
        """The form as the service's input; raises the first problems found, each naming its field."""
        ui = self.ui
        problems = []
        complainant, description = ui.complainant_edit.text().strip(), ui.description_edit.toPlainText().strip()
        category, about = self.category(), ui.about_combo.currentData()
        received_on: dt.date = ui.received_on_edit.date().toPython()
        if not complainant:
            problems.append(ValidationError(NEED_COMPLAINANT, field="complainant"))
        if consequence(category) is not None and about is None:
            problems.append(ValidationError(NEED_STAFF, field="about"))
        product = ui.product_combo.currentData() if category is ComplaintCategory.DESIGN_DEFECT else None
        if category is ComplaintCategory.DESIGN_DEFECT and product is None:
            problems.append(ValidationError(NEED_PRODUCT, field="product"))
        if not description:
            problems.append(ValidationError(NEED_DESCRIPTION, field="description"))
        if received_on > self._services.today():
            problems.append(ValidationError(FUTURE_DAY, field="received_on"))
        phone = None
        if ui.phone_edit.text().strip():
            try:
                phone = normalize_phone(ui.phone_edit.text())
            except ValidationError as error:
                problems.append(error)
        if problems:
            raise _Problems(problems)
        # A complaint is answered (E3, E5, S3): the phone is kept with it (migration 0014), and the customer
        # on record who has it is linked.
        customer = self._phone_customer(phone) if phone else None
        channel = ComplaintChannel(ui.received_via_combo.currentData())
        return ComplaintInput(channel, received_on, complainant, category, description,
                              about_staff_id=about, work_order_number=ui.work_order_edit.text().strip() or None,
                              product_id=product, customer_id=customer.id if customer else None,
                              contact_phone=phone)

    @Slot()
    def save(self) -> None:
        self.errors.clear()
        try:
            given = self.form_input()
            self.number = self._services.assessment.register_complaint(self._actor, given)
        except _Problems as problems:
            self.errors.show(problems.errors)
            return
        except ValidationError as error:
            self.errors.show([error])
            return
        except Exception as error:  # noqa: BLE001 - internal: said plainly, logged with its traceback
            self.ui.error_label.setText(error_text(error))
            return
        self.registered.emit(self.number)
        self.accept()

    def message(self, field: str) -> str:
        return self.errors.message(field)


class _Problems(Exception):
    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors)
        self.errors = errors
