"""PostgreSQL: digits typed into a search, and the statistics the planner chooses a search's plan by (issue 8)

Revision ID: 0026_pg_number_digits
Revises: 0025_pg_number_years
Create Date: 2026-11-29 14:20:00

Digits (“2021”, “837”: a year, a phone's or a number's piece) searched the numbers through the trigram
index, newest first. A number is PREFIX-YEAR-COUNTER (services.numbering), so digits are in its year or
in its counter, never across a dash. Two structures answer them exactly:

- the counter alone, in a trigram index of its own (``substr(number, 9)``), for claims, work orders and
  calls: the counters holding “2021” are a few hundred, where the whole numbers holding it are the year's
  200,000 claims;
- the year, from 0025's B-trees of ``left(number, 7)`` (added here for calls): each year whose digits
  hold the text, read newest first from its own range.

At a million claims “2021” took the claims list's count and page 1.1 s, the call register 0.13 s, and
“CL-2022” 0.46 s.

PostgreSQL also guessed the matches of a LIKE from 100 sampled values per column: 6,670 customers' phones
holding “2021” where 431 do. Expecting many, it walked the claims back from the newest, testing each
claim's customer (0.59 s for the page). The searched columns now keep 1,000 (about 1.3 s more per ANALYZE
of the big tables), and the tables that have rows are analysed now; an empty one is left to autovacuum,
since analysing it would tell the planner it stays empty after the first rows arrive.
"""

from __future__ import annotations

from alembic import op

revision = '0026_pg_number_digits'
down_revision = '0025_pg_number_years'
branch_labels = None
depends_on = None

_COUNTERS = ('claims', 'work_orders', 'calls')  # db.migrate leaves ix_trgm_ and ix_number_year_ out of the model comparison
_SEARCHED = {
    'customers': ('name', 'phone', 'phone2', 'contact_person'),
    'units': ('serial',),
    'claims': ('number', 'fault_description'),
    'work_orders': ('number',),
    'calls': ('number', 'caller_name', 'phone', 'subject'),
}
_STATISTICS = 1000  # PostgreSQL's default is 100
_GIN_PENDING_LIST_KB = 64  # as 0012 set for every search index: a search never reads a long unsorted list


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    bind.exec_driver_sql("CREATE INDEX ix_number_year_calls ON calls (left(number, 7), id)")
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None:
        for table in _COUNTERS:  # without pg_trgm (0003) the counters are tested row by row, as LIKE was
            bind.exec_driver_sql(f"CREATE INDEX ix_trgm_{table}_counter ON {table} USING gin "
                                 f"((substr(number, 9)) gin_trgm_ops) WITH (gin_pending_list_limit = {_GIN_PENDING_LIST_KB})")
            bind.exec_driver_sql(f"ALTER INDEX ix_trgm_{table}_counter ALTER COLUMN 1 SET STATISTICS {_STATISTICS}")
    for table, columns in _SEARCHED.items():
        bind.exec_driver_sql(f"ALTER TABLE {table} " + ", ".join(
            f"ALTER COLUMN {column} SET STATISTICS {_STATISTICS}" for column in columns))
        if bind.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            bind.exec_driver_sql(f"ANALYZE {table}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for table, columns in _SEARCHED.items():
        bind.exec_driver_sql(f"ALTER TABLE {table} " + ", ".join(
            f"ALTER COLUMN {column} SET STATISTICS -1" for column in columns))
    for table in _COUNTERS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_trgm_{table}_counter")
    bind.exec_driver_sql("DROP INDEX ix_number_year_calls")
