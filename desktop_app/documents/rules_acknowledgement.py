"""The acknowledgement of a published assessment rule set (考核制度确认书, rule E24)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.formatting import money
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, confirmation_box, field_table, label_width, signature_lines,
)
from desktop_app.documents.report_parts import (
    empty_row, fit_widths, render_report, report_header, ruled_table, sections, text_or_none,
)
from desktop_app.documents.staff_labels import staff_labels
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text


@dataclass(frozen=True, kw_only=True)
class FineAmount:
    reason: str  # label of the E23 reason
    amount: Decimal  # per occurrence


@dataclass(frozen=True, kw_only=True)
class AcknowledgementData:
    centre: CentreInfo
    staff_name: str
    role: str
    rule_version: int
    published_on: dt.date
    fines: tuple[FineAmount, ...] = ()  # E23, in the rule set's order
    attitude_bonus_deduction: Decimal  # E3
    acknowledged_on: dt.date | None = None  # printed on the date line once signed
    issued_by: str | None = None  # who announced the rules (E24: the employer's proof)


def render_rules_acknowledgement(data: AcknowledgementData, *,
                                 language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: the version, the fines table, E3 and E21 terms, and the signed statement."""
    st, lab, english = make_styles("A4"), staff_labels(language), is_english(language)
    title = lab["ack_title"]
    number = f"v{data.rule_version} {data.staff_name}"
    rows = [(lab["staff_name"], text_or_none(data.staff_name, lab), lab["role"],
             text_or_none(data.role, lab)),
            (lab["rule_version"], para_text(lab["version_only"].format(version=data.rule_version)),
             lab["published_on"], data.published_on.isoformat())]
    label = label_width([row[i] for row in rows for i in (0, 2)], st, 20, 34)
    demerits = [Paragraph(para_text(lab["demerit_intro"]), st.body)]
    demerits += [Paragraph(f"{n}. {para_text(item)}", st.body)
                 for n, item in enumerate(lab["demerit_items"].split("|"), start=1)]
    attitude = lab["attitude_text"].format(amount=money(data.attitude_bonus_deduction))
    parts = [(lab["sec_fine_table"], [_fines(data, st, lab)], True),
             (lab["sec_attitude"], [Paragraph(para_text(attitude), st.body)], True),
             (lab["sec_demerits"], demerits, True)]
    signed = data.acknowledged_on.isoformat() if data.acknowledged_on else lab["date_blank"]
    signatures = signature_lines([
        [(lab["sign_staff"], ""), (lab["sign_date"], signed)],
        [(lab["sign_issuer"], data.issued_by or ""), (lab["sign_date"], lab["date_blank"])]],
        st, st.frame_width - 12)
    statement = lab["ack_statement"].format(version=data.rule_version,
                                            date=data.published_on.isoformat())
    story = [report_header(data.centre, title, st, lab), Spacer(1, st.size(6)),
             *field_table(rows, st, label), *sections(parts, st, english),
             Spacer(1, st.size(10)),
             KeepTogether([confirmation_box(lab["ack_confirm"], statement, signatures, st)])]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _fines(data: AcknowledgementData, st: DocStyles, lab: Mapping[str, str]) -> Table:
    head = [lab["row_no"], lab["fine_reason"], lab["per_time"]]
    rows: list[list] = [[str(n), text_or_none(f.reason, lab), money(f.amount)]
                        for n, f in enumerate(data.fines, start=1)]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["none"], len(head))
        rows.append(row)
        extra.append(span)
    return ruled_table(head, rows, fit_widths([lab["row_no"], None, 40], st), st, right={0, 2},
                       extra=extra)
