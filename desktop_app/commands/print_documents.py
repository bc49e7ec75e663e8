"""``service-counter print receipt CLAIM_NO -o FILE.pdf``: documents without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.services.actor import SYSTEM
from desktop_app.services.receipts import ReceiptService


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("print", help="write a document as PDF")
    documents = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    receipt = documents.add_parser("receipt", help="the service receipt of a claim (two copies)")
    receipt.add_argument("claim", metavar="CLAIM_NO", help="claim number, e.g. SC-2026-000123")
    receipt.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    receipt.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    receipt.add_argument("--copies", default="customer,centre",
                         help="comma-separated copies: customer, centre (default both)")
    receipt.set_defaults(handler=print_receipt)


def print_receipt(args: argparse.Namespace) -> int:
    from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

    language = args.language or "zh_CN"
    copies = tuple(c.strip() for c in args.copies.split(",") if c.strip())
    database = open_database(resolve_database_url(args.database_url))
    try:
        pdf = ReceiptService(database.sessions).print_receipt(
            SYSTEM, args.claim, language=language, translate=translator_function(language),
            page_size=args.page_size, copies=copies, target=str(args.output),
        )
    finally:
        database.dispose()
    args.output.write_bytes(pdf)
    print(f"{args.output}: {len(pdf):,} bytes")
    return 0
