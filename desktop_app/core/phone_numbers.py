"""Chinese phone numbers as typed at the counter: mobiles, landlines with area code, extensions."""

from __future__ import annotations

import re

from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# re.ASCII: \d would also match ٣ or ३, and such a "phone number" could never be dialled or found.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^(0\d{2,3})(-?)([2-9]\d{6,7})(?:-(\d{1,6}))?$", re.ASCII)
_NUMBER = re.compile(r"^[2-9]\d{6,7}$", re.ASCII)  # a local number after its area code
_SERVICE = re.compile(r"^(400|800)-?\d{3}-?\d{4}$", re.ASCII)
# How people write an extension: "0755-2678123转801", "… 分机 801", "… ext. 801", "… x801", "…#801".
# Each becomes the one stored form, "-801" (spaces are gone by then).
_EXTENSION = re.compile(r"(?<=\d)(?:转分机|转|分机号?|ext\.?|x|#)(?=\d)", re.ASCII | re.IGNORECASE)
# Two numbers in one field ("13812345678/13912345678", "…或…"): one of them would be lost or wrong.
_SEPARATORS = re.compile(r"\d[/,;、，；|或]+\d", re.ASCII)


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """A mobile as 11 digits; a landline as ``0755-12345678[-ext]``; a 400/800 number as is.

    Spaces, full-width digits, a leading +86 and a written-out extension (转, 分机, ext.) are
    forgiven (people paste them from chats and business cards).
    """
    cleaned = text.strip().translate(_FULL_WIDTH).replace(" ", "").replace("(", "").replace(")", "")
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:].lstrip("-")
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a phone number."), field=field)
    if _SEPARATORS.search(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” holds more than one number: enter one phone number."),
            field=field, value=text.strip())
    cleaned = _EXTENSION.sub("-", cleaned)
    if _MOBILE.match(cleaned.replace("-", "")):
        return cleaned.replace("-", "")
    landline = _LANDLINE.match(cleaned)
    stored = _landline(*landline.groups()) if landline is not None else None
    if stored is not None:
        return stored
    if _SERVICE.match(cleaned):
        return cleaned
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{value}” is not a phone number: enter an 11-digit mobile, a landline with area code "
            "(0755-26781234, with extension 0755-26781234-801) or a 400/800 number.",
        ),
        field=field,
        value=text.strip(),
    )


def _landline(area: str, dash: str, number: str, extension: str | None) -> str | None:
    """``0755-26781234[-801]``: one stored form however it was typed, so a search by it finds it."""
    if not dash:  # typed without the dash: 010 and 020-029 have 3 digits, the others 4
        digits = area + number
        cut = 3 if digits[1] in "12" else 4
        area, number = digits[:cut], digits[cut:]
        if not _NUMBER.match(number):
            return None
    return f"{area}-{number}" + (f"-{extension}" if extension else "")


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－＋（）＃", "0123456789-+()#")
