"""The intake form's widgets as data: read them into an IntakeForm, fill them, compare snapshots."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListWidgetItem

from desktop_app.core.vocabulary import ClaimChannel, CustomerKind, Remedy
from desktop_app.errors import ValidationError
from desktop_app.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from desktop_app.gui.intake.field_errors import half_width, parse_date
from desktop_app.gui.labels import label
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.lookup import CustomerMatch, UnitBrief
from desktop_app.services.model_lookup import ModelBrief

CHOOSABLE = (Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR, Remedy.PAID_REPAIR)
# Item data is never None: PySide6 6.12 drops a reference to None each time it hands back an
# empty QVariant, and thousands of previews would crash the app. "" stands for "none" instead.
NONE = ""
# The customer's arrival time (S3), typed like the dates: 2026-03-18 14:30, 2026/3/18 9:05, 2026年3月18日 14:30.
_DATE_TIME = re.compile(r"^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?"  # the date, as field_errors reads it
                        r"\s*[T ]?\s*(\d{1,2})[:：时点]?(\d{2})分?\s*$")  # then hours and minutes
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "Enter the time as YYYY-MM-DD HH:MM, e.g. 2026-03-18 14:30.")
# Read, but no such moment (2026-02-30 14:30, 14:75): as parse_date, the format is not what is wrong.
NO_SUCH_TIME = QT_TRANSLATE_NOOP("Errors", "{time} is not a valid date and time.")


def parse_local_time(text: str, field: str) -> dt.datetime | None:
    """Empty is None; otherwise the counter's wall-clock time, made aware in its local zone."""
    if not text.strip():
        return None
    match = _DATE_TIME.match(half_width(text))
    if match is None:
        raise ValidationError(BAD_TIME, field=field)
    try:
        return dt.datetime(*(int(part) for part in match.groups())).astimezone()
    except ValueError:
        raise ValidationError(NO_SUCH_TIME, field=field, time=text.strip()) from None


class IntakeFields:
    """Holds no state of its own besides the picked customer: the widgets are the truth."""

    def __init__(self, ui: Ui_IntakeDialog) -> None:
        self.ui = ui
        self.existing_customer: CustomerMatch | None = None
        for channel in ClaimChannel:
            ui.channel_combo.addItem(label(channel), channel.value)
        ui.remedy_combo.addItem(QCoreApplication.translate("IntakeDialog", "Best remedy offered"), NONE)
        ui.override_combo.addItem(QCoreApplication.translate("IntakeDialog", "No override"), NONE)
        for remedy in CHOOSABLE:
            ui.remedy_combo.addItem(label(remedy), remedy.value)
            ui.override_combo.addItem(label(remedy), remedy.value)

    # --- reading ---------------------------------------------------------------------------------
    def read(self) -> tuple[IntakeForm, list[ValidationError]]:
        """The form as typed; dates that cannot be read are None here and listed as errors."""
        ui = self.ui
        errors: list[ValidationError] = []
        dates = {}
        for name, edit in (("sale_date", ui.sale_date_edit), ("centre_received_date", ui.received_edit)):
            try:
                dates[name] = parse_date(edit.text(), name)
            except ValidationError as error:
                errors.append(error)
                dates[name] = None
        arrival = None
        if not ui.arrival_edit.isHidden():  # hidden: no on-site order, the time is not asked for
            try:
                arrival = parse_local_time(ui.arrival_edit.text(), "required_arrival_at")
            except ValidationError as error:
                errors.append(error)
        company = ui.company_edit.text().strip()
        person = ui.name_edit.text().strip()
        customer = CustomerInput(
            existing_id=self.existing_customer.id if self.existing_customer else None,
            kind=CustomerKind.COMPANY if company else CustomerKind.PERSON,
            name=company or person, phone=ui.phone_edit.text(),
            contact_person=person if company else None,
            city=ui.city_edit.text().strip() or None, address=ui.address_edit.text().strip() or None,
        )
        unit = UnitInput(
            product_model=ui.model_combo.currentText().strip(), serial=ui.serial_edit.text().strip(),
            serial_unknown=ui.serial_unknown_check.isChecked(), has_invoice=ui.invoice_check.isChecked(),
            sale_date=dates["sale_date"], invoice_no=ui.invoice_no_edit.text().strip() or None,
            centre_received_date=dates["centre_received_date"],
        )
        override = remedy_of(ui.override_combo) if not ui.override_combo.isHidden() else None
        form = IntakeForm(
            customer=customer, unit=unit, channel=ClaimChannel(ui.channel_combo.currentData()),
            fault_description=ui.fault_edit.toPlainText(),
            accessories_received=self.accessories_checked(),
            requested_remedy=remedy_of(ui.remedy_combo),
            escalated_note=ui.escalate_note_edit.text() if ui.escalate_check.isChecked() else None,
            override_remedy=override,
            override_reason=ui.override_reason_edit.text() if override is not None else None,
            required_arrival_at=arrival,
        )
        return form, errors

    def accessories_checked(self) -> tuple[str, ...]:
        items = [self.ui.accessories_list.item(i) for i in range(self.ui.accessories_list.count())]
        return tuple(item.text() for item in items if item.checkState() == Qt.CheckState.Checked)

    def accessories_missing(self) -> tuple[str, ...]:
        items = [self.ui.accessories_list.item(i) for i in range(self.ui.accessories_list.count())]
        return tuple(item.text() for item in items if item.checkState() != Qt.CheckState.Checked)

    def snapshot(self) -> tuple[Any, ...]:
        """Everything the operator can change, to tell whether anything was typed since."""
        ui = self.ui
        texts = tuple(e.text() for e in (
            ui.name_edit, ui.phone_edit, ui.company_edit, ui.city_edit, ui.address_edit, ui.serial_edit,
            ui.invoice_no_edit, ui.sale_date_edit, ui.received_edit, ui.escalate_note_edit,
            ui.override_reason_edit, ui.arrival_edit))
        checks = tuple(c.isChecked() for c in (ui.serial_unknown_check, ui.invoice_check, ui.escalate_check))
        combos = (ui.model_combo.currentText(), ui.channel_combo.currentIndex(), ui.remedy_combo.currentIndex(),
                  ui.override_combo.currentIndex())
        return texts + checks + combos + (ui.fault_edit.toPlainText(), self.accessories_checked(),
                                          self.existing_customer.id if self.existing_customer else None)

    # --- writing ---------------------------------------------------------------------------------
    def set_models(self, models: list[tuple[str, str]]) -> None:
        combo = self.ui.model_combo
        combo.clear()
        for model, name in models:
            combo.addItem(model, name)
        combo.setCurrentIndex(-1)
        combo.setEditText("")

    def set_accessories(self, names: tuple[str, ...]) -> None:
        """The product's checklist; ticks survive as long as the product keeps that accessory."""
        current = [self.ui.accessories_list.item(i).text() for i in range(self.ui.accessories_list.count())]
        if list(names) == current:
            return
        ticked = set(self.accessories_checked())
        self.ui.accessories_list.clear()
        for name in names:
            item = QListWidgetItem(name, self.ui.accessories_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)

    def allow_remedies(self, offered: tuple[Remedy, ...] | None) -> None:
        """Only what the decision offers can be requested (None: not judged yet, all allowed)."""
        _enable_items(self.ui.remedy_combo, lambda r: r is None or offered is None or r in offered)
        current = remedy_of(self.ui.remedy_combo)
        if offered is not None and current is not None and current not in offered:
            self.ui.remedy_combo.setCurrentIndex(0)

    def show_arrival(self, shown: bool) -> None:
        """The required-arrival row, only for a claim that gets an on-site order (S3)."""
        ui = self.ui
        ui.claim_form.setRowVisible(ui.arrival_edit, shown)
        if not shown:  # a message about a field no longer asked for would puzzle
            ui.required_arrival_at_error.clear()
            ui.required_arrival_at_error.hide()

    def fill_customer(self, customer: CustomerMatch) -> None:
        ui = self.ui
        self.existing_customer = customer
        company = customer.kind is CustomerKind.COMPANY
        ui.name_edit.setText((customer.contact_person or "") if company else customer.name)
        ui.company_edit.setText(customer.name if company else "")
        ui.phone_edit.setText(customer.phone)
        ui.city_edit.setText(customer.city or "")
        ui.address_edit.setText(customer.address or "")

    def fill_unit(self, unit: UnitBrief) -> None:
        ui = self.ui
        ui.model_combo.setEditText(unit.model)
        ui.serial_edit.setText(unit.serial)
        ui.serial_unknown_check.setChecked(False)
        # Rule W10: a known sale date proves no invoice is on the counter today, so "invoice" is left
        # for the operator to tick on seeing it (it unlocks return and exchange); the date is filled in
        # to check against that invoice. While the box is unticked the preview judges repair from the
        # registered sale (every invoice seen at an earlier claim registers it), and the form says so.
        ui.sale_date_edit.setText(unit.sale_date.isoformat() if unit.sale_date else "")
        ui.invoice_no_edit.setText(unit.invoice_no or "")
        ui.invoice_check.setChecked(False)

    def clear(self) -> None:
        ui = self.ui
        self.existing_customer = None
        for edit in (ui.name_edit, ui.phone_edit, ui.company_edit, ui.city_edit, ui.address_edit, ui.serial_edit,
                     ui.invoice_no_edit, ui.sale_date_edit, ui.received_edit, ui.escalate_note_edit,
                     ui.override_reason_edit, ui.arrival_edit):
            edit.clear()
        ui.fault_edit.clear()
        ui.model_combo.setCurrentIndex(-1)
        ui.model_combo.setEditText("")
        for check, value in ((ui.serial_unknown_check, False), (ui.invoice_check, True), (ui.escalate_check, False)):
            check.setChecked(value)
        for combo in (ui.channel_combo, ui.remedy_combo, ui.override_combo):
            combo.setCurrentIndex(0)
        ui.accessories_list.clear()


def product_text(product: ModelBrief | None) -> str:
    """Next to the model: the catalogue's name and category of any known model, from the preview, not
    the picker, which lists only the active models (a deactivated one is still the customer's, W4, W12)."""
    if product is None:
        return ""
    return QCoreApplication.translate("IntakeDialog", "{name} ({category})").format(
        name=product.name, category=product.category_name)


def remedy_of(combo: QComboBox, row: int | None = None) -> Remedy | None:
    """The remedy an item stands for (item data holds the value, "" for none)."""
    value = combo.currentData() if row is None else combo.itemData(row)
    return Remedy(value) if value else None


def _enable_items(combo: QComboBox, enabled: Any) -> None:
    model = combo.model()
    if not isinstance(model, QStandardItemModel):
        return
    for row in range(model.rowCount()):
        model.item(row).setEnabled(bool(enabled(remedy_of(combo, row))))
