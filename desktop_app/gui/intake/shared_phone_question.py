"""The desk's question when a typed phone is on record under another name (intake and the call register:
services.customer_matching): use that customer, a new customer with the same number, or cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def shared_phone_box(parent: QWidget, message: str) -> QMessageBox:
    """The question, not yet shown; each answer button carries "use" or "new" as its ``answer`` property."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("SharedPhoneQuestion", "Phone number already registered"), message,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a customer as typed: never markup
    use = box.addButton(QCoreApplication.translate("SharedPhoneQuestion", "Use that customer"),
                        QMessageBox.ButtonRole.AcceptRole)
    use.setProperty("answer", "use")
    box.addButton(QCoreApplication.translate("SharedPhoneQuestion", "New customer with this number"),
                  QMessageBox.ButtonRole.ActionRole).setProperty("answer", "new")
    box.setDefaultButton(use)
    return box


def ask_shared_phone(parent: QWidget, message: str) -> str | None:
    """"use" that customer, "new" customer with the same number, or None (cancelled)."""
    box = shared_phone_box(parent, message)
    box.exec()
    return box.clickedButton().property("answer") if box.clickedButton() is not None else None
