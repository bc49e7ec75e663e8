"""``service-counter demo-data [--claims N]``: fill the database with realistic sample data."""

from __future__ import annotations

import argparse
import sys

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo-data", help="load realistic Chinese sample data")
    parser.add_argument("--claims", type=_positive, default=200, help="number of claims (default 200)")
    parser.add_argument("--seed", type=int, default=20261127, help="random seed (same seed, same data)")
    parser.set_defaults(handler=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.sample_data import load_sample_data

    database = open_database(resolve_database_url(args.database_url))
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        summary = load_sample_data(database.sessions, claims=args.claims, seed=args.seed, progress=progress)
    finally:
        database.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary.describe())
    return 0
