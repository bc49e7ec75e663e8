"""The monthly staff evaluation sheet (员工月度考评表, rules E17, E21, E23, E24, S3)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.charts import ChartMonth, history_chart
from desktop_app.documents.formatting import money, month_text
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, confirmation_box, field_table, label_width, signature_lines,
)
from desktop_app.documents.report_parts import (
    alert, empty_row, fit_widths, number_list, render_report, report_header, ruled_table,
    sections, text_or_none,
)
from desktop_app.documents.staff_labels import staff_labels
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text

__all__ = ["ChartMonth", "ComplaintEntry", "EvaluationData", "Figures", "FineEntry", "RuleVersionLine", "SignedNote",
           "evaluation_chart", "figure_rows", "render_evaluation_sheet"]
CHART_HEIGHT_MM = 58
# The usual month (a few fines, a complaint) must fit one A4 page: the chart gives up height first.
SHORTER_CHART_HEIGHTS_MM = (44, 36)
_DATE_SAMPLE = "2026-12-31"  # the widest a fine's day prints
_CELL_SIDE_PADDING = 6  # ReportLab's default left and right cell padding, in points
_TAIL_ROWS = 3  # fine rows printed with the total and the signatures when the fines run over a page
_PAGE = re.compile(rb"/Type /Page[^s]")
# The signature record and the late entries (补记, E24): this sheet's own words, in both languages.
_SIGNED_ZH = {
    "signed": "已签字", "signed_row": "签字记录", "signed_text": "已签字（{day}，{by}记录）",
    "not_signed": "未签字",
    "differs": "注意：现有数据与签字时不同（签字时罚款合计 {signed_total}、记大过 {signed_majors} 次；现为 {total}、"
               "{majors} 次）。上表为签字时的合计。",
    "late": "补记（属 {month}）",
    "late_note": "标“补记”的条目发生在已签字的月份，签字后才录入：计入本月，保留原日期、制度版本和证据（E24）。",
}
_SIGNED_EN = {
    "signed": "Signed", "signed_row": "Signature", "signed_text": "Signed ({day}, recorded by {by})",
    "not_signed": "Not signed",
    "differs": "Note: the current data differ from the signed sheet (signed: fines {signed_total}, "
               "{signed_majors} major demerits; now: {total}, {majors}). The figures above are as signed.",
    "late": "[late entry of {month}]",
    "late_note": "Entries marked “late entry” happened in a month already signed and were entered afterwards: "
                 "they count in this month, with their own date, rule version and evidence (E24).",
}


@dataclass(frozen=True, kw_only=True)
class Figures:
    """The month's figures, named as ``core.kpis.MonthFigures``; None prints as a dash."""

    completed: int | None = None
    surveys: int | None = None
    satisfaction: Decimal | None = None  # mean score of 5
    answered_24h_rate: Decimal | None = None  # a share: 0.95 prints 95.0%
    on_time_rate: Decimal | None = None
    repeats: int | None = None
    incomplete_reports: int | None = None
    verified_complaints: int | None = None
    major_demerits: int | None = None
    fines_total: Decimal | None = None


@dataclass(frozen=True, kw_only=True)
class ComplaintEntry:
    number: str
    category: str  # label, e.g. 服务态度
    outcome: str = ""  # label, e.g. 记大过（E21）
    late_from: dt.date | None = None  # a late entry (补记) of this earlier, signed month


@dataclass(frozen=True, kw_only=True)
class FineEntry:
    reason: str  # label of the E23 reason
    amount: Decimal
    order_number: str | None = None  # the evidence (E24)
    rule_version: int | None = None  # the version in force on the day (E24)
    facts_on: dt.date | None = None  # the day of the conduct, as the tab's evidence dates it (E24)
    late_from: dt.date | None = None  # a late entry (补记) of this earlier, signed month


@dataclass(frozen=True, kw_only=True)
class RuleVersionLine:
    """A rule-set version the month's fines or demerits cite (E24), and the person's own signature."""

    version: int
    published_on: dt.date | None = None
    acknowledged_on: dt.date | None = None  # None: this person never signed this version


@dataclass(frozen=True, kw_only=True)
class SignedNote:
    """The month's sheet was signed: the figures it carried (the reprint shows them) and the current ones."""

    signed_on: dt.date
    recorded_by: str
    fines_total: Decimal
    major_demerits: int
    current_fines_total: Decimal
    current_major_demerits: int

    @property
    def differs(self) -> bool:
        return (self.fines_total, self.major_demerits) != (self.current_fines_total, self.current_major_demerits)


@dataclass(frozen=True, kw_only=True)
class EvaluationData:
    centre: CentreInfo
    staff_name: str
    role: str
    month: dt.date
    rule_version: int | None = None  # E24: the version in force in the month
    rule_published_on: dt.date | None = None
    acknowledged_on: dt.date | None = None  # the staff member's signature on that version
    # E24: every version the month's fines and demerits cite, each with this person's signature;
    # when given it replaces the single version above (which is then only the fallback).
    rule_versions: tuple[RuleVersionLine, ...] = ()
    figures: Figures
    completed_orders: tuple[str, ...] = ()
    late_orders: tuple[str, ...] = ()  # answered after 24 h or arrived late (S3)
    repeat_orders: tuple[str, ...] = ()  # E16
    incomplete_orders: tuple[str, ...] = ()  # E23
    complaints: tuple[ComplaintEntry, ...] = ()
    fines: tuple[FineEntry, ...] = ()
    history: tuple[ChartMonth, ...] = ()  # the last 12 months, oldest first
    signed: SignedNote | None = None  # a reprint of a signed month (E24)


def figure_rows(figures: Figures, lab: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label, printed value) per figure, in the sheet's order; None is the dash."""
    def count(value: int | None, unit: str) -> str:
        return lab[unit].format(count=value) if value is not None else lab["none"]

    def share(value: Decimal | None) -> str:
        return f"{value * 100:.1f}%" if value is not None else lab["none"]

    f = figures
    return [
        (lab["completed"], count(f.completed, "orders_unit")),
        (lab["surveys"], count(f.surveys, "survey_unit")),
        (lab["satisfaction"], f"{f.satisfaction:.2f}" if f.satisfaction is not None
         else lab["none"]),
        (lab["answered_24h"], share(f.answered_24h_rate)),
        (lab["on_time"], share(f.on_time_rate)),
        (lab["repeats"], count(f.repeats, "count_unit")),
        (lab["incomplete_reports"], count(f.incomplete_reports, "count_unit")),
        (lab["verified_complaints"], count(f.verified_complaints, "count_unit")),
        (lab["major_demerits"], count(f.major_demerits, "count_unit")),
        (lab["fines_total"], money(f.fines_total) if f.fines_total is not None else lab["none"]),
    ]


def evaluation_chart(history: Sequence[ChartMonth], width: float, height: float, *,
                     language: str = DEFAULT_LANGUAGE) -> Drawing:
    """Completed-orders bars and the satisfaction line over ``history`` (``.bars``)."""
    lab = staff_labels(language)
    return history_chart(history, width, height, english=is_english(language),
                         bar_label=lab["chart_bars"], line_label=lab["chart_line"])


def render_evaluation_sheet(data: EvaluationData, *, language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: who and which rules, the figures, the 12-month chart, the evidence, two signatures.

    Drawn with the full chart first; if that runs over a page, again with shorter charts, the
    first that fits one page kept (the usual month is then one sheet of paper, signed under its
    figures)."""
    pdf = _render(data, language, CHART_HEIGHT_MM)
    if not data.history or _pages(pdf) == 1:
        return pdf
    for height in SHORTER_CHART_HEIGHTS_MM:
        shorter = _render(data, language, height)
        if _pages(shorter) == 1:
            return shorter
    return pdf  # a long month: two pages whatever the chart, so the full chart


def _pages(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def _render(data: EvaluationData, language: str, chart_mm: float) -> bytes:
    st, lab, english = make_styles("A4"), staff_labels(language), is_english(language)
    title, number = lab["eval_title"], f"{data.month:%Y-%m} {data.staff_name}"
    words = _SIGNED_EN if english else _SIGNED_ZH
    mark = (words["signed"], data.signed.signed_on.isoformat()) if data.signed else None
    chart: list[Flowable] = [evaluation_chart(data.history, st.frame_width - 12,
                                              st.size(chart_mm * mm), language=language)]
    if not data.history:
        chart = [Paragraph(lab["none"], st.body)]
    signatures = signature_lines([
        [(lab["sign_supervisor"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["sign_staff"], ""), (lab["sign_date"], lab["date_blank"])]],
        st, st.frame_width - 12)
    closing = [Spacer(1, st.size(8)), confirmation_box(None, lab["eval_statement"], signatures, st)]
    parts = [(lab["sec_figures"], _figures(data, st, lab, words), True),
             (lab["sec_trend"], chart, True),
             (lab["sec_evidence"], _evidence(data, st, lab, words)),
             *_fines_section(data.fines, closing, st, lab, words)]
    story = [report_header(data.centre, title, st, lab, mark=mark), Spacer(1, st.size(6)),
             *_who(data, st, lab, english, words), *sections(parts, st, english)]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _fines_section(fines: Sequence[FineEntry], closing: list[Flowable], st: DocStyles,
                   lab: Mapping[str, str], words: Mapping[str, str]) -> list[tuple]:
    """The last section with the statement and the signatures kept on its page: staff never sign
    a page without figures. A list too long for one page flows on, and its last rows and total
    move overleaf with the signatures."""
    lab = {**lab, **words}
    if any(f.late_from for f in fines):  # E24: said in words under the table, never only as a mark
        closing = [Spacer(1, st.size(1 * mm)), Paragraph(para_text(words["late_note"]), st.body), *closing]
    whole = [_fines(fines, st, lab), *closing]
    height = sum(f.wrap(st.frame_width, st.page_size[1])[1] for f in whole)
    if len(fines) <= _TAIL_ROWS or height < st.page_size[1] * 0.6:
        return [(lab["sec_fines"], whole, True)]
    head, tail = fines[:-_TAIL_ROWS], fines[-_TAIL_ROWS:]
    return [(lab["sec_fines"], [_fines(head, st, lab, total=False),
                                KeepTogether([_fines(tail, st, lab, first=len(head) + 1,
                                                     total_of=fines), *closing])])]


def _who(data: EvaluationData, st: DocStyles, lab: Mapping[str, str],
         english: bool, words: Mapping[str, str]) -> list[Table]:
    rows: list[tuple] = [(lab["staff_name"], text_or_none(data.staff_name, lab), lab["role"],
                          text_or_none(data.role, lab))]
    versions = data.rule_versions or ((RuleVersionLine(
        version=data.rule_version, published_on=data.rule_published_on,
        acknowledged_on=data.acknowledged_on),) if data.rule_version is not None else ())
    if not versions:
        rows += [(lab["eval_month"], month_text(data.month, english), lab["rule_version"],
                  para_text(lab["no_version"])),
                 (lab["acknowledged"], alert(para_text(lab["not_acknowledged"])))]
    else:
        rows.append((lab["eval_month"], month_text(data.month, english)))
        # E24: one row per version cited, each with this person's own signature of that version;
        # a signature of another version proves nothing about these fines.
        rows += [(lab["rule_version"], para_text(_version_text(v, lab)), lab["acknowledged"],
                  _acknowledgement_text(v, lab)) for v in versions]
    if data.signed is not None:
        rows.append((words["signed_row"], para_text(words["signed_text"].format(
            day=data.signed.signed_on.isoformat(), by=data.signed.recorded_by))))
    names = [row[i] for row in rows for i in range(0, len(row), 2)]
    return field_table(rows, st, label_width(names, st, 20, 34))


def _version_text(line: RuleVersionLine, lab: Mapping[str, str]) -> str:
    if line.published_on is None:
        return lab["version_only"].format(version=line.version)
    return lab["version_text"].format(version=line.version, date=line.published_on.isoformat())


def _acknowledgement_text(line: RuleVersionLine, lab: Mapping[str, str]) -> str:
    if line.acknowledged_on is None:
        return alert(para_text(lab["not_acknowledged"]))  # E24: no proof of announcement
    return para_text(lab["acknowledged_on"].format(date=line.acknowledged_on.isoformat()))


def _figures(data: EvaluationData, st: DocStyles, lab: Mapping[str, str],
             words: Mapping[str, str]) -> list[Flowable]:
    pairs = figure_rows(data.figures, lab)
    rows = [(*pairs[i], *pairs[i + 1]) for i in range(0, len(pairs), 2)]
    table: list[Flowable] = list(field_table(rows, st, label_width([p[0] for p in pairs], st, 30, 60)))
    signed = data.signed
    if signed is not None and signed.differs:  # never silently (E24): the paper says what changed
        table.append(Paragraph(alert(para_text(words["differs"].format(
            signed_total=money(signed.fines_total), signed_majors=signed.major_demerits,
            total=money(signed.current_fines_total), majors=signed.current_major_demerits))), st.body))
    return table


def _evidence(data: EvaluationData, st: DocStyles, lab: Mapping[str, str],
              words: Mapping[str, str]) -> list[Flowable]:
    lists = [(lab["ev_completed"], data.completed_orders), (lab["ev_late"], data.late_orders),
             (lab["ev_repeats"], data.repeat_orders),
             (lab["ev_incomplete"], data.incomplete_orders)]
    rows = [(para_text(label), number_list(values, st, lab)) for label, values in lists]
    width = label_width([label for label, _ in lists], st, 30, 60)
    head = [lab["row_no"], lab["complaint_no"], lab["category"], lab["outcome"]]
    complaints: list[list] = [[str(n), para_text(c.number), text_or_none(c.category, lab),
                               text_or_none(_late(c.outcome, c.late_from, words["late"]), lab)]
                              for n, c in enumerate(data.complaints, start=1)]
    extra: list[tuple] = []
    if not complaints:
        row, span = empty_row(lab["none"], len(head))
        row[0] = Paragraph(row[0], st.cell)  # the dash on the left, not in the right-aligned number column
        complaints.append(row)
        extra.append(span)
    return [*field_table(rows, st, width), Spacer(1, st.size(2 * mm)),
            Paragraph(para_text(lab["ev_complaints"]), st.label),
            ruled_table(head, complaints, fit_widths([lab["row_no"], 40, 50, None], st), st,
                        right={0}, extra=extra)]


def _date_width_mm(st: DocStyles) -> float:
    """A4 millimetres (as fit_widths takes them) for a date on one line in the table's cell type."""
    return (stringWidth(_DATE_SAMPLE, st.cell.fontName, st.cell.fontSize) + 2 * _CELL_SIDE_PADDING + 2) / mm / st.scale


def _fines(fines: Sequence[FineEntry], st: DocStyles, lab: Mapping[str, str], *, first: int = 1,
           total: bool = True, total_of: Sequence[FineEntry] | None = None) -> Table:
    """The fines from row number ``first``; the total (of ``total_of``, else these) unless
    ``total`` is False (the first part of a list continued with the signatures)."""
    head = [lab["row_no"], lab["fine_date"], lab["fine_reason"], lab["work_order"], lab["version_col"],
            lab["amount"]]
    rows: list[list] = [[str(n), f.facts_on.isoformat() if f.facts_on is not None else lab["none"],
                         text_or_none(_late(f.reason, f.late_from, lab.get("late", "")), lab),
                         text_or_none(f.order_number, lab),
                         str(f.rule_version) if f.rule_version is not None else lab["none"],
                         money(f.amount)] for n, f in enumerate(fines, start=first)]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["none"], len(head))
        row[0] = Paragraph(row[0], st.cell)  # the dash on the left, not in the right-aligned number column
        rows.append(row)
        extra.append(span)
    if total:
        amount = sum((f.amount for f in (fines if total_of is None else total_of)), Decimal("0.00"))
        rows.append([lab["total"], "", "", "", "", money(amount)])
        extra.append(("SPAN", (0, -1), (4, -1)))
    # E24: the day proves the fine; the date column is as wide as a date, the reason takes the rest.
    widths = fit_widths([lab["row_no"], _date_width_mm(st), None, 36, lab["version_col"], 26], st)
    return ruled_table(head, rows, widths, st, right={0, 4, 5}, totals=1 if total else 0, extra=extra)


def _late(text: str, late_from: dt.date | None, words: str) -> str:
    """A late entry (补记) says so next to its reason, with the month it belongs to."""
    if late_from is None or not words:
        return text
    mark = words.format(month=f"{late_from:%Y-%m}")
    return f"{text} {mark}" if text else mark
