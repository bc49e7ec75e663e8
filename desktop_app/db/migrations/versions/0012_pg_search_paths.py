"""PostgreSQL search paths: names by their characters, and short GIN pending lists (issue 8)

Revision ID: 0012_pg_search_paths
Revises: 0011_return_refunds
Create Date: 2026-11-28 07:50:00

Two causes of slow search-as-you-type on PostgreSQL with 100,000 claims (EXPLAIN ANALYZE):

* One or two Chinese characters of a name ("肖", "肖宇") give pg_trgm no trigram, so ``LIKE '%肖%'``
  read every customer (and, before ``services.text_search`` left them out, every serial and claim
  number too): 130 ms. SQLite answers these from ``customer_name_grams`` (0003); here a GIN index
  over the characters of ``name`` and ``contact_person`` (``string_to_array(x, NULL)``, built in and
  immutable, no extension needed) finds the names holding every typed character, and LIKE then
  checks the order. The index names keep the ``ix_trgm_`` prefix: search indexes the model
  comparison leaves out (``db.migrate.SEARCH_INDEX_PREFIX``).
* GIN indexes collect new entries in an unsorted pending list (up to 4 MB by default) that every
  search reads through until (auto)vacuum merges it: after a day of intakes or an import, each
  trigram lookup paid for it. 64 kB bounds that read and keeps inserts batched.

A no-op on SQLite (its search tables are answered by FTS5 and the n-gram table).
"""

from __future__ import annotations

from alembic import op

revision = '0012_pg_search_paths'
down_revision = '0011_return_refunds'
branch_labels = None
depends_on = None

_CHARACTER_INDEXES = [
    ('ix_trgm_chars_customers_name', 'customers', 'name'),
    ('ix_trgm_chars_customers_contact_person', 'customers', 'contact_person'),
]
# Migration 0003's pg_trgm indexes (present only where the extension could be created).
_TRGM_INDEXES = ['ix_trgm_customers_name', 'ix_trgm_customers_phone', 'ix_trgm_customers_phone2',
                 'ix_trgm_customers_contact_person', 'ix_trgm_units_serial', 'ix_trgm_claims_number',
                 'ix_trgm_claims_fault_description', 'ix_trgm_work_orders_number']
PENDING_LIST_KB = 64


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for name, table, column in _CHARACTER_INDEXES:
        # The expression must read exactly as services.text_search writes it for the planner to match.
        bind.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin (string_to_array({column}, NULL)) "
                             f"WITH (gin_pending_list_limit = {PENDING_LIST_KB})")
    for name in _TRGM_INDEXES:
        bind.exec_driver_sql(f"ALTER INDEX IF EXISTS {name} SET (gin_pending_list_limit = {PENDING_LIST_KB})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for name in _TRGM_INDEXES:
        bind.exec_driver_sql(f"ALTER INDEX IF EXISTS {name} RESET (gin_pending_list_limit)")
    for name, _table, _column in reversed(_CHARACTER_INDEXES):
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
