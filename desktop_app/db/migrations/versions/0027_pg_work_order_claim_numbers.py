"""PostgreSQL: work orders found by their claim's number through a table of their own (issue 8)

Revision ID: 0027_pg_work_order_claim_numbers
Revises: 0026_pg_number_digits
Create Date: 2026-11-29 14:10:00

维修工单's 全部 on PostgreSQL tested each order's claim number, walking back from the newest order.
A claim number's year typed by hand (“SC-2025”), or the digits of an older year (“2021”), matches
only orders behind every newer one: 0.6–3 s a pause at a million orders. This table holds each
order's claim number under the order's id, with the indexes the claims' own numbers have (0025's
year B-tree, 0026's trigram index of the counter, and a trigram index of the whole number), so the
newest matching orders are read from their own year's range and the search stops at its page. As
SQLite's table of 0022: the number is the claim's, which never changes, so a trigger on work_orders
keeps it (an order's claim is set when it is made) and the foreign key removes an order's row with it.
"""

from __future__ import annotations

from alembic import op

revision = '0027_pg_work_order_claim_numbers'
down_revision = '0026_pg_number_digits'
branch_labels = None
depends_on = None

# db.migrate leaves this table, and indexes named ix_trgm_ and ix_number_year_, out of the model comparison.
_TABLE = 'work_order_claim_numbers'
_STATISTICS = 1000  # as 0026 for every searched column
_GIN_PENDING_LIST_KB = 64  # as 0012 set for every search index

_FUNCTION = f"""
CREATE FUNCTION {_TABLE}_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM {_TABLE} WHERE order_id = OLD.id;
    END IF;
    IF NEW.claim_id IS NOT NULL THEN
        INSERT INTO {_TABLE} (order_id, claim_number) SELECT NEW.id, number FROM claims WHERE id = NEW.claim_id;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    run = bind.exec_driver_sql
    run(f"CREATE TABLE {_TABLE} (order_id integer NOT NULL, claim_number varchar(50) NOT NULL)")
    run(f"INSERT INTO {_TABLE} (order_id, claim_number) SELECT w.id, c.number FROM work_orders AS w "
        "JOIN claims AS c ON c.id = w.claim_id")
    run(f"ALTER TABLE {_TABLE} ADD CONSTRAINT pk_{_TABLE} PRIMARY KEY (order_id), "
        f"ADD CONSTRAINT fk_{_TABLE}_order FOREIGN KEY (order_id) REFERENCES work_orders (id) ON DELETE CASCADE, "
        f"ALTER COLUMN claim_number SET STATISTICS {_STATISTICS}")
    run(f"CREATE INDEX ix_number_year_{_TABLE} ON {_TABLE} (left(claim_number, 7), order_id)")
    if run("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None:
        options = f"WITH (gin_pending_list_limit = {_GIN_PENDING_LIST_KB})"
        run(f"CREATE INDEX ix_trgm_{_TABLE} ON {_TABLE} USING gin (claim_number gin_trgm_ops) {options}")
        run(f"CREATE INDEX ix_trgm_{_TABLE}_counter ON {_TABLE} USING gin ((substr(claim_number, 9)) gin_trgm_ops) "
            f"{options}")
        run(f"ALTER INDEX ix_trgm_{_TABLE}_counter ALTER COLUMN 1 SET STATISTICS {_STATISTICS}")
    run(_FUNCTION)
    run(f"CREATE TRIGGER {_TABLE}_ai AFTER INSERT ON work_orders FOR EACH ROW EXECUTE FUNCTION {_TABLE}_keep()")
    run(f"CREATE TRIGGER {_TABLE}_au AFTER UPDATE OF claim_id ON work_orders FOR EACH ROW "
        f"WHEN (OLD.claim_id IS DISTINCT FROM NEW.claim_id) EXECUTE FUNCTION {_TABLE}_keep()")
    if run(f"SELECT 1 FROM {_TABLE} LIMIT 1").first() is not None:  # as 0026: an empty one is left to autovacuum
        run(f"ANALYZE {_TABLE}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for suffix in ('ai', 'au'):
        bind.exec_driver_sql(f"DROP TRIGGER {_TABLE}_{suffix} ON work_orders")
    bind.exec_driver_sql(f"DROP FUNCTION {_TABLE}_keep()")
    bind.exec_driver_sql(f"DROP TABLE {_TABLE}")
