"""保修政策: the manager reviews the warranty policy in force and publishes a new version (rule W12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QSpinBox, QWidget

from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.engine import SessionFactory
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.first_run_dialog import plain_label
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import date_text
from desktop_app.gui.forms.ui_policy_dialog import Ui_PolicyDialog
from desktop_app.gui.work_orders.detail_panel import english
from desktop_app.services.actor import Actor
from desktop_app.services.policy import CategoryChoice, PolicyService

# The month and day terms edited in spin boxes, in form order (the .ui names them <term>_spin).
SPIN_TERMS = ("return_months", "exchange_months", "repair_months", "long_repair_months",
              "doa_days", "early_defect_days", "manufacturer_warranty_months")


def load_categories(sessions: SessionFactory) -> list[CategoryChoice]:
    """The product categories a manager may give the longer repair period (rule W4)."""
    return PolicyService(sessions).product_categories()


class PolicyDialog(QDialog):
    """Accepted once a new version is published; a validation error keeps it open, nothing written."""

    def __init__(self, policy: PolicyService, actor: Actor, categories: Sequence[CategoryChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        self._policy = policy
        self._actor = actor
        self.published: PolicyTerms | None = None
        self._spins: dict[str, tuple[QSpinBox, QLabel]] = {
            name: (getattr(self.ui, f"{name}_spin"), getattr(self.ui, f"{name}_label")) for name in SPIN_TERMS
        }
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish new version"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.hide()
        self.ui.effective_from_edit.setDate(QDate.currentDate())
        # Rule W12: the version judging today's claims, not merely the newest published one; a version
        # announced for a later day is named with its start, so the manager sees both.
        schedule = policy.schedule()
        terms = schedule.in_force
        self._version = terms.version
        text = self.tr("Version {version} is in force.").format(version=terms.version)
        if schedule.next_terms is not None and schedule.next_from is not None:
            text += " " + self.tr("Version {version} takes effect on {date}.").format(
                version=schedule.next_terms.version, date=date_text(schedule.next_from))
        self.ui.version_label.setText(text)
        for name, (spin, _label) in self._spins.items():
            spin.setValue(getattr(terms, name))
        self.category_boxes: dict[str, QCheckBox] = {}
        known = {c.code: c for c in categories}
        # A code in the policy but not (yet) in the catalogue stays listed, so it is not dropped unseen.
        for code in sorted(known.keys() | terms.long_repair_categories):
            category = known.get(code)
            text = code if category is None else (category.name_en if english() else category.name_zh) or code
            box = QCheckBox(text, self.ui.categories_group)
            box.setToolTip(code)
            box.setChecked(code in terms.long_repair_categories)
            self.ui.categories_layout.addWidget(box)
            self.category_boxes[code] = box
        self.ui.return_months_spin.setFocus()

    def edited_terms(self) -> PolicyTerms:
        """The form as terms; raises ValidationError naming the field at fault."""
        values = {name: spin.value() for name, (spin, _label) in self._spins.items()}
        chosen = frozenset(code for code, box in self.category_boxes.items() if box.isChecked())
        return PolicyTerms(version=self._version + 1, long_repair_categories=chosen, **values)

    def effective_from(self) -> dt.date:
        return self.ui.effective_from_edit.date().toPython()

    @Slot()
    def accept(self) -> None:
        try:
            self.published = self._policy.publish(self._actor, self.edited_terms(), self.effective_from())
        except Exception as error:  # noqa: BLE001 - KnownError names the field; others are internal
            self.show_error(error)
            return
        super().accept()

    def published_text(self) -> str:
        """'已发布第 N 版' for the status bar, once accepted."""
        if self.published is None:
            return ""
        return self.tr("Version {version} published.").format(version=self.published.version)

    def show_error(self, error: BaseException) -> None:
        """The message under the form, with the fields' own labels in place of their code names."""
        if isinstance(error, KnownError):
            params = dict(error.params)
            for key in ("name", "other"):
                if params.get(key) in self._spins:
                    params[key] = plain_label(self._spins[params[key]][1].text())
                elif params.get(key) == "long_repair_categories":
                    params[key] = self.ui.categories_group.title()
            error = type(error)(error.template, field=error.field, **params)
        spin_and_label = self._spins.get(getattr(error, "field", None) or "")
        if spin_and_label is not None:
            spin_and_label[0].setFocus(Qt.FocusReason.OtherFocusReason)
            spin_and_label[0].selectAll()
        self.ui.error_label.setText(error_text(error))
        self.ui.error_label.show()

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()
