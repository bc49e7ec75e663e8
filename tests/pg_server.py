"""A throw-away PostgreSQL server for the test suite.

Why: the integration tests must run against a real PostgreSQL, started by the
test command itself (no system service, no pre-existing cluster, works as root
in CI and as a normal user on a laptop). This module runs ``initdb`` into a
temporary directory, starts ``postgres`` on a free loopback port with
durability switched off (fast, and the data is thrown away), and hands out
SQLAlchemy URLs.

PostgreSQL refuses to run as root, so when we are root every server command is
run as the ``postgres`` OS user (created by Debian's ``postgresql`` package).
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

__all__ = ["PostgresServer", "PostgresServerError", "find_pg_bindir"]

DEFAULT_DBNAME = "service_counter_test"
SUPERUSER = "postgres"


class PostgresServerError(RuntimeError):
    """The server could not be set up; ``log_tail`` says why."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        super().__init__(message + (f"\n--- log tail ---\n{log_tail}" if log_tail else ""))
        self.log_tail = log_tail


def _version_key(path: str) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,); 9.6 -> (9, 6)
    version = Path(path).parent.name
    return tuple(int(p) for p in re.findall(r"\d+", version)) or (0,)


def find_pg_bindir() -> Path:
    """Directory holding ``initdb`` and ``pg_ctl``: PATH first, then the
    highest ``/usr/lib/postgresql/<version>/bin`` (Debian keeps them off PATH)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        # Resolve symlinks so pg_ctl and initdb come from the same install.
        return Path(os.path.realpath(initdb)).parent
    candidates = [
        d
        for d in glob.glob("/usr/lib/postgresql/*/bin")
        if os.access(os.path.join(d, "initdb"), os.X_OK)
        and os.access(os.path.join(d, "pg_ctl"), os.X_OK)
    ]
    if not candidates:
        raise PostgresServerError(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin. Install them with: "
            "sudo apt-get install postgresql   (or run `make test`, which does it)"
        )
    return Path(max(candidates, key=_version_key))


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _has_c_utf8_locale() -> bool:
    try:
        out = subprocess.run(
            ["locale", "-a"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return False
    return any(line.strip().lower() in ("c.utf8", "c.utf-8") for line in out.splitlines())


class PostgresServer:
    """One private PostgreSQL cluster in a temp dir.

    >>> server = PostgresServer(); server.start()
    >>> server.url                      # postgresql+psycopg://postgres@127.0.0.1:PORT/DB
    >>> server.create_database("x")     # -> URL of a new, empty database
    >>> server.stop()
    """

    def __init__(self, dbname: str = DEFAULT_DBNAME, settings: dict[str, str] | None = None) -> None:
        self.dbname = dbname
        self.settings = dict(settings or {})  # extra server settings (-c NAME=VALUE), e.g. the bench's memory
        self.bindir: Path | None = None
        self.basedir: Path | None = None
        self.port: int | None = None
        self._running = False
        self._run_as: str | None = None  # OS user for server commands, None = us

    # -- paths -------------------------------------------------------------
    @property
    def datadir(self) -> Path:
        assert self.basedir is not None
        return self.basedir / "data"

    @property
    def sockdir(self) -> Path:
        assert self.basedir is not None
        return self.basedir / "sock"

    @property
    def logfile(self) -> Path:
        assert self.basedir is not None
        return self.basedir / "postgres.log"

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        if self.port is None:
            raise PostgresServerError("server not started")
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    # -- running commands --------------------------------------------------
    def _run(self, argv: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
        """Run a server command, as the postgres OS user when we are root."""
        if self._run_as:
            if shutil.which("runuser"):
                argv = ["runuser", "-u", self._run_as, "--", *argv]
            else:
                argv = ["su", self._run_as, "-s", "/bin/sh", "-c", shlex.join(argv)]
        env = dict(os.environ)
        # Server messages in English regardless of the caller's locale, so the
        # log tail we show on failure is readable and greppable.
        env["LC_MESSAGES"] = "C"
        proc = subprocess.run(
            argv,
            cwd=str(self.basedir),  # the postgres user must be able to getcwd()
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and proc.returncode != 0:
            raise PostgresServerError(
                f"command failed ({proc.returncode}): {shlex.join(argv)}\n"
                f"{proc.stdout}{proc.stderr}",
                self.log_tail(),
            )
        return proc

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.logfile.read_text(errors="replace")
        except (OSError, AssertionError):
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> "PostgresServer":
        if self._running:
            return self
        self.bindir = find_pg_bindir()
        self.basedir = Path(tempfile.mkdtemp(prefix="sc-pg-"))
        os.chmod(self.basedir, 0o700)
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise PostgresServerError(
                    "running as root but there is no 'postgres' OS user to run the "
                    "server as (install Debian's 'postgresql' package)"
                ) from None
            self._run_as = SUPERUSER
            os.chown(self.basedir, pw.pw_uid, pw.pw_gid)
        atexit.register(self.stop)
        try:
            self._initdb()
            self._start_server()
            self._create_database_sql(self.dbname)
        except BaseException:
            self.stop()
            raise
        return self

    def _initdb(self) -> None:
        locale_args = ["--locale=C.UTF-8"] if _has_c_utf8_locale() else ["--no-locale"]
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D", str(self.datadir),
                "--auth=trust",
                "-U", SUPERUSER,
                "--encoding=UTF8",
                *locale_args,
                "--no-sync",
            ]
        )
        # Create the socket dir as the server user too.
        self._run(["mkdir", "-p", str(self.sockdir)])

    def _start_server(self) -> None:
        last_error: PostgresServerError | None = None
        for _attempt in range(3):  # a port can be taken between probe and bind
            self.port = _free_loopback_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockdir} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                + "".join(f" -c {name}={value}" for name, value in self.settings.items())
            )
            proc = self._run(
                [
                    str(self.bindir / "pg_ctl"),
                    "start", "-w", "-t", "60",
                    "-D", str(self.datadir),
                    "-l", str(self.logfile),
                    "-o", options,
                ],
                check=False,
            )
            if proc.returncode == 0:
                self._running = True
                return
            last_error = PostgresServerError(
                f"pg_ctl start failed ({proc.returncode}) on port {self.port}:\n"
                f"{proc.stdout}{proc.stderr}",
                self.log_tail(),
            )
        assert last_error is not None
        raise last_error

    def stop(self) -> None:
        """Stop the server and delete its directory. Idempotent.

        Immediate mode: the data is thrown away, so the shutdown checkpoint, which after a full test
        run writes out some 600 databases and took 20-30 s, is skipped. The deletion (some 300,000
        files after a full run: another 25 s) goes on in the background after the tests end."""
        if self._running and self.bindir is not None:
            self._running = False
            self._run(
                [str(self.bindir / "pg_ctl"), "stop", "-m", "immediate", "-w", "-D", str(self.datadir)],
                check=False,
            )
        if self.basedir is not None:
            _remove_in_background(self.basedir)
            self.basedir = None
        try:
            atexit.unregister(self.stop)
        except Exception:  # pragma: no cover - interpreter shutting down
            pass

    # -- databases ---------------------------------------------------------
    # FILE_COPY copies the template's files; the default (WAL_LOG, PostgreSQL 15+) writes every
    # block through the WAL, about a third slower for the small databases of one test.
    def _copy_strategy(self, conn) -> str:
        return " STRATEGY = FILE_COPY" if conn.info.server_version >= 150000 else ""
    def _create_database_sql(self, name: str, template: str | None = None) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
            autocommit=True, connect_timeout=10,
        ) as conn:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}" + self._copy_strategy(conn)).format(
                    sql.Identifier(name), sql.Identifier(template))
            conn.execute(statement)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """CREATE DATABASE *name* (default ``test_<uuid>``), optionally as a copy of *template*."""
        if not self._running:
            raise PostgresServerError("server not started")
        name = name or f"test_{uuid.uuid4().hex}"
        self._create_database_sql(name, template)
        return self.url_for(name)

    def server_pid(self) -> int | None:
        """PID of the postmaster (first line of postmaster.pid), if running."""
        try:
            return int((self.datadir / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError, AssertionError):
            return None

    def __enter__(self) -> "PostgresServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _remove_in_background(path: Path) -> None:
    """rm -rf in a process of its own that outlives this one (pytest does not wait for it)."""
    try:
        subprocess.Popen(["rm", "-rf", str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
