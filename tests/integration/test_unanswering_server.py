"""A shared PostgreSQL server that accepts the connection and never answers (a hung server, a
firewall holding packets) is given up with the usual message instead of holding the start for
good: libpq itself has no connect timeout."""

from __future__ import annotations

import socket
import threading

from sqlalchemy.engine import make_url

from desktop_app.db import engine as engine_module
from desktop_app.db.opening import open_database
from desktop_app.errors import DatabaseUnavailable


def test_a_server_that_never_answers_is_given_up_with_a_message(monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "PG_CONNECT_TIMEOUT_S", 1)  # the product waits 10 s
    outcome: list[BaseException | None] = []
    with socket.socket() as silent:  # accepts (the backlog does) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]

        def attempt() -> None:
            try:
                open_database(make_url(f"postgresql+psycopg://counter@127.0.0.1:{port}/counter"))
            except BaseException as error:  # noqa: BLE001 - examined below
                outcome.append(error)
            else:
                outcome.append(None)

        worker = threading.Thread(target=attempt, daemon=True)
        worker.start()
        worker.join(60)  # without the timeout it would wait forever: a bounded wait, not a timing goal
    assert outcome, "the opening never gave up"
    error = outcome[0]
    assert isinstance(error, DatabaseUnavailable), error
    assert f"127.0.0.1:{port}" in str(error)
