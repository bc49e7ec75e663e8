"""An error message that quotes what a user typed shows it as typed, never as markup."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import show_error


def test_a_customer_named_with_tags_is_shown_literally(qapp, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    show_error(None, ValidationError("This phone number belongs to {name}.", field="customer_phone",
                                     name="A&B <b>公司</b>"))
    show_error(None, ValidationError("Enter at most {n} characters.", field="serial", n=3))

    drawn = QTextDocument()  # what the box draws: rich text (it saw a tag), so the markup is escaped
    drawn.setHtml(shown[0])
    assert drawn.toPlainText() == "This phone number belongs to A&B <b>公司</b>."
    assert shown[1] == "Enter at most 3 characters."  # plain messages go unchanged
