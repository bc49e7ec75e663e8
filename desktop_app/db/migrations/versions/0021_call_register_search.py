"""The call register's search through search indexes (issue 8)

Revision ID: 0021_call_register_search
Revises: 0020_tool_check_in_register
Create Date: 2026-11-29 10:00:00

来电登记's search (number, caller, phone, subject) tested every call in turn, newest first: a phone's
digits found in a few calls read all 220,000 of them at a million claims (0.14-0.2 s a keystroke on
both databases). From three characters on it now reads a search index, as the claims list does: on
SQLite an FTS5 trigram table kept by triggers, on PostgreSQL pg_trgm GIN indexes (where the extension
is installed; without it the search works as before).
"""

from __future__ import annotations

from alembic import op

revision = '0021_call_register_search'
down_revision = '0020_tool_check_in_register'
branch_labels = None
depends_on = None

_COLUMNS = ['number', 'caller_name', 'phone', 'subject']
_PG_INDEXES = [(f'ix_trgm_calls_{column}', column) for column in _COLUMNS]
_GIN_PENDING_LIST_KB = 64  # as 0012 set for every search index: a search never reads a long unsorted list


def _sqlite_statements() -> list[str]:
    """As 0003 made the other search tables: external content, trigram, a trigger per change."""
    cols = ", ".join(_COLUMNS)
    new = ", ".join(f"new.{c}" for c in _COLUMNS)
    old = ", ".join(f"old.{c}" for c in _COLUMNS)
    delete = f"INSERT INTO calls_search(calls_search, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO calls_search(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE calls_search USING fts5({cols}, content='calls', content_rowid='id', "
        "tokenize='trigram')",
        "INSERT INTO calls_search(calls_search) VALUES ('rebuild')",
        f"CREATE TRIGGER calls_search_ai AFTER INSERT ON calls BEGIN {insert} END",
        f"CREATE TRIGGER calls_search_ad AFTER DELETE ON calls BEGIN {delete} END",
        f"CREATE TRIGGER calls_search_au AFTER UPDATE OF {cols} ON calls BEGIN {delete} {insert} END",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for statement in _sqlite_statements():
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == 'postgresql':
        installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first()
        if installed is None:
            return  # 0003 could not install it: LIKE keeps testing each call, as before
        for name, column in _PG_INDEXES:
            bind.exec_driver_sql(f"CREATE INDEX {name} ON calls USING gin ({column} gin_trgm_ops) "
                                 f"WITH (gin_pending_list_limit = {_GIN_PENDING_LIST_KB})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for suffix in ('ai', 'ad', 'au'):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS calls_search_{suffix}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS calls_search")
    elif bind.dialect.name == 'postgresql':
        for name, _column in _PG_INDEXES:
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
