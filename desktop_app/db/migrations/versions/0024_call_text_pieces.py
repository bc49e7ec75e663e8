"""The call register: one or two Chinese characters of a caller or subject through a table of pieces (issue 8)

Revision ID: 0024_call_text_pieces
Revises: 0023_claim_name_characters
Create Date: 2026-11-29 12:30:00

来电登记's search reads 0021's indexes from three characters on; one or two characters (a caller's
surname, a two-character name such as “张伟”) were tested on every call in turn, newest first. A name
held by a few calls read all 220,000 of them at a million claims: 0.15-0.26 s a keystroke on both
databases. This table holds each call under every 1- and 2-character piece of its caller's name and
its subject, as written, and is keyed by call, so the newest matching calls are read backwards from
its primary key and the search stops at its page. Only text without ASCII characters is looked up
here (services.text_search: one or two Latin letters or digits do not search); other pieces are kept
too, so the table is simply every piece. Triggers keep it in step on both databases.
"""

from __future__ import annotations

from alembic import op

revision = '0024_call_text_pieces'
down_revision = '0023_claim_name_characters'
branch_labels = None
depends_on = None

_TABLE = 'call_text_pieces'
_COLUMNS = ('caller_name', 'subject')
_LONGEST = 200  # subject: VARCHAR(200); caller_name: VARCHAR(100)

# SQLite: every piece of a call's caller and subject ({p}: 'new.', 'old.' or a table's alias).
_SQLITE_PIECES = f"WITH RECURSIVE pos(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < {_LONGEST}) " + \
    " UNION ALL ".join(f"SELECT substr({{p}}{column}, i, {size}) AS gram{{id}} FROM {{source}}pos "
                       f"WHERE i + {size - 1} <= length({{p}}{column})"
                       for column in _COLUMNS for size in (1, 2))


def _sqlite_statements() -> list[str]:
    insert = f"INSERT OR IGNORE INTO {_TABLE}(gram, call_id) SELECT gram, new.id FROM " \
             f"({_SQLITE_PIECES.format(p='new.', id='', source='')});"
    # By the old pieces: through the primary key, no second index needed.
    delete = f"DELETE FROM {_TABLE} WHERE call_id = old.id AND gram IN " \
             f"({_SQLITE_PIECES.format(p='old.', id='', source='')});"
    columns = ", ".join(_COLUMNS)
    return [
        f"CREATE TABLE {_TABLE} (gram VARCHAR(2) NOT NULL, call_id INTEGER NOT NULL, "
        "PRIMARY KEY (gram, call_id)) WITHOUT ROWID",
        f"INSERT OR IGNORE INTO {_TABLE}(gram, call_id) "
        f"{_SQLITE_PIECES.format(p='c.', id=', c.id AS call_id', source='calls AS c, ')}",
        f"CREATE TRIGGER {_TABLE}_ai AFTER INSERT ON calls BEGIN {insert} END",
        f"CREATE TRIGGER {_TABLE}_ad AFTER DELETE ON calls BEGIN {delete} END",
        f"CREATE TRIGGER {_TABLE}_au AFTER UPDATE OF {columns} ON calls BEGIN {delete} {insert} END",
    ]


_PG_PIECES = """
CREATE FUNCTION call_text_pieces_of(caller text, subject text) RETURNS TABLE (gram varchar(2))
LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT piece FROM (
    SELECT substr(caller, i, 1) FROM generate_series(1, length(caller)) AS i
    UNION ALL SELECT substr(caller, i, 2) FROM generate_series(1, length(caller) - 1) AS i
    UNION ALL SELECT substr(subject, i, 1) FROM generate_series(1, length(subject)) AS i
    UNION ALL SELECT substr(subject, i, 2) FROM generate_series(1, length(subject) - 1) AS i
    ) AS pieces (piece)
$$
"""
_PG_SYNC = f"""
CREATE FUNCTION call_text_pieces_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {_TABLE} WHERE call_id = OLD.id
            AND gram IN (SELECT gram FROM call_text_pieces_of(OLD.caller_name, OLD.subject));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO {_TABLE} (gram, call_id) SELECT gram, NEW.id FROM call_text_pieces_of(NEW.caller_name, NEW.subject);
    END IF;
    RETURN NULL;
END
$$
"""
_PG_TRIGGERS = [
    f"CREATE TRIGGER {_TABLE}_ai AFTER INSERT ON calls FOR EACH ROW EXECUTE FUNCTION call_text_pieces_sync()",
    f"CREATE TRIGGER {_TABLE}_ad AFTER DELETE ON calls FOR EACH ROW EXECUTE FUNCTION call_text_pieces_sync()",
    f"CREATE TRIGGER {_TABLE}_au AFTER UPDATE OF caller_name, subject ON calls FOR EACH ROW "
    "WHEN (OLD.caller_name IS DISTINCT FROM NEW.caller_name OR OLD.subject IS DISTINCT FROM NEW.subject) "
    "EXECUTE FUNCTION call_text_pieces_sync()",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for statement in _sqlite_statements():
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == 'postgresql':
        bind.exec_driver_sql(f"CREATE TABLE {_TABLE} (gram VARCHAR(2) NOT NULL, call_id INTEGER NOT NULL, "
                             "PRIMARY KEY (gram, call_id))")
        bind.exec_driver_sql(_PG_PIECES)
        bind.exec_driver_sql(_PG_SYNC)
        bind.exec_driver_sql(f"INSERT INTO {_TABLE} (gram, call_id) SELECT p.gram, c.id FROM calls AS c, "
                             "call_text_pieces_of(c.caller_name, c.subject) AS p")
        bind.exec_driver_sql(f"ANALYZE {_TABLE}")
        for statement in _PG_TRIGGERS:
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for suffix in ('ai', 'ad', 'au'):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_TABLE}_{suffix}")
    elif bind.dialect.name == 'postgresql':
        for suffix in ('ai', 'ad', 'au'):
            bind.exec_driver_sql(f"DROP TRIGGER {_TABLE}_{suffix} ON calls")
        bind.exec_driver_sql("DROP FUNCTION call_text_pieces_sync()")
        bind.exec_driver_sql("DROP FUNCTION call_text_pieces_of(text, text)")
    else:
        return
    bind.exec_driver_sql(f"DROP TABLE {_TABLE}")
