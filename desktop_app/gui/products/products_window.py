"""产品型号: the product categories (left) and their models (right), kept by the supervisor or manager (W2, W4)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.catalogue_window_base import CatalogueWindowBase
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_products_window import Ui_ProductsWindow
from desktop_app.gui.paged_table_model import CENTER, Column, PagedTableModel
from desktop_app.gui.parts.window_support import guard, show_message
from desktop_app.gui.products.product_dialogs import ProductCategoryDialog, ProductModelDialog
from desktop_app.gui.products.product_import_dialog import ProductImportDialog
from desktop_app.gui.work_orders.texts import yes_no
from desktop_app.services.actor import Actor
from desktop_app.services.product_catalogue import CategoryRow, ProductCatalogue, ProductModelListing, ProductModelRow
from desktop_app.services.product_import import ProductImportService


class ProductsWindow(CatalogueWindowBase):
    """Non-modal; the models are a paged model, so thousands of them open at once. ``catalogue_changed``:
    a category or model was saved, and intake's next form offers it."""

    ROW_KEY = "model"
    IMPORT_SIZE = (900, 560)

    def __init__(self, sessions: SessionFactory, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ProductsWindow(), actor, parent)
        ui = self.ui
        self.catalogue = ProductCatalogue(sessions)
        self.importer = ProductImportService(sessions)
        self.listing = ProductModelListing(sessions)
        self.listing.active_only = True
        self.model = PagedTableModel(self.listing, self._columns(), parent=self, highlight=lambda r: not r.active)
        self.categories: list[CategoryRow] = []
        self.category_dialog: ProductCategoryDialog | None = None
        self.model_dialog: ProductModelDialog | None = None
        self.setWindowTitle(self.tr("Product models"))
        self._wire_list(ui.models_view, self.open_new_model, self.open_edit_model)
        ui.inactive_check.toggled.connect(self._on_inactive_toggled)
        ui.category_list.currentRowChanged.connect(self._on_category_chosen)
        ui.category_list.itemActivated.connect(self.open_edit_category)
        ui.add_category_button.clicked.connect(self.open_new_category)
        ui.edit_category_button.clicked.connect(self.open_edit_category)
        ui.add_model_button.clicked.connect(self.open_new_model)
        ui.edit_model_button.clicked.connect(self.open_edit_model)
        ui.active_button.clicked.connect(self.toggle_active)
        ui.import_button.clicked.connect(self.choose_import_file)
        for button in (ui.add_category_button, ui.add_model_button, ui.import_button):
            guard(button, actor, Permission.PRODUCTS_MANAGE)
        ui.category_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 34)  # names and codes stay whole
        self.resize(1100, 640)
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Model"), lambda r: r.model, width_chars=16),
            Column(self.tr("Name"), lambda r: r.name, width_chars=30),
            Column(self.tr("Category"), lambda r: r.category_name, width_chars=14, tooltip=lambda r: r.category_code),
            Column(self.tr("Accessories"), lambda r: "、".join(r.accessories) or MISSING, width_chars=30,
                   tooltip=lambda r: "\n".join(r.accessories)),
            Column(self.tr("Active"), lambda r: yes_no(r.active), align=CENTER, width_chars=5),
        ]

    # --- the lists -------------------------------------------------------------------------------
    def current_category(self) -> CategoryRow | None:
        row = self.ui.category_list.currentRow()
        return self.categories[row - 1] if 1 <= row <= len(self.categories) else None  # row 0: every category

    def selected_model(self) -> ProductModelRow | None:
        rows = self.ui.models_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    @Slot()
    def reload(self) -> None:
        chosen = self.current_category()
        try:
            self.categories = self.catalogue.categories()
        except Exception as error:  # noqa: BLE001
            show_message(self.ui.message_label, error_text(error), ok=False)
            return
        view = self.ui.category_list
        view.blockSignals(True)
        view.clear()
        QListWidgetItem(self.tr("All categories"), view)
        for category in self.categories:
            # Two lines: the name a counter knows and its model count; the code the warranty policy
            # uses (W4) is for the supervisor, so it stays in the tooltip and the edit dialog.
            item = QListWidgetItem(self.tr("{name}\nmodels: {count}").format(
                name=category.name_zh, count=category.models), view)
            tips = [self.tr("Code: {code}").format(code=category.code)]
            if category.long_repair:
                tips.append(self.tr("The warranty policy in force gives this category the longer free repair (W4)."))
            item.setToolTip("\n".join(tips))
        ids = [c.id for c in self.categories]
        view.setCurrentRow(ids.index(chosen.id) + 1 if chosen is not None and chosen.id in ids else 0)
        view.blockSignals(False)
        self.ui.category_note.setText("" if self.categories else self.tr(
            "No product category yet: add one, then its models (or import them)."))
        self._on_category_chosen()

    @Slot()
    def _on_category_chosen(self, _row: int = -1) -> None:
        category = self.current_category()
        self.listing.category_id = category.id if category is not None else None
        self.model.reload()

    @Slot(bool)
    def _on_inactive_toggled(self, shown: bool) -> None:
        self.listing.active_only = not shown
        self.model.reload()

    def _count_text(self, count: str) -> str:
        return self.tr("Models: {count}").format(count=count)

    @Slot()
    def _update_buttons(self) -> None:
        ui, chosen = self.ui, self.selected_model()
        if guard(ui.edit_category_button, self.actor, Permission.PRODUCTS_MANAGE):
            ui.edit_category_button.setEnabled(self.current_category() is not None)
        for button in (ui.edit_model_button, ui.active_button):
            if guard(button, self.actor, Permission.PRODUCTS_MANAGE):
                button.setEnabled(chosen is not None)
        ui.active_button.setText(self.tr("Reacti&vate") if chosen is not None and not chosen.active
                                 else self.tr("Deacti&vate"))

    def select_model(self, model: str) -> bool:
        return self._select(model)

    # --- categories ------------------------------------------------------------------------------
    def _category_dialog(self) -> ProductCategoryDialog:
        if self.category_dialog is None:
            self.category_dialog = self._window_modal(ProductCategoryDialog(self.catalogue, self.actor, self),
                                                      self._on_category_saved)
        return self.category_dialog

    @Slot()
    def open_new_category(self) -> ProductCategoryDialog | None:
        return self._open(self._category_dialog(), None) if self.ui.add_category_button.isEnabled() else None

    @Slot()
    def open_edit_category(self) -> ProductCategoryDialog | None:
        category = self.current_category()
        if category is None or not self.ui.edit_category_button.isEnabled():
            return None
        return self._open(self._category_dialog(), category)

    def _on_category_saved(self, saved: CategoryRow) -> None:
        self._changed(self.tr("Category {name} saved.").format(name=saved.name_zh))
        self.ui.category_list.setCurrentRow([c.id for c in self.categories].index(saved.id) + 1)

    # --- models ----------------------------------------------------------------------------------
    def _model_dialog(self) -> ProductModelDialog:
        if self.model_dialog is None:
            self.model_dialog = self._window_modal(ProductModelDialog(self.catalogue, self.actor, self),
                                                   self._on_model_saved)
        return self.model_dialog

    @Slot()
    def open_new_model(self) -> ProductModelDialog | None:
        if not self.ui.add_model_button.isEnabled():
            return None
        chosen = self.current_category()
        return self._open(self._model_dialog(), None, self.categories, chosen.id if chosen is not None else None)

    @Slot()
    def open_edit_model(self) -> ProductModelDialog | None:
        product = self.selected_model()
        if product is None or not self.ui.edit_model_button.isEnabled():
            return None
        return self._open(self._model_dialog(), product, self.categories)

    def _on_model_saved(self, saved: ProductModelRow) -> None:
        self._changed(self.tr("Model {model} saved.").format(model=saved.model), saved.model)

    @Slot()
    def toggle_active(self) -> None:
        """Deactivating leaves the model out of intake's list; its units and old claims keep it."""
        product = self.selected_model()
        if product is None or not self.ui.active_button.isEnabled():
            return
        try:
            saved = self.catalogue.set_model_active(self.actor, product.id, not product.active, loaded=product)
        except Exception as error:  # noqa: BLE001 - a refusal or a row changed elsewhere: said in the window
            show_message(self.ui.message_label, error_text(error), ok=False)
            return
        self._changed(self.tr("Model {model} reactivated: intake offers it again.").format(model=saved.model)
                      if saved.active else
                      self.tr("Model {model} deactivated: intake no longer offers it; its claims keep it.").format(
                          model=saved.model), saved.model)

    # --- import ----------------------------------------------------------------------------------
    def _import_file_texts(self) -> tuple[str, str]:
        return self.tr("Import product models"), self.tr("Model lists (*.xlsx *.csv)")

    def _make_import_dialog(self) -> ProductImportDialog:
        return ProductImportDialog(self.importer, self.actor, self)
