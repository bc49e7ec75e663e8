"""``service-counter db upgrade|check|current``: schema maintenance without the window."""

from __future__ import annotations

import argparse

from desktop_app.db import migrate
from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="database maintenance")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="create or upgrade the database to this version's schema").set_defaults(
        handler=upgrade
    )
    actions.add_parser("check", help="verify that the migrations match the models").set_defaults(handler=check)
    actions.add_parser("current", help="print the schema revision of the database").set_defaults(
        handler=current
    )


def upgrade(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.database_url), upgrade=True)
    try:
        if database.backup_path:
            print(f"backup: {database.backup_path}")
        print(f"{database.location}: schema {migrate.head_revision()} (up to date)")
    finally:
        database.dispose()
    return 0


def check(args: argparse.Namespace) -> int:
    """Upgrades a copy-free target to head, then compares the live schema with the models."""
    database = open_database(resolve_database_url(args.database_url), upgrade=True)
    try:
        differences = migrate.schema_differences(database.engine)
    finally:
        database.dispose()
    if differences:
        print("The migrations do not match the models:")
        for difference in differences:
            print(f"  {difference}")
        return 1
    print(f"OK: migrations match the models (head {migrate.head_revision()})")
    return 0


def current(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.database_url), upgrade=False)
    try:
        with database.engine.connect() as connection:
            revision = migrate.current_revision(connection)
    finally:
        database.dispose()
    print(revision or "empty")
    return 0
