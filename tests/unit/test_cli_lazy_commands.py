"""Issue 8: starting the window does not import the command-line commands (reports, spreadsheets)."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.cli import build_parser

PROBE = """
import sys
import desktop_app.cli
print(sorted(m for m in sys.modules if m.startswith("desktop_app.commands.")))
"""


def test_importing_the_entry_point_loads_no_command_module() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_full_parser_still_knows_every_command() -> None:
    parser = build_parser()
    for argv in (["db", "upgrade"], ["--language", "en", "db", "check"], ["warranty", "--category", "general",
                                                                          "--sold", "2026-01-01",
                                                                          "--claimed", "2026-02-01"]):
        assert parser.parse_args(argv).command is not None, argv
