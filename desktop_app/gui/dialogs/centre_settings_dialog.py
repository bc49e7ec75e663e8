"""中心设置: the manager sets the letterhead, the on-site cities (S2), the repeat-repair window (E16)
and the sign-in locks; saved together, refused at the field at fault, nothing typed lost."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_centre_settings_dialog import Ui_CentreSettingsDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.centre_settings import CentreSettings, CentreSettingsService

CITIES = "service.on_site_cities"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CentreSettingsDialog(QDialog):
    """Accepted once saved (``stored`` holds what was stored); a refusal keeps it open, nothing written."""

    saved = Signal(object)  # the stored CentreSettings

    def __init__(self, service: CentreSettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CentreSettingsDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self._service = service
        self._actor = actor
        self.stored: CentreSettings | None = None
        ui = self.ui
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # In the order the eye reads the form: the first wrong field gets the focus.
        self._errors = FieldErrors([
            ("centre.name", ui.name_edit, ui.name_error), ("centre.address", ui.address_edit, ui.address_error),
            ("centre.phone", ui.phone_edit, ui.phone_error), (CITIES, ui.cities_list, ui.cities_error),
            ("service.repeat_repair_days", ui.repeat_repair_days_spin, ui.repairs_error),
            ("security.max_failed_sign_ins", ui.max_failed_spin, ui.security_error),
            ("security.lockout_minutes", ui.lockout_spin, ui.security_error),
            ("security.idle_lock_minutes", ui.idle_lock_spin, ui.security_error),
        ], ui.form_error_label)
        self._loaded = service.current(actor)  # what "changed" and the optimistic check compare with
        self._fill(self._loaded)
        self._baseline = self.snapshot()
        for edit in (ui.name_edit, ui.address_edit, ui.phone_edit):
            edit.textChanged.connect(self._show_preview)
        ui.add_city_button.clicked.connect(self.add_city)
        ui.new_city_edit.installEventFilter(self)
        ui.remove_city_button.clicked.connect(self.remove_city)
        ui.up_button.clicked.connect(lambda: self.move_city(-1))
        ui.down_button.clicked.connect(lambda: self.move_city(1))
        ui.cities_list.currentRowChanged.connect(self._enable_city_buttons)
        ui.cities_list.itemChanged.connect(self._city_edited)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self._show_preview()
        self._enable_city_buttons()
        ui.name_edit.setFocus()

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    # --- the form ----------------------------------------------------------------------------
    def _fill(self, values: CentreSettings) -> None:
        ui = self.ui
        ui.name_edit.setText(values.name)
        ui.address_edit.setText(values.address)
        ui.phone_edit.setText(values.phone)
        ui.cities_list.clear()
        for city in values.on_site_cities:
            self._append_city(city)
        ui.repeat_repair_days_spin.setValue(values.repeat_repair_days)
        ui.max_failed_spin.setValue(values.max_failed_sign_ins)
        ui.lockout_spin.setValue(values.lockout_minutes)
        ui.idle_lock_spin.setValue(values.idle_lock_minutes)

    def cities(self) -> list[str]:
        return [self.ui.cities_list.item(row).text() for row in range(self.ui.cities_list.count())]

    def wanted(self) -> CentreSettings:
        ui = self.ui
        return CentreSettings(
            name=ui.name_edit.text(), address=ui.address_edit.text(), phone=ui.phone_edit.text(),
            on_site_cities=tuple(self.cities()), repeat_repair_days=ui.repeat_repair_days_spin.value(),
            max_failed_sign_ins=ui.max_failed_spin.value(), lockout_minutes=ui.lockout_spin.value(),
            idle_lock_minutes=ui.idle_lock_spin.value())

    def snapshot(self) -> CentreSettings:
        return self.wanted()

    def preview_lines(self) -> list[str]:
        """The header as the papers print it: the name, then the address and phone if given."""
        name, address, phone = (edit.text().strip() for edit in
                                (self.ui.name_edit, self.ui.address_edit, self.ui.phone_edit))
        tel = self.tr("Tel.")  # as the papers print it (documents/labels.py "tel")
        return [name] + ([address] if address else []) + ([f"{tel} {phone}"] if phone else [])

    @Slot()
    def _show_preview(self) -> None:
        name, *rest = (html.escape(line) for line in self.preview_lines())
        self.ui.preview_label.setText("<div align='center'>" + "<br>".join(
            [f"<b><big>{name}</big></b>", *rest]) + "</div>")

    # --- the cities (rule S2) -------------------------------------------------------------------
    def _append_city(self, city: str) -> QListWidgetItem:
        item = QListWidgetItem(city)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.cities_list.addItem(item)
        return item

    @Slot()
    def add_city(self) -> None:
        """The typed city at the end of the list; an empty or listed one is refused and stays typed."""
        city = self.ui.new_city_edit.text().strip()
        problem = _city_problem(city, self.cities())
        if problem is not None:
            self._errors.show([problem])
            if city in self.cities():
                self.ui.cities_list.setCurrentRow(self.cities().index(city))
            self.ui.new_city_edit.setFocus()
            return
        self._errors.clear()
        self.ui.cities_list.setCurrentItem(self._append_city(city))
        self.ui.new_city_edit.clear()
        self.ui.new_city_edit.setFocus()

    @Slot()
    def remove_city(self) -> None:
        row = self.ui.cities_list.currentRow()
        if row >= 0:
            self.ui.cities_list.takeItem(row)
        self._enable_city_buttons()

    def move_city(self, step: int) -> None:
        cities, row = self.ui.cities_list, self.ui.cities_list.currentRow()
        if row < 0 or not 0 <= row + step < cities.count():
            return
        cities.insertItem(row + step, cities.takeItem(row))
        cities.setCurrentRow(row + step)

    @Slot()
    def _enable_city_buttons(self) -> None:
        row, count = self.ui.cities_list.currentRow(), self.ui.cities_list.count()
        self.ui.remove_city_button.setEnabled(row >= 0)
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < count - 1)

    @Slot(QListWidgetItem)
    def _city_edited(self, item: QListWidgetItem) -> None:
        """A city renamed in place: a problem shows at once, and the typed name stays for correcting."""
        problem = self._cities_problem()
        if problem is None:
            self._errors.clear()
        else:
            self._errors.show([problem])

    def _cities_problem(self) -> ValidationError | None:
        cities = self.cities()
        for row, city in enumerate(cities):
            problem = _city_problem(city.strip(), cities[:row])
            if problem is not None:
                self.ui.cities_list.setCurrentRow(row)
                return problem
        return None

    # --- saving ---------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        problem = self._cities_problem()
        if problem is not None:
            self._errors.show([problem])
            return
        try:
            self.stored = self._service.save(self._actor, self._loaded, self.wanted())
        except KnownError as error:
            if error.field:  # a bad value, or a setting another manager saved meanwhile: at its field
                self._errors.show([error])  # type: ignore[list-item]
            else:  # a missing permission: no field to point at
                self._errors.clear()
                self.ui.form_error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged with its traceback, shown as internal
            self._errors.clear()
            self.ui.form_error_label.setText(error_text(error))
            return
        self._baseline = self.snapshot()
        self.saved.emit(self.stored)
        super().accept()

    def message(self, field: str) -> str:
        """The message shown at ``field`` (a setting key), empty if none."""
        return self._errors.message(field)

    def general_message(self) -> str:
        return self.ui.form_error_label.text()

    # --- unsaved input (Esc, Cancel, the close box, the idle lock) ------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and (self.snapshot() != self._baseline or bool(self.ui.new_city_edit.text().strip()))

    def discard_changes(self) -> None:
        """Closes without asking (the idle lock has asked already)."""
        self._baseline = self.snapshot()
        self.ui.new_city_edit.clear()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not discard_confirmed(
                self, self.tr("Discard the changes?"),
                self.tr("The centre settings have not been saved. Close and lose the changes?")):
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Enter in the new-city field adds the city; without this the dialog's Save button takes it.
        if (watched is self.ui.new_city_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            self.add_city()
            return True
        return super().eventFilter(watched, event)

def _city_problem(city: str, others: list[str]) -> ValidationError | None:
    """Rule S2: a city is named, and named once (the desk's list would offer it twice)."""
    if not city:
        return ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the city's name."), field=CITIES)
    if city in (other.strip() for other in others):
        return ValidationError(QT_TRANSLATE_NOOP("Errors", "{city} is already in the list."), field=CITIES, city=city)
    return None

