"""Chinese phone numbers as typed at the counter: mobiles, landlines with area code, extensions."""

from __future__ import annotations

import re

from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# re.ASCII: \d would also match ٣ or ३, and such a "phone number" could never be dialled or found.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$", re.ASCII)
_SERVICE = re.compile(r"^(400|800)-?\d{3}-?\d{4}$", re.ASCII)


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """A mobile as 11 digits; a landline as ``0755-12345678[-ext]``; a 400/800 number as is.

    Spaces, full-width digits and a leading +86 are forgiven (people paste them from chats).
    """
    cleaned = text.strip().translate(_FULL_WIDTH).replace(" ", "").replace("(", "").replace(")", "")
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:].lstrip("-")
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a phone number."), field=field)
    if _MOBILE.match(cleaned.replace("-", "")):
        return cleaned.replace("-", "")
    if _LANDLINE.match(cleaned):
        digits = cleaned.replace("-", "")
        if "-" not in cleaned:
            area = 3 if digits[1] in "12" else 4  # 010, 020-029 have 3 digits; others 4
            return f"{digits[:area]}-{digits[area:]}"
        return cleaned
    if _SERVICE.match(cleaned):
        return cleaned
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{value}” is not a phone number: enter an 11-digit mobile or a landline with area code.",
        ),
        field=field,
        value=text.strip(),
    )


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－＋（）", "0123456789-+()")
