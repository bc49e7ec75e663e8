"""Where things live: bundled resources (also inside PyInstaller) and per-user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_APP_DIR_NAME = "ServiceCounter"
ENV_DATABASE_URL = "SERVICE_COUNTER_DATABASE_URL"  # the database when --database-url is not given


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
    if override:
        path = Path(override)
    else:
        import platformdirs  # only here: a start given its database's address shows its window sooner

        path = Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "service-counter.sqlite3"


def surely_a_new_database(database_url: str | None) -> bool:
    """True when the start will make the default database file anew (no address given, no file
    yet): the first run is due, known before the database layer is even imported."""
    return not database_url and not os.environ.get(ENV_DATABASE_URL) and not default_database_path().exists()
