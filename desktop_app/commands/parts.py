"""``service-counter parts import|export`` and ``stock check|low``: the catalogue and the ledger (D6, D8, D9)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import SYSTEM
from desktop_app.services.parts_import import ImportPreview, PartsImportService
from desktop_app.services.stock_admin import StockAdmin

_LAYOUT = ("columns by header: 配件编号 配件名称 单位 成本价 收费标准价 (required), 适用型号 类别 易损件 再订货点 启用 "
           "(optional); English headers work too; CSV in UTF-8 or GBK")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parts = subparsers.add_parser("parts", help="the spare parts catalogue and fee schedule (D6)")
    actions = parts.add_subparsers(dest="parts_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="preview, or with --apply apply, the manufacturer's list",
                                   description=_LAYOUT)
    importing.add_argument("file", type=Path, help="an .xlsx or .csv file")
    importing.add_argument("--effective", metavar="YYYY-MM-DD",
                           help="the day the prices take effect (default today; never in the past)")
    importing.add_argument("--apply", action="store_true", help="write the accepted rows (all or nothing)")
    importing.set_defaults(handler=import_parts)
    exporting = actions.add_parser("export", help="write the catalogue with today's prices, in the import layout")
    exporting.add_argument("file", type=Path, help="FILE.xlsx or FILE.csv (UTF-8 with BOM)")
    exporting.set_defaults(handler=export_parts)
    stock = subparsers.add_parser("stock", help="the stock ledger")
    checks = stock.add_subparsers(dest="stock_command", metavar="ACTION", required=True)
    checks.add_parser("check", help="prove the ledger reconciles with on hand (exit 1 with the problems)") \
        .set_defaults(handler=check_stock)
    checks.add_parser("low", help="active parts below their reorder level").set_defaults(handler=low_stock)


def _open(args: argparse.Namespace) -> Database:
    return open_database(resolve_database_url(args.database_url))


def _effective(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{option}: “{value}” is not a date like 2026-03-31."),
                              field="--effective", option="--effective", value=text) from None


def _translate(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

    return translator_function(args.language)


def import_parts(args: argparse.Namespace) -> int:
    effective = _effective(args.effective)
    database = _open(args)
    try:
        service = PartsImportService(database.sessions)
        if args.apply:  # headless maintenance acts as the system (a manager), audited as such
            result = service.apply(SYSTEM, args.file, effective_from=effective)
        else:
            result = service.preview(args.file, effective_from=effective)
    finally:
        database.dispose()
    _print_preview(result, args.apply, _translate(args))
    return 0


def _print_preview(result: ImportPreview, applied: bool, translate) -> None:  # type: ignore[no-untyped-def]
    verb = "applied" if applied else "preview"
    print(f"{result.file} ({verb}, prices effective {result.effective_from.isoformat()}): "
          f"added {len(result.added)}, changed {len(result.changed)}, unchanged {result.unchanged}, "
          f"rejected {len(result.rejected)}")
    for change in result.added:
        print(f"+ {change.part_no} {change.name}")
    for change in result.changed:
        fields = ", ".join(f"{c.field} {_show(c.old)} -> {_show(c.new)}" for c in change.changes)
        print(f"~ {change.part_no}: {fields}")
    for row in result.rejected:
        print(row.render(translate))


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "、".join(value) or "-"
    return "-" if value is None or value == "" else str(value)


def export_parts(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        count = PartsImportService(database.sessions).export(args.file)
    finally:
        database.dispose()
    print(f"{args.file}: {count} parts")
    return 0


def check_stock(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        problems = StockAdmin(database.sessions).reconcile()
    finally:
        database.dispose()
    if not problems:
        print("OK: the stock ledger reconciles with on hand")
        return 0
    translate = _translate(args)
    print(f"{len(problems)} problem(s) in the stock ledger:")
    for problem in problems:
        print(f"  {problem.render(translate)}")
    return 1


def low_stock(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        lines = StockAdmin(database.sessions).low_stock()
    finally:
        database.dispose()
    for line in lines:
        print(f"{line.part_no}\t{line.name}\t{line.on_hand} {line.unit_of_measure} < {line.reorder_level}")
    if not lines:
        print("No part is below its reorder level.")
    return 0
