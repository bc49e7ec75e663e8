"""``service-counter report monthly|improvement|fund|parts-reconciliation`` and ``print requisition|evaluation|return``."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from desktop_app.db.engine import SessionFactory, resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import UNSIGNED as SYSTEM  # the preparer signs the paper by hand
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.print_log import MadeDocument
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.return_documents import ReturnDocuments


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="month-end reports (PDF or XLSX)")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    monthly = kinds.add_parser("monthly", help="the repair monthly report to the manufacturer (D3)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    monthly.add_argument("--as-sent", action="store_true",
                         help="a month marked sent: the figures as sent, not recomputed from today's data")
    monthly.set_defaults(handler=lambda a: write_made(a, lambda s, lang: ReportDocuments(s).make_monthly(
        SYSTEM, _month(a.month), language=lang, xlsx=a.output.suffix.lower() == ".xlsx", as_sent=a.as_sent)))
    improvement = kinds.add_parser("improvement", help="the improvement report for the general manager (E2)")
    improvement.add_argument("--from", dest="first", required=True, help="YYYY-MM")
    improvement.add_argument("--to", dest="last", required=True, help="YYYY-MM")
    improvement.add_argument("-o", "--output", required=True, type=Path)
    improvement.set_defaults(formats=(".pdf",), handler=lambda a: write_made(a, lambda s, lang: ReportDocuments(s).make_improvement(
        SYSTEM, _month(a.first), _month(a.last), language=lang)))
    fund = kinds.add_parser("fund", help="the service-fund statement per quarter (D4-D6)")
    fund.add_argument("--from", dest="first", required=True, help="YYYYQn, e.g. 2026Q1")
    fund.add_argument("--to", dest="last", help="YYYYQn (default: the same quarter)")
    fund.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    fund.set_defaults(handler=lambda a: write_made(a, lambda s, lang: FundDocuments(s).make_statement(
        SYSTEM, _quarter(a.first), _quarter(a.last or a.first), language=lang,
        xlsx=a.output.suffix.lower() == ".xlsx")))
    parts = kinds.add_parser("parts-reconciliation", help="the month's parts reconciliation at fee-schedule prices (D9)")
    parts.add_argument("--month", required=True, help="YYYY-MM")
    parts.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    parts.set_defaults(handler=lambda a: write_made(a, lambda s, lang: FundDocuments(s).make_reconciliation(
        SYSTEM, _month(a.month), language=lang, xlsx=a.output.suffix.lower() == ".xlsx")))


def register_prints(documents: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``print requisition`` and ``print evaluation`` to the ``print`` command."""
    requisition = documents.add_parser("requisition", help="the monthly parts requisition form (D8)")
    requisition.add_argument("number", metavar="NUMBER")
    requisition.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    requisition.set_defaults(handler=lambda a: write_made(a, lambda s, lang: ReportDocuments(s).make_requisition(
        SYSTEM, a.number, language=lang, xlsx=a.output.suffix.lower() == ".xlsx")))
    evaluation = documents.add_parser("evaluation", help="a staff member's monthly evaluation sheet")
    evaluation.add_argument("--staff", required=True, help="user name")
    evaluation.add_argument("--month", required=True, help="YYYY-MM")
    evaluation.add_argument("-o", "--output", required=True, type=Path)
    evaluation.set_defaults(formats=(".pdf",), handler=lambda a: write_made(a, lambda s, lang: ReportDocuments(s).make_evaluation(
        SYSTEM, a.staff, _month(a.month), language=lang)))
    application = documents.add_parser("return", help="a return application to the manufacturer (D11-D16)")
    application.add_argument("number", metavar="NUMBER")
    application.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf")
    application.set_defaults(formats=(".pdf",), handler=lambda a: write_made(a, lambda s, lang: ReturnDocuments(s).make_application(
        SYSTEM, a.number.strip(), language=lang)))


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a month like 2026-03."),
                              field="month", value=text) from None


def _quarter(text: str) -> str:
    quarter = text.strip().upper().replace("-", "")
    if not re.fullmatch(r"\d{4}Q[1-4]", quarter):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a quarter like 2026Q1."),
                              field="quarter", value=text)
    return quarter


def write_made(args: argparse.Namespace, make: Callable[[SessionFactory, str], MadeDocument]) -> int:
    """Makes the document, writes ``--output`` whole or not at all (a full disk or an unwritable place
    is a plain message), and only then logs it as printed: a failed write logs nothing."""
    formats = getattr(args, "formats", (".pdf", ".xlsx"))
    if args.output.suffix.lower() not in formats:  # "-o x.docx" would get a PDF under a Word name
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}”: this paper is written as {formats}; "
                                                          "end the file name with one of them."),
                              field="output", name=args.output.name, formats=" ".join(formats))
    language = args.language or "zh_CN"
    database = open_database(resolve_database_url(args.database_url))
    try:
        made = make(database.sessions, language)
        made.save_to(args.output)
    finally:
        database.dispose()
    print(f"{args.output}: {len(made.content):,} bytes")
    return 0
