"""search indexes: FTS5 trigram and a name n-gram table (SQLite), pg_trgm (PostgreSQL), report indexes

Revision ID: 0003_search_indexes
Revises: 0002_travel_start
Create Date: 2026-11-27 08:00:00

Search-as-you-type must stay instant with a million claims (issue 8). ``LIKE '%x%'`` cannot use a
B-tree, so on SQLite three external-content FTS5 tables with the ``trigram`` tokenizer index the
searched text (3+ characters), and ``customer_name_grams`` holds every 1- and 2-character piece of
customer names and contact persons (one or two Chinese characters of a name). Triggers keep them
in step with their tables. NOTE for later migrations: a batch (copy-and-move) migration of
``customers``, ``units`` or ``claims`` on SQLite drops these triggers with the old table; re-create
them (``tests/integration/test_query_plans.py`` fails if they are missing).

On PostgreSQL the same LIKE queries are served by pg_trgm GIN indexes when the extension can be
created; otherwise nothing changes and LIKE scans as before. The B-tree indexes serve the work-order
queues, the monthly report and the staff evaluation (they are declared on the models too).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0003_search_indexes'
down_revision = '0002_travel_start'
branch_labels = None
depends_on = None

# (table, index name, columns): mirrored by Index(...) declarations on the models.
_BTREE_INDEXES = [
    ('work_orders', 'ix_work_orders_created_at', ['created_at']),
    ('work_orders', 'ix_work_orders_completed_at', ['completed_at']),
    ('work_orders', 'ix_work_orders_required_arrival_at', ['required_arrival_at']),
    ('work_orders', 'ix_work_orders_repeat_of_id', ['repeat_of_id']),
    ('work_orders', 'ix_work_orders_tech_completed', ['technician_id', 'completed_at']),
    ('work_orders', 'ix_work_orders_tech_dispatched', ['technician_id', 'dispatched_at']),
    ('work_order_events', 'ix_work_order_events_order_from', ['work_order_id', 'from_state']),
    ('stock_movements', 'ix_stock_movements_at', ['at']),
    ('surveys', 'ix_surveys_filled_on', ['filled_on']),
    ('claims', 'ix_claims_status_created', ['status', 'created_at']),
]

# External-content FTS5 tables: (fts table, content table, columns).
_FTS_TABLES = [
    ('customers_search', 'customers', ['name', 'phone', 'phone2', 'contact_person']),
    ('units_search', 'units', ['serial']),
    ('claims_search', 'claims', ['number', 'fault_description']),
    ('work_orders_search', 'work_orders', ['number']),
]

# Every 1- and 2-character piece of a customer's name and contact person, lower-cased as LIKE
# compares (ASCII only); names are at most 100 characters.
_GRAMS = """WITH RECURSIVE pos(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 100)
    SELECT lower(substr({p}name, i, 1)) AS gram, {p}id AS customer_id, 'n' AS field
        FROM {source} pos WHERE i <= length({p}name)
    UNION ALL SELECT lower(substr({p}name, i, 2)), {p}id, 'n' FROM {source} pos WHERE i < length({p}name)
    UNION ALL SELECT lower(substr({p}contact_person, i, 1)), {p}id, 'c'
        FROM {source} pos WHERE i <= length({p}contact_person)
    UNION ALL SELECT lower(substr({p}contact_person, i, 2)), {p}id, 'c'
        FROM {source} pos WHERE i < length({p}contact_person)"""


def _fts_statements(table: str, content: str, columns: list[str]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, content='{content}', content_rowid='id', "
        "tokenize='trigram')",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {content} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {content} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {content} BEGIN {delete} {insert} END",
    ]


def _gram_statements() -> list[str]:
    insert = ("INSERT OR IGNORE INTO customer_name_grams(gram, customer_id, field) "
              f"{_GRAMS.format(p='new.', source='')};")
    # Deleting by the old grams goes through the primary key; no second index needed.
    delete = ("DELETE FROM customer_name_grams WHERE customer_id = old.id AND gram IN "
              f"(SELECT gram FROM ({_GRAMS.format(p='old.', source='')}));")
    return [
        "CREATE TABLE customer_name_grams (gram VARCHAR(2) NOT NULL, customer_id INTEGER NOT NULL, "
        "field VARCHAR(1) NOT NULL, PRIMARY KEY (gram, customer_id, field)) WITHOUT ROWID",
        "INSERT OR IGNORE INTO customer_name_grams(gram, customer_id, field) "
        f"{_GRAMS.format(p='c.', source='customers AS c,')}",
        f"CREATE TRIGGER customer_name_grams_ai AFTER INSERT ON customers BEGIN {insert} END",
        f"CREATE TRIGGER customer_name_grams_ad AFTER DELETE ON customers BEGIN {delete} END",
        "CREATE TRIGGER customer_name_grams_au AFTER UPDATE OF name, contact_person ON customers "
        f"BEGIN {delete} {insert} END",
    ]


# pg_trgm GIN indexes serve LIKE '%x%' on PostgreSQL without changing the queries.
_PG_TRGM_INDEXES = [
    ('ix_trgm_customers_name', 'customers', 'name'),
    ('ix_trgm_customers_phone', 'customers', 'phone'),
    ('ix_trgm_customers_phone2', 'customers', 'phone2'),
    ('ix_trgm_customers_contact_person', 'customers', 'contact_person'),
    ('ix_trgm_units_serial', 'units', 'serial'),
    ('ix_trgm_claims_number', 'claims', 'number'),
    ('ix_trgm_claims_fault_description', 'claims', 'fault_description'),
    ('ix_trgm_work_orders_number', 'work_orders', 'number'),
]


def upgrade() -> None:
    for table, name, columns in _BTREE_INDEXES:
        op.create_index(name, table, columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        statements = [s for fts in _FTS_TABLES for s in _fts_statements(*fts)] + _gram_statements()
        for statement in statements:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == 'postgresql':
        _pg_trigram(bind)


def _pg_trigram(bind) -> None:  # type: ignore[no-untyped-def]
    available = bind.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
    if available is None:
        return  # LIKE keeps scanning; the application works the same
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - no privilege to create it: same as not available
        savepoint.rollback()
        return
    savepoint.commit()
    for name, table, column in _PG_TRGM_INDEXES:
        bind.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for table, _content, _columns in _FTS_TABLES:
            for suffix in ('ai', 'ad', 'au'):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        for suffix in ('ai', 'ad', 'au'):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS customer_name_grams_{suffix}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS customer_name_grams")
    elif bind.dialect.name == 'postgresql':
        for name, _table, _column in _PG_TRGM_INDEXES:
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table, name, _columns in reversed(_BTREE_INDEXES):
        op.drop_index(name, table_name=table)
