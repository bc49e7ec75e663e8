"""The product improvement report (产品改进报告, rule E2) the supervisor gives the general manager."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.charts import fault_bars
from desktop_app.documents.form_parts import WritingLines
from desktop_app.documents.formatting import month_text
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.monthly_labels import monthly_labels
from desktop_app.documents.monthly_report import FaultCount
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines, table,
)
from desktop_app.documents.report_parts import (
    empty_row, fit_widths, render_report, report_header, ruled_table, sections, text_or_none,
)
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text

CHART_FAULTS = 8  # the rest of a model's faults are summed as "other"

__all__ = ["ComplaintNote", "FaultCount", "ImprovementData", "ModelFaults", "RepeatRepair",
           "fault_chart", "ranked_faults", "render_improvement_report"]


@dataclass(frozen=True, kw_only=True)
class ModelFaults:
    model: str
    name: str = ""
    faults: tuple[FaultCount, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RepeatRepair:
    """A repair of the same fault on the same serial within the window (E16)."""

    order: str
    earlier_order: str
    model: str
    fault: str = ""
    technician: str = ""  # the earlier order's technician, whom it counts against


@dataclass(frozen=True, kw_only=True)
class ComplaintNote:
    number: str
    description: str
    model: str = ""


@dataclass(frozen=True, kw_only=True)
class ImprovementData:
    centre: CentreInfo
    first_month: dt.date
    last_month: dt.date
    models: tuple[ModelFaults, ...] = ()
    repeat_repairs: tuple[RepeatRepair, ...] = ()
    design_defects: tuple[ComplaintNote, ...] = ()  # E6
    non_quality_complaints: tuple[ComplaintNote, ...] = ()  # E5
    prepared_by: str
    suggestions: str | None = None  # None: ruled lines to write on


def ranked_faults(model: ModelFaults, other: str,
                  limit: int = CHART_FAULTS) -> list[tuple[str, int]]:
    """Most frequent first (ties by name); past ``limit`` the rest are summed as ``other``."""
    ranked = [(f.fault, f.count) for f in sorted(model.faults, key=lambda f: (-f.count, f.fault))]
    if len(ranked) > limit:
        ranked = ranked[:limit - 1] + [(other, sum(count for _, count in ranked[limit - 1:]))]
    return ranked


def fault_chart(model: ModelFaults, width: float, *, language: str = DEFAULT_LANGUAGE) -> Drawing:
    """The model's horizontal bar chart: one bar per ranked fault (``drawing.bars``)."""
    return fault_bars(ranked_faults(model, monthly_labels(language)["other"]), width)


def _period(data: ImprovementData, english: bool) -> str:
    first, last = month_text(data.first_month, english), month_text(data.last_month, english)
    return first if first == last else f"{first} – {last}"


def render_improvement_report(data: ImprovementData, *,
                              language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: faults per model with charts, repeat repairs, design defects, non-quality complaints."""
    st, lab, english = make_styles("A4"), monthly_labels(language), is_english(language)
    title = lab["improve_title"]
    number = f"{data.first_month:%Y-%m}" + (
        f"–{data.last_month:%Y-%m}" if data.last_month != data.first_month else "")
    rows = [(lab["addressee"], para_text(lab["general_manager"]), lab["report_period"],
             _period(data, english)),
            (lab["supervisor"], text_or_none(data.prepared_by, lab))]
    label = label_width([row[i] for row in rows for i in range(0, len(row), 2)], st, 20, 34)
    suggestion: Flowable = Paragraph(para_text(data.suggestions), st.body)
    if not (data.suggestions and data.suggestions.strip()):  # written in by the supervisor
        suggestion = WritingLines(st.frame_width, 4, st.size(8 * mm))
        suggestion.hAlign = "CENTER"  # as wide as the tables, which overhang the frame padding
    parts = [(lab["sec_faults"], _models(data, st, lab, language)),
             (lab["sec_repeats"], [_repeats(data.repeat_repairs, st, lab)]),
             (lab["sec_design"], [_complaints(data.design_defects, st, lab)]),
             (lab["sec_non_quality"], [_complaints(data.non_quality_complaints, st, lab)]),
             (lab["sec_suggestions"], [suggestion], True)]
    signatures = signature_lines([
        [(lab["supervisor"], data.prepared_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["gm_review"], ""), (lab["sign_date"], lab["date_blank"])]], st)
    story = [report_header(data.centre, title, st, lab), Spacer(1, st.size(6)),
             *field_table(rows, st, label), Spacer(1, st.size(2)),
             Paragraph(para_text(lab["improve_note"]), st.small), *sections(parts, st, english),
             Spacer(1, st.size(14)), KeepTogether([signatures])]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _models(data: ImprovementData, st: DocStyles, lab: Mapping[str, str],
            language: str) -> list[Flowable]:
    if not data.models:
        return [Paragraph(para_text(lab["no_items"]), st.body)]
    blocks: list[Flowable] = []
    table_width = st.size(78 * mm)
    chart_width = st.frame_width - table_width - st.size(4 * mm)
    for model in data.models:
        ranked = ranked_faults(model, lab["other"])
        total = sum(count for _, count in ranked)
        caption = f"{para_text(model.model)}　{para_text(model.name)}　" \
                  f"{para_text(lab['orders_total'].format(count=total))}"
        rows = [[para_text(fault), str(count), f"{count / total:.0%}" if total else "—"]
                for fault, count in ranked]
        faults = ruled_table([lab["fault"], lab["count"], lab["share"]], rows,
                             fit_widths([None, lab["count"], (lab["share"], "100.0%")], st,
                                        table_width),
                             st, right={1, 2})
        pair = table([[faults, fault_chart(model, chart_width, language=language)]],
                     [table_width + st.size(4 * mm), chart_width],
                     [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)], st,
                     splitInRow=1)  # a fault table longer than a page (a huge fault name) continues overleaf
        blocks.append(KeepTogether([Spacer(1, st.size(2 * mm)), Paragraph(caption, st.label),
                                    Spacer(1, st.size(1 * mm)), pair]))
    return blocks


def _repeats(items: Sequence[RepeatRepair], st: DocStyles, lab: Mapping[str, str]) -> Table:
    head = [lab["row_no"], lab["repeat_order"], lab["earlier_order"], lab["model"], lab["fault"],
            lab["technician"]]
    rows: list[list] = [[str(n), para_text(r.order), para_text(r.earlier_order),
                         para_text(r.model), text_or_none(r.fault, lab),
                         text_or_none(r.technician, lab)] for n, r in enumerate(items, start=1)]
    return _listing(head, rows, [lab["row_no"], 36, 36, 32, None, 26], st, lab)


def _complaints(items: Sequence[ComplaintNote], st: DocStyles, lab: Mapping[str, str]) -> Table:
    head = [lab["row_no"], lab["complaint_no"], lab["model"], lab["description"]]
    rows: list[list] = [[str(n), para_text(c.number), text_or_none(c.model, lab),
                         text_or_none(c.description, lab)] for n, c in enumerate(items, start=1)]
    return _listing(head, rows, [lab["row_no"], 36, 32, None], st, lab)


def _listing(head: list[str], rows: list[list], widths: list, st: DocStyles,
             lab: Mapping[str, str]) -> Table:
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["no_items"], len(head))
        rows.append(row)
        extra.append(span)
    return ruled_table(head, rows, fit_widths(widths, st), st, right={0}, extra=extra)
