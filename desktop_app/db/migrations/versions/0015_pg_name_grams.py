"""PostgreSQL: the pieces of names in a table of their own, and claims found by customer or unit from the index alone (issue 8)

Revision ID: 0015_pg_name_grams
Revises: 0014_complaint_contact_phone
Create Date: 2026-11-29 05:20:00

At a million claims, one Chinese character of a name typed into the claims search (“韩”: 8,838
customers, 11,728 claims) took 55 ms on PostgreSQL against a 30 ms goal (EXPLAIN ANALYZE):

* 11 ms finding the customers. 0012's GIN index over the characters of names gives a bitmap, and
  the customers' ids are then read from 6,482 heap pages. ``customer_name_grams`` is the B-tree
  table SQLite has had since 0003: every 1- and 2-character piece of a customer's name and contact
  person. It gives the same ids from its primary key alone, in 1.6 ms. One or two characters are
  then matched exactly (a piece of a name, not characters in any order rechecked by LIKE). A
  trigger keeps it in step, as on SQLite. PostgreSQL's LIKE is case-sensitive, so the pieces are
  kept as written. 0012's character indexes serve nothing any more and are dropped, so an intake
  does not keep them up to date.
* 27 ms finding those customers' claims, because every match read its claim row for the id.
  ``ix_claims_customer_id`` and ``ix_claims_unit_id`` now carry the id (INCLUDE), so that step
  reads the index only. The phone search's customers and serials go the same way, and the
  work-orders tab's search through ``ix_work_orders_customer_id`` and ``ix_work_orders_unit_id``. On SQLite every
  index already carries the rowid, which is the claim's id.

Filling the table took 33 s for 660,000 customers (the benchmark's million claims).

A no-op on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = '0015_pg_name_grams'
down_revision = '0014_complaint_contact_phone'
branch_labels = None
depends_on = None

_COVERED = [('claims', 'ix_claims_customer_id', 'customer_id'), ('claims', 'ix_claims_unit_id', 'unit_id'),
            ('work_orders', 'ix_work_orders_customer_id', 'customer_id'),
            ('work_orders', 'ix_work_orders_unit_id', 'unit_id')]
# 0012's GIN indexes over the characters of names, replaced by the table below.
_CHARACTER_INDEXES = [('ix_trgm_chars_customers_name', 'customers', 'name'),
                      ('ix_trgm_chars_customers_contact_person', 'customers', 'contact_person')]
_GIN_PENDING_LIST_KB = 64  # as 0012 made them

# The pieces SQLite's 0003 keeps (names are at most 100 characters), as written.
_PIECES = """
CREATE FUNCTION customer_name_grams_of(name text, contact text)
RETURNS TABLE (gram varchar(2), field varchar(1)) LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT piece, kind FROM (
        SELECT substr(name, i, 1), 'n' FROM generate_series(1, length(name)) AS i
        UNION ALL SELECT substr(name, i, 2), 'n' FROM generate_series(1, length(name) - 1) AS i
        UNION ALL SELECT substr(contact, i, 1), 'c' FROM generate_series(1, length(contact)) AS i
        UNION ALL SELECT substr(contact, i, 2), 'c' FROM generate_series(1, length(contact) - 1) AS i
    ) AS pieces (piece, kind)
$$
"""
_SYNC = """
CREATE FUNCTION customer_name_grams_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN  -- by the old pieces: through the primary key
        DELETE FROM customer_name_grams WHERE customer_id = OLD.id
            AND gram IN (SELECT gram FROM customer_name_grams_of(OLD.name, OLD.contact_person));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO customer_name_grams (gram, customer_id, field)
            SELECT gram, NEW.id, field FROM customer_name_grams_of(NEW.name, NEW.contact_person);
    END IF;
    RETURN NULL;
END
$$
"""
_TRIGGERS = [
    "CREATE TRIGGER customer_name_grams_ai AFTER INSERT ON customers "
    "FOR EACH ROW EXECUTE FUNCTION customer_name_grams_sync()",
    "CREATE TRIGGER customer_name_grams_ad AFTER DELETE ON customers "
    "FOR EACH ROW EXECUTE FUNCTION customer_name_grams_sync()",
    "CREATE TRIGGER customer_name_grams_au AFTER UPDATE OF name, contact_person ON customers FOR EACH ROW "
    "WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.contact_person IS DISTINCT FROM NEW.contact_person) "
    "EXECUTE FUNCTION customer_name_grams_sync()",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for table, name, column in _COVERED:
        bind.exec_driver_sql(f"DROP INDEX {name}")
        bind.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({column}) INCLUDE (id)")
    bind.exec_driver_sql("CREATE TABLE customer_name_grams (gram VARCHAR(2) NOT NULL, customer_id INTEGER NOT NULL, "
                         "field VARCHAR(1) NOT NULL, PRIMARY KEY (gram, customer_id, field))")
    bind.exec_driver_sql(_PIECES)
    bind.exec_driver_sql(_SYNC)
    bind.exec_driver_sql("INSERT INTO customer_name_grams (gram, customer_id, field) "
                         "SELECT p.gram, c.id, p.field FROM customers AS c, "
                         "customer_name_grams_of(c.name, c.contact_person) AS p")
    bind.exec_driver_sql("ANALYZE customer_name_grams")  # the planner's estimates from the first search on
    for statement in _TRIGGERS:
        bind.exec_driver_sql(statement)
    for name, _table, _column in _CHARACTER_INDEXES:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for name, table, column in _CHARACTER_INDEXES:
        bind.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin (string_to_array({column}, NULL)) "
                             f"WITH (gin_pending_list_limit = {_GIN_PENDING_LIST_KB})")
    for suffix in ('ai', 'ad', 'au'):
        bind.exec_driver_sql(f"DROP TRIGGER customer_name_grams_{suffix} ON customers")
    bind.exec_driver_sql("DROP FUNCTION customer_name_grams_sync()")
    bind.exec_driver_sql("DROP FUNCTION customer_name_grams_of(text, text)")
    bind.exec_driver_sql("DROP TABLE customer_name_grams")
    for table, name, column in _COVERED:
        bind.exec_driver_sql(f"DROP INDEX {name}")
        bind.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({column})")
