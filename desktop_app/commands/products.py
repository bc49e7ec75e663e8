"""``service-counter products import|list``: the product models intake offers (W2 accessories, W4 categories)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import Database, open_database
from desktop_app.services.actor import SYSTEM
from desktop_app.services.product_catalogue import ProductCatalogue, ProductModelListing
from desktop_app.services.product_import import ModelImportPreview, ProductImportService

_LAYOUT = ("columns by header: 型号 名称 类别 (the category's code; required), 随机附件 (optional, separated by "
           "、 or ;); English headers work too (model, name, category, accessories); CSV in UTF-8 or GBK. "
           "A row naming an unknown category is rejected: add categories in the window first.")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    products = subparsers.add_parser("products", help="the product categories and models intake offers")
    actions = products.add_subparsers(dest="products_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="preview, or with --apply apply, a list of product models",
                                   description=_LAYOUT)
    importing.add_argument("file", type=Path, help="an .xlsx or .csv file")
    importing.add_argument("--apply", action="store_true", help="write the accepted rows (all or nothing)")
    importing.set_defaults(handler=import_products)
    listing = actions.add_parser("list", help="the categories and the models (active ones unless --all)")
    listing.add_argument("search", nargs="?", default="", help="part of a model or name")
    listing.add_argument("--all", action="store_true", help="deactivated models too")
    listing.set_defaults(handler=list_products)


def _open(args: argparse.Namespace) -> Database:
    return open_database(resolve_database_url(args.database_url))


def import_products(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        service = ProductImportService(database.sessions)
        # headless maintenance acts as the system (a manager), audited as such
        result = service.apply(SYSTEM, args.file) if args.apply else service.preview(args.file)
    finally:
        database.dispose()
    _print_preview(result, args.apply, args.language)
    return 0


def _print_preview(result: ModelImportPreview, applied: bool, language: str | None) -> None:
    verb = "applied" if applied else "preview"
    print(f"{result.file} ({verb}): added {len(result.added)}, changed {len(result.changed)}, "
          f"unchanged {result.unchanged}, rejected {len(result.rejected)}")
    for change in result.added:
        print(f"+ {change.model} {change.name}")
    for change in result.changed:
        fields = ", ".join(f"{c.field} {_show(c.old)} -> {_show(c.new)}" for c in change.changes)
        print(f"~ {change.model}: {fields}")
    if result.rejected:
        from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

        translate = translator_function(language)
        for row in result.rejected:
            print(row.render(translate))


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "、".join(value) or "-"
    return "-" if value is None or value == "" else str(value)


def list_products(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        categories = ProductCatalogue(database.sessions).categories()
        listing = ProductModelListing(database.sessions)
        listing.active_only = not args.all
        models = listing.fetch(0, 100_000, args.search)
    finally:
        database.dispose()
    print("categories:")
    for category in categories:
        print(f"  {category.code}\t{category.name_zh}\t{category.name_en}\tmodels {category.models}"
              + ("\tlong repair (W4)" if category.long_repair else ""))
    print(f"models: {len(models)}")
    for row in models:
        state = "" if row.active else "\tdeactivated"
        print(f"  {row.model}\t{row.name}\t{row.category_code}\t{'、'.join(row.accessories) or '-'}{state}")
    if not categories:
        print("No product category yet: add them in the window (工具 > 产品型号) before importing models.")
    return 0
