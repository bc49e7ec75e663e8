"""The assessment rule set (E24): versions and amounts, who acknowledged which, the sheet to sign, publishing."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QDate, QItemSelectionModel, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.texts import gate, text_of
from desktop_app.gui.formatting import MISSING, date_text, money_text
from desktop_app.gui.forms.ui_evaluation_rule_set_dialog import Ui_RuleSetDialog
from desktop_app.gui.labels import label
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.services.actor import Actor
from desktop_app.services.assessment_views import AcknowledgementView, RuleSetView

NOT_SIGNED = QColor("#b00020")
SPIN_REASONS = {"left_without_calling_hq": FineReason.LEFT_WITHOUT_CALLING_HQ,
                "late_arrival": FineReason.LATE_ARRIVAL, "incomplete_report": FineReason.INCOMPLETE_REPORT,
                "disobeyed_dispatch": FineReason.DISOBEYED_DISPATCH}


def _amount(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


class RuleSetDialog(QDialog):
    changed = Signal()  # published or acknowledged: fines' flags change

    def __init__(self, services: EvaluationServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RuleSetDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self._services = services
        self._actor = actor
        self.versions: list[RuleSetView] = []
        self.staff: list[AcknowledgementView] = []
        self.jobs = DocumentJobs(self)
        ui = self.ui
        ui.intro_label.setText(self.tr("Company rules bind staff only once published and acknowledged (E24). "
                                       "Each person signs the acknowledgement sheet of the version in force; a "
                                       "fine under a version they have not acknowledged is flagged."))
        for table, headers in ((ui.versions_table, [self.tr("Version"), self.tr("Published on"),
                                                    self.tr("Published by")]),
                               (ui.acknowledgements_table, [self.tr("Name"), self.tr("User name"), self.tr("Role"),
                                                            self.tr("Acknowledged on")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        today = services.today()
        for edit in (ui.signed_on_edit, ui.published_on_edit):
            edit.setDate(QDate(today.year, today.month, today.day))
        ui.signed_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.publish_note.setText(self.tr("Fines and demerits cite the version in force on the day of the facts; "
                                        "old ones keep theirs."))
        self.spins = {reason: getattr(ui, f"{key}_spin") for key, reason in SPIN_REASONS.items()}
        ui.versions_table.itemSelectionChanged.connect(self._show_version)
        ui.acknowledgements_table.itemSelectionChanged.connect(self._apply_buttons)
        # Former staff: the sheet signed before leaving is filed afterwards (E24); for the manager.
        ui.show_former_check.setVisible(allows(actor.role, Permission.RULES_PUBLISH))
        ui.show_former_check.toggled.connect(self._show_version)
        ui.acknowledge_button.clicked.connect(self.acknowledge_own)
        ui.record_signed_button.clicked.connect(self.record_signed)
        ui.print_sheet_button.clicked.connect(self.print_sheet)
        ui.publish_button.clicked.connect(self.publish)
        ui.close_button.clicked.connect(self.accept)
        self.may_publish = gate(ui.publish_button, actor, Permission.RULES_PUBLISH)
        for widget in (*self.spins.values(), ui.attitude_spin, ui.published_on_edit):
            widget.setEnabled(self.may_publish)
        self.reload()

    # --- versions and acknowledgements --------------------------------------------------------------
    def reload(self, version: int | None = None) -> None:
        try:
            self.versions = self._services.views.rule_sets()
        except Exception as error:  # noqa: BLE001
            self.ui.error_label.setText(error_text(error))
            self.versions = []
        table = self.ui.versions_table
        table.blockSignals(True)
        table.setRowCount(len(self.versions))
        for row, v in enumerate(self.versions):
            version = self.tr("v{version}").format(version=v.version)  # "第 1 版", as the fines list says
            for column, text in enumerate([version, date_text(v.published_on), v.published_by]):
                table.setItem(row, column, QTableWidgetItem(text))
        table.blockSignals(False)
        if self.versions:
            # The newest is the one to sign; its amounts prefill a next version.
            index = next((i for i, v in enumerate(self.versions) if v.version == version), 0)
            table.selectRow(index)
            self._prefill(self.versions[0].terms)
        self._show_version()

    def current(self) -> RuleSetView | None:
        rows = self.ui.versions_table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows and self.versions else None

    def _prefill(self, terms: RuleTerms) -> None:
        for reason, spin in self.spins.items():
            spin.setValue(float(terms.fines.get(reason, Decimal(0))))
        self.ui.attitude_spin.setValue(float(terms.attitude_bonus_deduction))

    @Slot()
    def _show_version(self) -> None:
        ui, version = self.ui, self.current()
        if version is None:
            ui.terms_label.setText(self.tr("No rule set has been published yet: nothing can be held against staff "
                                           "(E24). The general manager publishes the first version below."))
            ui.acknowledgements_label.setText(self.tr("Acknowledgements"))
            self.staff = []
        else:
            lines = [html.escape(self.tr("{reason}: {amount}")).format(
                reason=html.escape(text_of(reason)), amount=f"<b>{money_text(amount)}</b>")
                for reason, amount in version.terms.fines.items()]
            lines.append(html.escape(self.tr("Bonus deduction for attitude (E3): {amount}").format(
                amount=money_text(version.terms.attitude_bonus_deduction))))
            ui.terms_label.setText("<br>".join(lines))
            ui.acknowledgements_label.setText(self.tr("Acknowledgements of version {version}").format(
                version=version.version))
            self.staff = self._services.views.acknowledgements(
                version.version, former=self.ui.show_former_check.isChecked())
        self._fill_staff()
        self._apply_buttons()

    def _fill_staff(self) -> None:
        table = self.ui.acknowledgements_table
        selected = self.selected_staff()
        table.blockSignals(True)
        table.setRowCount(len(self.staff))
        for row, person in enumerate(self.staff):
            signed = date_text(person.acknowledged_on) if person.acknowledged_on else self.tr("Not yet")
            name = person.name
            if not person.active:
                name = (self.tr("{name} (left {day})").format(name=person.name, day=date_text(person.left_on))
                        if person.left_on else self.tr("{name} (former staff)").format(name=person.name))
            for column, text in enumerate([name, person.username, label(person.role), signed]):
                item = QTableWidgetItem(text if text else MISSING)
                if person.acknowledged_on is None:
                    item.setForeground(QBrush(NOT_SIGNED))
                table.setItem(row, column, item)
        table.blockSignals(False)
        index = next((i for i, p in enumerate(self.staff)
                      if p.staff_id == (selected.staff_id if selected else self._actor.staff_id)), None)
        if index is not None:
            # Selected, not made current: a current row is scrolled into view a pixel at a time (also
            # when the dialog first shows), which left the list's first row half hidden. It reads from the top.
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            table.selectionModel().select(table.model().index(index, 0), flags)
        table.scrollToTop()

    def selected_staff(self) -> AcknowledgementView | None:
        rows = self.ui.acknowledgements_table.selectionModel().selectedRows()
        return self.staff[rows[0].row()] if rows and rows[0].row() < len(self.staff) else None

    def select_staff(self, staff_id: int) -> None:
        for index, person in enumerate(self.staff):
            if person.staff_id == staff_id:
                self.ui.acknowledgements_table.selectRow(index)

    @Slot()
    def _apply_buttons(self) -> None:
        ui, version, person = self.ui, self.current(), self.selected_staff()
        own = next((p for p in self.staff if p.staff_id == self._actor.staff_id), None)
        ui.acknowledge_button.setText(self.tr("I have read version {version}: &acknowledge").format(
            version=version.version) if version else self.tr("&Acknowledge"))
        ui.acknowledge_button.setEnabled(version is not None and own is not None and own.acknowledged_on is None)
        ui.acknowledge_button.setToolTip(self.tr("You acknowledged this version on {day}.").format(
            day=date_text(own.acknowledged_on)) if own is not None and own.acknowledged_on else "")
        if gate(ui.record_signed_button, self._actor, Permission.RULES_PUBLISH,
                self.tr("File the sheet the selected person signed on paper, with the date they signed")):
            ui.record_signed_button.setEnabled(version is not None and person is not None
                                               and person.acknowledged_on is None)
        ui.signed_on_edit.setEnabled(ui.record_signed_button.isEnabled())
        if gate(ui.print_sheet_button, self._actor, Permission.DOCUMENTS_PRINT):
            ui.print_sheet_button.setEnabled(version is not None and person is not None)

    # --- actions -------------------------------------------------------------------------------------
    def _attempt(self, action) -> bool:  # noqa: ANN001 - a no-argument callable
        self.ui.error_label.clear()
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.ui.error_label.setText(error_text(error))
            return False
        return True

    @Slot()
    def acknowledge_own(self) -> None:
        """The signed-in person acknowledges the version themselves (E24), dated today."""
        version = self.current()
        if version is None or not self._attempt(lambda: self._services.assessment.acknowledge(
                self._actor, version.version, self._services.today())):
            return
        self.reload(version.version)
        self.ui.message_label.setText(self.tr("You acknowledged version {version}.").format(version=version.version))
        self.changed.emit()

    @Slot()
    def record_signed(self) -> None:
        version, person = self.current(), self.selected_staff()
        if version is None or person is None:
            return
        signed_on: dt.date = self.ui.signed_on_edit.date().toPython()
        if not self._attempt(lambda: self._services.acknowledgements.record_signed(
                self._actor, person.staff_id, version.version, signed_on)):
            return
        self.reload(version.version)
        self.select_staff(person.staff_id)
        self.ui.message_label.setText(self.tr("{name}'s signed sheet for version {version} is filed.").format(
            name=person.name, version=version.version))
        self.changed.emit()

    @Slot()
    def print_sheet(self) -> None:
        """The selected person's acknowledgement sheet, made off the UI thread, then previewed."""
        version, person, actor = self.current(), self.selected_staff(), self._actor
        if version is None or person is None:
            return
        language, service = PrintSettings.load().language, self._services.acknowledgements
        title = self.tr("Rule set acknowledgement v{version} {name}").format(version=version.version, name=person.name)

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = service.make_sheet(actor, person.staff_id, version.version, language=language)
            return PrintableDocument(made, title, f"rules-v{version.version}-{person.username}.pdf")

        self.jobs.run(make)

    def has_unsaved_changes(self) -> bool:
        """Amounts edited for a new version and not yet published."""
        if not self.may_publish or not self.versions:
            return False
        return self.edited_terms().to_dict() != self.versions[0].terms.to_dict()

    def edited_terms(self) -> RuleTerms:
        return RuleTerms({reason: _amount(spin.value()) for reason, spin in self.spins.items()},
                         _amount(self.ui.attitude_spin.value()))

    @Slot()
    def publish(self) -> None:
        """A new version with the amounts as edited, in force from its publication date (E24)."""
        if not allows(self._actor.role, Permission.RULES_PUBLISH):
            return
        published_on: dt.date = self.ui.published_on_edit.date().toPython()
        created: list[int] = []
        if not self._attempt(lambda: created.append(self._services.assessment.publish_rules(
                self._actor, RuleTerms.from_dict(self.edited_terms().to_dict()), published_on))):
            # The service's message; its refusals are of the date (E24: not back-dated, not before the latest).
            self.ui.published_on_edit.setFocus()
            return
        self.reload(created[0])
        self.ui.message_label.setText(self.tr("Version {version} published; everyone acknowledges it on its "
                                              "sheet.").format(version=created[0]))
        self.changed.emit()

