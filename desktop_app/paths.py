"""Where things live: bundled resources (also inside PyInstaller) and per-user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

_APP_DIR_NAME = "ServiceCounter"


def resource_root() -> Path:
    """The ``resources/`` folder, from a checkout or from inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data directory; ``SERVICE_COUNTER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("SERVICE_COUNTER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "service-counter.sqlite3"
