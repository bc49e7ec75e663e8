"""Command-line entry: the GUI by default, sub-commands for headless work.

Each command group lives in ``desktop_app.commands`` and registers itself with ``register``;
adding a group means adding its module to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from desktop_app import APP_NAME, __version__
from desktop_app.errors import KnownError

if TYPE_CHECKING:
    import argparse

# Imported only when a command is given: the window's start does not pay for the commands'
# imports (reports, spreadsheets, backups: about a second on a slow machine; issue 8).
COMMAND_MODULE_NAMES = ("backup", "db", "demo_data", "user", "warranty", "print_documents", "reports", "parts",
                        "products", "centre_settings")


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser(add_help=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULE_NAMES:
        import_module(f"desktop_app.commands.{name}").register(subparsers)
    return parser


def _global_parser(*, add_help: bool) -> argparse.ArgumentParser:
    """The options before any command (the window's own); the commands are added by build_parser."""
    import argparse  # not for a plain start of the window (main): its first window comes sooner

    parser = argparse.ArgumentParser(
        prog="service-counter", add_help=add_help,
        description=f"售后服务台 {APP_NAME}. Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"service-counter {__version__}")
    parser.add_argument(
        "--database-url", "--database",
        metavar="URL",
        help="a file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
        "(default: $SERVICE_COUNTER_DATABASE_URL, else a file in your user data folder)",
    )
    parser.add_argument("--language", choices=("zh_CN", "en"), help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # started from its icon: the window, with no options to parse
        return _window(None, None, verbose=False)
    window_args, rest = _global_parser(add_help=False).parse_known_args(argv)
    if rest:  # a command, --help or a mistake: the full parser (with every command) answers
        args = build_parser().parse_args(argv)
    else:
        args = window_args
        args.command = None
    if args.command is None:
        return _window(args.database_url, args.language, verbose=args.verbose)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except KnownError as error:
        print(f"service-counter: {error_text(error, args.language)}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug: one line for the user, the traceback with --verbose
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        print(f"service-counter: internal error ({type(error).__name__}: {error}); "
              "run with --verbose for details", file=sys.stderr)
        return 3


def _window(database_url: str | None, language: str | None, *, verbose: bool) -> int:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING)
    from desktop_app.start import run_gui  # Qt only loads when the window is wanted

    return run_gui(database_url=database_url, language=language)


def error_text(error: KnownError, language: str | None) -> str:
    """The error in the user's language (Qt's translator, as in the window)."""
    from desktop_app.gui.translations import translator_function

    return error.render(translator_function(language))
