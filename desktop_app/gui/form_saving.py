"""Saving a form's entry: a refusal is shown at its field, or above the buttons, never as a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.services.intake_forms import FormInvalid

Saved = TypeVar("Saved")


def save_or_show(dialog: QWidget, errors: FieldErrors, general: QLabel, action: Callable[[], Saved]) -> Saved | None:
    """What ``action`` (the service call) returns; None once a refusal is shown."""
    try:
        return action()
    except FormInvalid as error:
        errors.show(error.errors)
    except ValidationError as error:
        errors.show([error])
    except KnownError as error:  # a missing permission, a row changed elsewhere: no field to point at
        errors.clear()
        general.setText(error_text(error))
    except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
        show_error(dialog, error)
    return None
