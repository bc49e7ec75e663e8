"""审计日志: the manager reads who did what, filtered by user, record type, record and dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop_app.gui.audit_table_model import (
    ACTION, CHANGES, COUNT_CAP, ENTITY, ENTITY_ID, TIME, USER, AuditTableModel, entity_label,
)
from desktop_app.gui.error_display import show_error
from desktop_app.gui.forms.ui_audit_viewer import Ui_AuditViewer
from desktop_app.gui.audit_labels import ACTION_LABELS, ENTITY_LABELS, action_label
from desktop_app.gui.list_setup import chars_for, fit_widths
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditFilter, AuditLog

# Changing several filters in a row (or stepping a date with the arrow keys) queries once.
FILTER_DELAY_MS = 250
DEFAULT_DAYS_BACK = 7  # where the "from" date starts when ticked
COLUMN_WIDTHS_CHARS = {TIME: 20, USER: 14, ENTITY: 16, ENTITY_ID: 15, ACTION: 16, CHANGES: 40}
# The Action column widens to the longest action name (「核实属实，未记处分：…（E24）」, "Upheld without a
# demerit: …") up to this; a longer one is cut with "…" and read whole in its tooltip.
ACTION_AT_MOST_CHARS = 46
CHANGES_AT_LEAST_CHARS = 40  # what the window opens wide enough to leave the Changes column
# The window's own width beyond its columns: the row numbers, the scroll bar and the layout's margins.
CHROME_WIDTH = 80


class AuditViewer(QDialog):
    """Modeless: the manager may keep it open beside the tabs; the log itself is never edited."""

    def __init__(self, audit_log: AuditLog, accounts: AccountService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditViewer()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._audit_log = audit_log
        self._accounts = accounts
        self._actor = actor
        self.model = AuditTableModel(audit_log, actor, parent=self)
        self.ui.table_view.setModel(self.model)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._set_up_dates()
        # E24: the record by the number users know it as; a bare id only for record types without one
        self.ui.entity_id_edit.setPlaceholderText(self.tr("any"))
        self.ui.entity_id_edit.setToolTip(self.tr(
            "A claim, work order, requisition, return, complaint or call number, a user name, part number, "
            "model or serial number, typed in full. For a record type without a number, choose the type "
            "and type its ID."))
        self._set_column_widths()
        self._open_wide_enough()
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(self._on_load_failed)
        self._connect_filters()

    def _set_up_dates(self) -> None:
        today = QDate.currentDate()
        for check, edit, start in ((self.ui.from_check, self.ui.from_date, today.addDays(-DEFAULT_DAYS_BACK)),
                                   (self.ui.to_check, self.ui.to_date, today)):
            edit.setDate(start)
            edit.setEnabled(False)  # unticked: no limit on this side
            check.setToolTip(self.tr("Untick for no limit."))
            check.toggled.connect(edit.setEnabled)

    def _connect_filters(self) -> None:
        self.ui.user_combo.currentIndexChanged.connect(self._on_filter_edited)
        self.ui.entity_combo.currentIndexChanged.connect(self._on_filter_edited)
        self.ui.entity_id_edit.textChanged.connect(self._on_filter_edited)
        for check, edit in ((self.ui.from_check, self.ui.from_date), (self.ui.to_check, self.ui.to_date)):
            check.toggled.connect(self._on_filter_edited)
            edit.dateChanged.connect(self._on_filter_edited)

    def _set_column_widths(self) -> None:
        header = self.ui.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Every record type whole in the language shown: 「退货申请」 fits in 16, "Return to the manufacturer" not.
        entity = max(COLUMN_WIDTHS_CHARS[ENTITY], chars_for(map(entity_label, ENTITY_LABELS), self.fontMetrics()))
        # Likewise every action whole, in either language, up to a limit (the tooltip has the rest).
        action = min(ACTION_AT_MOST_CHARS, max(COLUMN_WIDTHS_CHARS[ACTION],
                                               chars_for(map(action_label, ACTION_LABELS), self.fontMetrics())))
        fit_widths(header, {**COLUMN_WIDTHS_CHARS, ENTITY: entity, ACTION: action}, self.fontMetrics())
        rows = self.ui.table_view.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _open_wide_enough(self) -> None:
        """As wide as the columns before Changes plus a readable Changes column, no wider than the screen
        (a 1366×768 counter screen holds it)."""
        header = self.ui.table_view.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in range(CHANGES))
        changes = self.fontMetrics().horizontalAdvance("0") * CHANGES_AT_LEAST_CHARS
        fit_to_screen(self, QSize(max(self.width(), columns + changes + CHROME_WIDTH), self.height()))

    def start(self) -> None:
        """Fills the filter choices and shows the newest entries."""
        self._filter_timer.stop()
        for combo in (self.ui.user_combo, self.ui.entity_combo):
            combo.blockSignals(True)
            combo.clear()
        try:
            staff = self._accounts.list_staff()
            entities = self._audit_log.entities(self._actor)
        except Exception as error:  # noqa: BLE001 - shown, the viewer stays empty
            show_error(self, error)
            staff, entities = [], []
        self.ui.user_combo.addItem(self.tr("All users"), None)
        for person in staff:
            self.ui.user_combo.addItem(f"{person.display_name} ({person.username})", person.id)
        self.ui.entity_combo.addItem(self.tr("All record types"), None)
        for entity in entities:
            self.ui.entity_combo.addItem(entity_label(entity), entity)
        for combo in (self.ui.user_combo, self.ui.entity_combo):
            combo.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        number = self.ui.entity_id_edit.text().strip()
        return AuditFilter(
            user_id=self.ui.user_combo.currentData(),
            entity=self.ui.entity_combo.currentData(),
            number=number or None,
            date_from=self.ui.from_date.date().toPython() if self.ui.from_check.isChecked() else None,
            date_to=self.ui.to_date.date().toPython() if self.ui.to_check.isChecked() else None,
        )

    @Slot()
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    @Slot()
    def _on_filter_edited(self) -> None:
        self._filter_timer.start()

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        # Two plain strings rather than a plural (%n): pyside6-lupdate drops the plural marking (list_tab).
        if self.model.more_than_cap:
            self.ui.count_label.setText(self.tr("More than {count} entries").format(
                count=QLocale().toString(COUNT_CAP)))
            return
        text = self.tr("{count} entry") if total == 1 else self.tr("{count} entries")
        self.ui.count_label.setText(text.format(count=QLocale().toString(total)))

    @Slot(object)
    def _on_load_failed(self, error: BaseException) -> None:
        show_error(self, error, self.windowTitle())
