"""``service-counter print receipt CLAIM_NO -o FILE.pdf`` (and label, pickup-slip…): documents without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.commands.reports import register_prints, write_made
from desktop_app.services.actor import SYSTEM
from desktop_app.documents.paper_sizes import DEFAULT_LABEL_SIZE, LABEL_SIZES, PAPERS, paper_name
from desktop_app.services.pickup_slips import PickupSlipService
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.unit_labels import UnitLabelService
from desktop_app.services.work_order_documents import WorkOrderDocuments


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("print", help="write a document as PDF")
    documents = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    receipt = documents.add_parser("receipt", help="the service receipt of a claim (two copies)")
    receipt.add_argument("claim", metavar="CLAIM_NO", help="claim number, e.g. SC-2026-000123")
    receipt.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    receipt.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    receipt.add_argument("--paper", type=_paper, metavar="|".join(p.lower() for p in PAPERS),
                         help="paper: a4, a5, or a 58mm / 80mm thermal roll (overrides --page-size)")
    receipt.add_argument("--copies", default="customer,centre",
                         help="comma-separated copies: customer, centre (default both)")
    receipt.set_defaults(handler=print_receipt)
    report = documents.add_parser("work-order", help="the service report of a work order (E17)")
    report.add_argument("order", metavar="NUMBER", help="work-order number, e.g. WO-2026-000123")
    report.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    report.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    report.set_defaults(handler=print_work_order)
    survey = documents.add_parser("survey", help="the satisfaction survey form of a work order (E17)")
    survey.add_argument("order", metavar="NUMBER", help="work-order number")
    survey.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    survey.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    survey.set_defaults(handler=print_survey)
    label = documents.add_parser("label", help="the unit label of a claim or work order (one label a page)")
    label.add_argument("number", metavar="NUMBER", help="work-order or claim number, as on the receipt")
    label.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    label.add_argument("--size", choices=tuple(LABEL_SIZES), default=DEFAULT_LABEL_SIZE, help="label size in mm")
    label.set_defaults(handler=print_label)
    slip = documents.add_parser("pickup-slip", help="the pickup slip of a work order ready for pickup or closed")
    slip.add_argument("order", metavar="NUMBER", help="work-order number")
    slip.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    slip.add_argument("--paper", type=_paper, default="A4", metavar="|".join(p.lower() for p in PAPERS))
    slip.set_defaults(handler=print_pickup_slip)
    register_prints(documents)


def _paper(text: str) -> str:
    try:
        return paper_name(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(p.lower() for p in PAPERS)}") from None


def print_receipt(args: argparse.Namespace) -> int:
    from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

    copies = tuple(c.strip() for c in args.copies.split(",") if c.strip())
    return write_made(args, lambda sessions, language: ReceiptPrinting(sessions).make_receipt(
        SYSTEM, args.claim, language=language, translate=translator_function(language),
        paper=args.paper or args.page_size, copies=copies))


def print_work_order(args: argparse.Namespace) -> int:
    from desktop_app.gui.translations import translator_function

    return write_made(args, lambda sessions, language: WorkOrderDocuments(sessions).make_service_report(
        SYSTEM, args.order, language=language, translate=translator_function(language), page_size=args.page_size))


def print_survey(args: argparse.Namespace) -> int:
    return write_made(args, lambda sessions, language: WorkOrderDocuments(sessions).make_survey_form(
        SYSTEM, args.order, language=language, page_size=args.page_size))


def print_label(args: argparse.Namespace) -> int:
    return write_made(args, lambda sessions, language: UnitLabelService(sessions).make_label(
        SYSTEM, args.number, size=args.size, language=language))


def print_pickup_slip(args: argparse.Namespace) -> int:
    return write_made(args, lambda sessions, language: PickupSlipService(sessions).make_slip(
        SYSTEM, args.order, language=language, paper=args.paper))
