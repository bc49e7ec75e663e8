"""Business rules (业务规则): the rules cited in the interface as (W9), (D3), … looked up by number or word."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop_app.errors import KnownError
from desktop_app.gui.forms.ui_rules_window import Ui_RulesWindow
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.paths import resource

RULES_FILE = ("rules", "rules.json")
RULE_ID = re.compile(r"[WSDE]\d+", re.IGNORECASE)
LIST_PREVIEW_CHARS = 120  # the list shows the opening, cut to its width; the pane beside it, the whole text


@dataclass(frozen=True)
class BusinessRule:
    id: str
    zh: str
    en: str

    def text(self, english: bool) -> str:
        return self.en if english else self.zh


@cache
def load_rules(path: Path | None = None) -> tuple[BusinessRule, ...]:
    """Every rule of resources/rules/rules.json, in the file's order (W, S, D, E)."""
    source = path if path is not None else resource(*RULES_FILE)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        return tuple(BusinessRule(str(item["id"]), str(item["zh"]), str(item["en"])) for item in data["rules"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnownError(QT_TRANSLATE_NOOP(
            "Errors", "The business rules could not be read from {path}: {error}. Reinstall Service Counter."),
            path=str(source), error=str(error)) from error


def matches(rule: BusinessRule, query: str) -> bool:
    """A rule number (w9, E24) finds that rule alone (W1 is not W10-W12); a letter (W) its group; anything
    else is looked for in the number and in both languages' text, so 退货 finds the return rules in English too."""
    query = query.strip()
    if not query:
        return True
    if RULE_ID.fullmatch(query):
        return rule.id.upper() == query.upper()
    folded = query.casefold()
    if len(folded) == 1 and folded in "wsde":
        return rule.id.casefold().startswith(folded)
    return folded in rule.id.casefold() or folded in rule.zh.casefold() or folded in rule.en.casefold()


def preview(text: str, limit: int = LIST_PREVIEW_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class RulesWindow(QDialog):
    """Modeless: the clerk keeps it beside the form whose message cited a rule."""

    def __init__(self, rules: tuple[BusinessRule, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RulesWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._rules = rules
        fit_to_screen(self)
        # The language the interface speaks: the rules read as the messages that cite them.
        self._english = QLocale().language() == QLocale.Language.English
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.search_edit.textChanged.connect(self.apply_filter)
        self.ui.rule_list.currentItemChanged.connect(self._on_current_changed)
        for rule in rules:
            item = QListWidgetItem(f"{rule.id}  {preview(rule.text(self._english))}")
            item.setData(Qt.ItemDataRole.UserRole, rule)
            item.setToolTip(rule.text(self._english))
            self.ui.rule_list.addItem(item)
        self.apply_filter()

    def shown_ids(self) -> list[str]:
        """The rules the list shows now, in order."""
        rows = (self.ui.rule_list.item(i) for i in range(self.ui.rule_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole).id for item in rows if not item.isHidden()]

    def show_rule(self, rule_id: str) -> bool:
        """Clears the search and selects ``rule_id``; False when there is no such rule."""
        self.ui.search_edit.clear()
        for i in range(self.ui.rule_list.count()):
            item = self.ui.rule_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole).id == rule_id:
                self.ui.rule_list.setCurrentItem(item)
                self.ui.rule_list.scrollToItem(item)
                return True
        return False

    @Slot()
    def apply_filter(self) -> None:
        query = self.ui.search_edit.text()
        first_shown = None
        for i in range(self.ui.rule_list.count()):
            item = self.ui.rule_list.item(i)
            hidden = not matches(item.data(Qt.ItemDataRole.UserRole), query)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.ui.rule_list.currentItem()
        if current is None or current.isHidden():
            self.ui.rule_list.setCurrentItem(first_shown)  # the text pane always shows a listed rule
            if first_shown is None:
                self._show(None)
        shown = len(self.shown_ids())
        self.ui.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=len(self._rules)))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._show(current.data(Qt.ItemDataRole.UserRole) if current is not None and not current.isHidden() else None)

    def _show(self, rule: BusinessRule | None) -> None:
        if rule is None:
            self.ui.rule_text.setHtml("<p>" + html.escape(self.tr("No rule matches the search.")) + "</p>")
            return
        text = html.escape(rule.text(self._english))
        # 执行口径 / Decision: how the program applies a rule where the original is silent, on its own line.
        for marker in ("执行口径：", "Decision:"):
            text = text.replace(marker, f"<br><br><b>{marker}</b>")
        self.ui.rule_text.setHtml(f"<h2>{html.escape(rule.id)}</h2><p>{text}</p>")
