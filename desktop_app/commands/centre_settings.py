"""``service-counter settings show|set KEY VALUE``: the centre settings without the window (中心设置)."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.errors import KnownError, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import SYSTEM
from desktop_app.services.centre_settings import KEYS, CentreSettingsService

_CITY_SEPARATORS = re.compile(r"[,，、;；]")  # typed in a Chinese input method as often as in ASCII


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("settings", help="the centre's letterhead, on-site cities, E16 window and locks")
    actions = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="every setting with its value").set_defaults(handler=show_settings)
    setting = actions.add_parser("set", help="change one setting (audited as the system)",
                                 description="cities as one argument separated by commas: 深圳,广州")
    setting.add_argument("key", choices=list(KEYS), metavar="KEY", help=", ".join(KEYS))
    setting.add_argument("value", metavar="VALUE")
    setting.set_defaults(handler=set_setting)


def show_settings(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.database_url))
    try:
        values = CentreSettingsService(database.sessions).current(SYSTEM).values()
    finally:
        database.dispose()
    for key, value in values.items():
        print(f"{key}\t{_shown(value)}")
    return 0


def set_setting(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.database_url))
    try:  # headless maintenance acts as the system (a manager), audited as such, like user and parts
        old, new = CentreSettingsService(database.sessions).set_one(SYSTEM, args.key, _parsed(args.key, args.value))
    except KnownError as error:
        if not error.field:
            raise
        # The message names the setting: without a form, "This field is required." alone says nothing.
        from desktop_app.gui.translations import translator_function  # QtCore only: the .qm texts

        print(f"service-counter: {error.field}: {error.render(translator_function(args.language))}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    print(f"{args.key}: {_shown(old)} -> {_shown(new)}")
    return 0


def _parsed(key: str, text: str) -> Any:
    if key == "service.on_site_cities":
        return _CITY_SEPARATORS.split(text)  # an empty one is refused by the service
    if key.startswith("centre."):
        return text
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number."),
                              field=key, value=text) from None


def _shown(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(value)
    return "-" if value == "" else str(value)
