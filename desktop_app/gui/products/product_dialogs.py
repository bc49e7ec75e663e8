"""新增/编辑产品类别 and 新增/编辑产品型号: one form each, every wrong field told next to it (W2, W4)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.gui.form_saving import save_or_show
from desktop_app.gui.forms.ui_product_category_dialog import Ui_ProductCategoryDialog
from desktop_app.gui.forms.ui_product_model_dialog import Ui_ProductModelDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.services.actor import Actor
from desktop_app.services.product_catalogue import (
    CategoryInput,
    CategoryRow,
    ModelInput,
    ProductCatalogue,
    ProductModelRow,
)


class ProductCategoryDialog(QDialog):
    """Accepted once saved; ``saved`` holds the category as stored."""

    def __init__(self, catalogue: ProductCatalogue, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProductCategoryDialog()
        ui.setupUi(self)
        self._catalogue, self._actor = catalogue, actor
        self.category: CategoryRow | None = None
        self.saved: CategoryRow | None = None
        self.errors = FieldErrors([("code", ui.code_edit, ui.code_error), ("name_zh", ui.name_zh_edit, ui.name_zh_error),
                                   ("name_en", ui.name_en_edit, ui.name_en_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, category: CategoryRow | None) -> None:
        ui, self.category, self.saved = self.ui, category, None
        self.setWindowTitle(self.tr("Edit category {code}").format(code=category.code) if category
                            else self.tr("New product category"))
        ui.code_edit.setText(category.code if category else "")
        ui.name_zh_edit.setText(category.name_zh if category else "")
        ui.name_en_edit.setText(category.name_en if category else "")
        locked = category is not None and category.code_locked
        ui.code_edit.setReadOnly(locked)  # W4: the policy and the models name it by this code
        ui.note_label.setText(
            self.tr("The code is in use by product models or the warranty policy (W4): only the names can change.")
            if locked else self.tr("The code is what the warranty policy names (W4): letters, digits, “-” and “_”; "
                                   "it cannot change once models use it."))
        self.errors.clear()
        (ui.name_zh_edit if locked else ui.code_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def entered(self) -> CategoryInput:
        ui = self.ui
        return CategoryInput(ui.code_edit.text(), ui.name_zh_edit.text(), ui.name_en_edit.text())

    @Slot()
    def save(self) -> None:
        data, category = self.entered(), self.category
        saved = save_or_show(self, self.errors, self.ui.error_label,
                             lambda: self._catalogue.add_category(self._actor, data) if category is None
                             else self._catalogue.edit_category(self._actor, category.id, data, loaded=category))
        if saved is not None:
            self.saved = saved
            self.accept()


class ProductModelDialog(QDialog):
    """Accepted once saved; ``saved`` holds the model as stored."""

    def __init__(self, catalogue: ProductCatalogue, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProductModelDialog()
        ui.setupUi(self)
        self._catalogue, self._actor = catalogue, actor
        self.product: ProductModelRow | None = None
        self.saved: ProductModelRow | None = None
        self.errors = FieldErrors([("model", ui.model_edit, ui.model_error), ("name", ui.name_edit, ui.name_error),
                                   ("category", ui.category_combo, ui.category_error),
                                   ("accessories", ui.accessories_edit, ui.accessories_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, product: ProductModelRow | None, categories: list[CategoryRow],
              category_id: int | None = None) -> None:
        """``category_id``: the category a new model goes to (the one chosen in the window)."""
        ui, self.product, self.saved = self.ui, product, None
        self.setWindowTitle(self.tr("Edit model {model}").format(model=product.model) if product
                            else self.tr("New product model"))
        ui.category_combo.clear()
        for category in categories:
            ui.category_combo.addItem(category.name_zh, category.id)  # the code (W4) only as a tooltip
            ui.category_combo.setItemData(ui.category_combo.count() - 1, category.code, Qt.ItemDataRole.ToolTipRole)
        chosen = product.category_id if product else category_id
        ui.category_combo.setCurrentIndex(ui.category_combo.findData(chosen) if chosen is not None else -1)
        ui.model_edit.setText(product.model if product else "")
        ui.name_edit.setText(product.name if product else "")
        ui.accessories_edit.setText("、".join(product.accessories) if product else "")
        self.errors.clear()
        ui.model_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def entered(self) -> ModelInput:
        ui = self.ui
        category = ui.category_combo.currentData()
        return ModelInput(ui.model_edit.text(), ui.name_edit.text(), int(category) if category is not None else None,
                          ui.accessories_edit.text())

    @Slot()
    def save(self) -> None:
        data, product = self.entered(), self.product
        saved = save_or_show(self, self.errors, self.ui.error_label,
                             lambda: self._catalogue.add_model(self._actor, data) if product is None
                             else self._catalogue.edit_model(self._actor, product.id, data, loaded=product))
        if saved is not None:
            self.saved = saved
            self.accept()

