"""The monthly staff evaluation sheet (员工月度考评表, rules E17, E21, E23, E24, S3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
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

__all__ = ["ChartMonth", "ComplaintEntry", "EvaluationData", "Figures", "FineEntry",
           "evaluation_chart", "figure_rows", "render_evaluation_sheet"]
CHART_HEIGHT_MM = 58


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


@dataclass(frozen=True, kw_only=True)
class FineEntry:
    reason: str  # label of the E23 reason
    amount: Decimal
    order_number: str | None = None  # the evidence (E24)
    rule_version: int | None = None  # the version in force on the day (E24)


@dataclass(frozen=True, kw_only=True)
class EvaluationData:
    centre: CentreInfo
    staff_name: str
    role: str
    month: dt.date
    rule_version: int | None = None  # E24: the version in force in the month
    rule_published_on: dt.date | None = None
    acknowledged_on: dt.date | None = None  # the staff member's signature on that version
    figures: Figures
    completed_orders: tuple[str, ...] = ()
    late_orders: tuple[str, ...] = ()  # answered after 24 h or arrived late (S3)
    repeat_orders: tuple[str, ...] = ()  # E16
    incomplete_orders: tuple[str, ...] = ()  # E23
    complaints: tuple[ComplaintEntry, ...] = ()
    fines: tuple[FineEntry, ...] = ()
    history: tuple[ChartMonth, ...] = ()  # the last 12 months, oldest first


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
    """A4: who and which rules, the figures, the 12-month chart, the evidence, two signatures."""
    st, lab, english = make_styles("A4"), staff_labels(language), is_english(language)
    title, number = lab["eval_title"], f"{data.month:%Y-%m} {data.staff_name}"
    chart: list[Flowable] = [evaluation_chart(data.history, st.frame_width - 12,
                                              st.size(CHART_HEIGHT_MM * mm), language=language)]
    if not data.history:
        chart = [Paragraph(lab["none"], st.body)]
    parts = [(lab["sec_figures"], _figures(data, st, lab), True),
             (lab["sec_trend"], chart, True),
             (lab["sec_evidence"], _evidence(data, st, lab)),
             (lab["sec_fines"], [_fines(data.fines, st, lab)])]
    signatures = signature_lines([
        [(lab["sign_supervisor"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["sign_staff"], ""), (lab["sign_date"], lab["date_blank"])]],
        st, st.frame_width - 12)
    story = [report_header(data.centre, title, st, lab), Spacer(1, st.size(6)),
             *_who(data, st, lab, english), *sections(parts, st, english),
             Spacer(1, st.size(8)),
             KeepTogether([confirmation_box(None, lab["eval_statement"], signatures, st)])]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _who(data: EvaluationData, st: DocStyles, lab: Mapping[str, str],
         english: bool) -> list[Table]:
    version = lab["no_version"]
    if data.rule_version is not None:
        published = data.rule_published_on.isoformat() if data.rule_published_on else lab["none"]
        version = lab["version_text"].format(version=data.rule_version, date=published)
    acknowledged = alert(para_text(lab["not_acknowledged"]))  # E24: no proof of announcement
    if data.acknowledged_on is not None:
        acknowledged = para_text(lab["acknowledged_on"].format(
            date=data.acknowledged_on.isoformat()))
    rows = [(lab["staff_name"], text_or_none(data.staff_name, lab), lab["role"],
             text_or_none(data.role, lab)),
            (lab["eval_month"], month_text(data.month, english), lab["rule_version"],
             para_text(version)),
            (lab["acknowledged"], acknowledged)]
    names = [row[i] for row in rows for i in range(0, len(row), 2)]
    return field_table(rows, st, label_width(names, st, 20, 34))


def _figures(data: EvaluationData, st: DocStyles, lab: Mapping[str, str]) -> list[Table]:
    pairs = figure_rows(data.figures, lab)
    rows = [(*pairs[i], *pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return field_table(rows, st, label_width([p[0] for p in pairs], st, 30, 60))


def _evidence(data: EvaluationData, st: DocStyles, lab: Mapping[str, str]) -> list[Flowable]:
    lists = [(lab["ev_completed"], data.completed_orders), (lab["ev_late"], data.late_orders),
             (lab["ev_repeats"], data.repeat_orders),
             (lab["ev_incomplete"], data.incomplete_orders)]
    rows = [(para_text(label), number_list(values, st, lab)) for label, values in lists]
    width = label_width([label for label, _ in lists], st, 30, 60)
    head = [lab["row_no"], lab["complaint_no"], lab["category"], lab["outcome"]]
    complaints: list[list] = [[str(n), para_text(c.number), text_or_none(c.category, lab),
                               text_or_none(c.outcome, lab)]
                              for n, c in enumerate(data.complaints, start=1)]
    extra: list[tuple] = []
    if not complaints:
        row, span = empty_row(lab["none"], len(head))
        complaints.append(row)
        extra.append(span)
    return [*field_table(rows, st, width), Spacer(1, st.size(2 * mm)),
            Paragraph(para_text(lab["ev_complaints"]), st.label),
            ruled_table(head, complaints, fit_widths([lab["row_no"], 40, 50, None], st), st,
                        right={0}, extra=extra)]


def _fines(fines: Sequence[FineEntry], st: DocStyles, lab: Mapping[str, str]) -> Table:
    head = [lab["row_no"], lab["fine_reason"], lab["work_order"], lab["version_col"],
            lab["amount"]]
    rows: list[list] = [[str(n), text_or_none(f.reason, lab), text_or_none(f.order_number, lab),
                         str(f.rule_version) if f.rule_version is not None else lab["none"],
                         money(f.amount)] for n, f in enumerate(fines, start=1)]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["none"], len(head))
        rows.append(row)
        extra.append(span)
    total = sum((f.amount for f in fines), Decimal("0.00"))
    rows.append([lab["total"], "", "", "", money(total)])
    extra.append(("SPAN", (0, -1), (3, -1)))
    return ruled_table(head, rows, fit_widths([lab["row_no"], None, 40, lab["version_col"], 30],
                                              st), st, right={0, 3, 4}, totals=1, extra=extra)
