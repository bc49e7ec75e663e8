"""The satisfaction survey (rule E17): its questions and what makes an entry valid."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# Codes as stored in Survey.scores; the printed form and the entry dialog use the same codes.
QUESTION_CODES = ("speed", "attitude", "explanation", "quality", "on_time", "overall")
LOW_SCORE = 2  # a score at or below this needs the customer's comment


def validate_scores(scores: Mapping[str, int], comment: str) -> dict[str, int]:
    """Every question answered 1-5; a comment when any score is 2 or lower."""
    unknown = set(scores) - set(QUESTION_CODES)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown survey question {code}."),
                              field=sorted(unknown)[0], code=sorted(unknown)[0])
    clean: dict[str, int] = {}
    for code in QUESTION_CODES:
        value = scores.get(code)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give every question a score from 1 to 5."),
                                  field=code)
        clean[code] = value
    if min(clean.values()) <= LOW_SCORE and not comment.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A score of 2 or lower needs the customer's comment."), field="comment")
    return clean
