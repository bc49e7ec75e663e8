"""What the catalogue windows (parts, product models) share: the paged list with search as you type, row
selection by key, dialogs made on first use, and the preview-then-apply import of a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDir, QLocale, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QTableView, QWidget

from desktop_app.gui.error_display import show_error
from desktop_app.gui.list_setup import fit_columns, search_as_you_type, search_keys, select_row
from desktop_app.gui.paged_table_model import PagedTableModel
from desktop_app.gui.parts.window_support import compact, show_message
from desktop_app.gui.sheet_import_dialog_base import SheetImportDialog
from desktop_app.services.actor import Actor

Dialog = TypeVar("Dialog", bound=QDialog)


def documents_folder() -> str:
    """Where the file dialogs open: the user's documents, else home."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()


class CatalogueWindowBase(QWidget):
    """Non-modal. A subclass builds its ``ui`` (with ``search_edit``, ``count_label``, ``message_label``),
    its services and ``self.model``, then calls ``_wire_list``; it says what differs through the hooks below."""

    catalogue_changed = Signal()  # something was saved: the other windows and intake's next form show it
    ROW_KEY = ""  # the row attribute ``_select`` matches (part_no, model)
    IMPORT_SIZE = (960, 620)

    def __init__(self, ui: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = ui
        ui.setupUi(self)
        self.actor = actor
        self.model: PagedTableModel
        self.import_dialog: SheetImportDialog | None = None

    def _wire_list(self, view: QTableView, open_new: Callable[[], object], open_edit: Callable[[], object]) -> None:
        """The list, its column widths, search as you type and the keys every catalogue answers."""
        ui, self._view = self.ui, view
        view.setModel(self.model)
        fit_columns(view, self.model.columns, self.fontMetrics())
        compact(view)
        self._timer = search_as_you_type(self, ui.search_edit, self.apply_search)
        view.activated.connect(open_edit)  # Enter or double-click
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(lambda error: show_error(self, error, self.windowTitle()))
        search_keys(self, ui.search_edit, self.reload)
        QShortcut(QKeySequence.StandardKey.New, self, open_new)

    # --- hooks -----------------------------------------------------------------------------------
    # Each window (parts catalogue, product models) overrides all of these; an abc.ABC cannot be
    # mixed into a QWidget (Shiboken's metaclass), so a forgotten one fails loudly instead.
    def reload(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _count_text(self, count: str) -> str:
        """The count label's text for ``count`` rows (already in the user's number format)."""
        raise NotImplementedError

    def _import_file_texts(self) -> tuple[str, str]:
        """The open-file dialog's title and its file-type filter."""
        raise NotImplementedError

    def _make_import_dialog(self) -> SheetImportDialog:
        raise NotImplementedError

    # --- the list --------------------------------------------------------------------------------
    @Slot()
    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search(self.ui.search_edit.text())

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        self.ui.count_label.setText(self._count_text(QLocale().toString(total)))
        self._update_buttons()

    def _select(self, key: str) -> bool:
        """Selects the row whose ``ROW_KEY`` is ``key``; False when the list does not show it."""
        return select_row(self._view, self.model, self.ROW_KEY, key)

    def _changed(self, message: str, key: str | None = None) -> None:
        show_message(self.ui.message_label, message)
        self.reload()
        if key:
            self._select(key)
        self.catalogue_changed.emit()

    # --- dialogs ---------------------------------------------------------------------------------
    def _window_modal(self, dialog: Dialog, on_answer: Callable[[Any], None], answer: str = "saved") -> Dialog:
        """``dialog``, kept by the caller and reused; once accepted with its ``answer`` set, ``on_answer`` gets it."""
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(result: int) -> None:
            value = getattr(dialog, answer)
            if result == QDialog.DialogCode.Accepted and value is not None:
                on_answer(value)

        dialog.finished.connect(finished)
        return dialog

    @staticmethod
    def _open(dialog: Dialog, *start: Any) -> Dialog:
        dialog.start(*start)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    # --- import ----------------------------------------------------------------------------------
    @Slot()
    def choose_import_file(self) -> None:
        title, filters = self._import_file_texts()
        path, _filter = QFileDialog.getOpenFileName(self, title, documents_folder(), filters)
        if path:
            self.open_import(path)

    def open_import(self, path: str | Path) -> SheetImportDialog:
        """The preview dialog for ``path``; nothing is written until Apply."""
        if self.import_dialog is None:
            self.import_dialog = self._make_import_dialog()
            self.import_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.import_dialog.applied.connect(self._on_imported)
            self.import_dialog.resize(*self.IMPORT_SIZE)
        return self._open(self.import_dialog, path)

    @Slot(object)
    def _on_imported(self, result: Any) -> None:
        self._changed(self.tr("Imported {file}: added {added}, changed {changed}.").format(
            file=result.file, added=len(result.added), changed=len(result.changed)))
