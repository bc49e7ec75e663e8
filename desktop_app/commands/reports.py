"""``service-counter report monthly|improvement`` and ``print requisition|evaluation``: month-end files."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import SYSTEM
from desktop_app.services.report_documents import ReportDocuments


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="month-end reports (PDF or XLSX)")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    monthly = kinds.add_parser("monthly", help="the repair monthly report to the manufacturer (D3)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    monthly.set_defaults(handler=lambda a: _write(a, lambda d, lang: d.monthly(
        SYSTEM, _month(a.month), language=lang, xlsx=a.output.suffix.lower() == ".xlsx")))
    improvement = kinds.add_parser("improvement", help="the improvement report for the general manager (E2)")
    improvement.add_argument("--from", dest="first", required=True, help="YYYY-MM")
    improvement.add_argument("--to", dest="last", required=True, help="YYYY-MM")
    improvement.add_argument("-o", "--output", required=True, type=Path)
    improvement.set_defaults(handler=lambda a: _write(a, lambda d, lang: d.improvement(
        SYSTEM, _month(a.first), _month(a.last), language=lang)))


def register_prints(documents: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``print requisition`` and ``print evaluation`` to the ``print`` command."""
    requisition = documents.add_parser("requisition", help="the monthly parts requisition form (D8)")
    requisition.add_argument("number", metavar="NUMBER")
    requisition.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    requisition.set_defaults(handler=lambda a: _write(a, lambda d, lang: d.requisition(
        SYSTEM, a.number, language=lang, xlsx=a.output.suffix.lower() == ".xlsx")))
    evaluation = documents.add_parser("evaluation", help="a staff member's monthly evaluation sheet")
    evaluation.add_argument("--staff", required=True, help="user name")
    evaluation.add_argument("--month", required=True, help="YYYY-MM")
    evaluation.add_argument("-o", "--output", required=True, type=Path)
    evaluation.set_defaults(handler=lambda a: _write(a, lambda d, lang: d.evaluation(
        SYSTEM, a.staff, _month(a.month), language=lang)))


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a month like 2026-03."),
                              field="month", value=text) from None


def _write(args: argparse.Namespace, make: Callable[[ReportDocuments, str], bytes]) -> int:
    language = args.language or "zh_CN"
    database = open_database(resolve_database_url(args.database_url))
    try:
        content = make(ReportDocuments(database.sessions), language)
    finally:
        database.dispose()
    args.output.write_bytes(content)
    print(f"{args.output}: {len(content):,} bytes")
    return 0
