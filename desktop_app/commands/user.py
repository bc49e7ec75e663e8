"""``service-counter user add|list|reset-password|set-role|rename|deactivate|activate``: accounts without the window.

Passwords are read from a prompt (twice) or, when stdin is not a terminal, from its first line;
never from an argument, where they would end up in the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.core.roles import Role
from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import open_database
from desktop_app.services.accounts import AccountService, validate_password
from desktop_app.services.actor import SYSTEM


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("user", help="manage staff accounts")
    actions = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff account (password from a prompt or stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", dest="display_name", help="the person's name (default: the user name)")
    add.set_defaults(handler=add_user)
    actions.add_parser("list", help="list staff accounts").set_defaults(handler=list_users)
    reset = actions.add_parser("reset-password", help="set a new password and lift a lockout")
    reset.add_argument("username")
    reset.set_defaults(handler=reset_password)
    set_role = actions.add_parser("set-role", help="change a person's role on the same account (history stays)")
    set_role.add_argument("username")
    set_role.add_argument("role", choices=[r.value for r in Role])
    set_role.set_defaults(handler=change_role)
    rename = actions.add_parser("rename", help="correct a person's name (姓名) on the same account")
    rename.add_argument("username")
    rename.add_argument("display_name", metavar="NAME")
    rename.set_defaults(handler=rename_user)
    for name, active in (("deactivate", False), ("activate", True)):
        sub = actions.add_parser(name, help=f"{name} a staff account (accounts are never deleted)")
        sub.add_argument("username")
        sub.set_defaults(handler=set_active, active=active)


def read_new_password() -> str:
    if sys.stdin.isatty():
        password = getpass.getpass("Password / 密码: ")
        validate_password(password, getpass.getpass("Repeat / 再次输入: "))
        return password
    password = sys.stdin.readline().rstrip("\r\n")
    validate_password(password)
    return password


def _service(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    database = open_database(resolve_database_url(args.database_url))
    return database, AccountService(database.sessions)


def add_user(args: argparse.Namespace) -> int:
    password = read_new_password()
    database, accounts = _service(args)
    try:
        info = accounts.add_user(SYSTEM, args.username, args.display_name or args.username, Role(args.role), password)
    finally:
        database.dispose()
    print(f"added {info.username} ({info.role.value})")
    return 0


def list_users(args: argparse.Namespace) -> int:
    database, accounts = _service(args)
    try:
        staff = accounts.list_staff()
    finally:
        database.dispose()
    for info in staff:
        state = "active" if info.active else "deactivated"
        print(f"{info.username:<20} {info.role.value:<11} {state:<12} {info.display_name}")
    return 0


def reset_password(args: argparse.Namespace) -> int:
    password = read_new_password()
    database, accounts = _service(args)
    try:
        accounts.reset_password(SYSTEM, args.username, password)
    finally:
        database.dispose()
    print(f"password reset for {args.username}")
    return 0


def set_active(args: argparse.Namespace) -> int:
    database, accounts = _service(args)
    try:
        accounts.set_active(SYSTEM, args.username, args.active)
    finally:
        database.dispose()
    print(f"{args.username} {'activated' if args.active else 'deactivated'}")
    return 0


def change_role(args: argparse.Namespace) -> int:
    database, accounts = _service(args)
    try:
        info = accounts.update_user(SYSTEM, args.username, role=Role(args.role))
    finally:
        database.dispose()
    print(f"{info.username} is now {info.role.value} (from their next sign-in if signed in now)")
    return 0


def rename_user(args: argparse.Namespace) -> int:
    database, accounts = _service(args)
    try:
        info = accounts.update_user(SYSTEM, args.username, display_name=args.display_name)
    finally:
        database.dispose()
    print(f"{info.username} is now named {info.display_name} (from their next sign-in if signed in now)")
    return 0
