"""Each work order under every character of its customer's name, for a surname typed into 全部 (issue 8)

Revision ID: 0029_order_name_characters
Revises: 0028_sqlite_claim_filters
Create Date: 2026-11-29 19:00:00

The same as 0023 for the claims. One character of a name is the first key typed for most customers,
and the work-orders tab's 全部 wants its newest 200. Through the customers (the pieces of names of
0003 and 0015) the database walked back through the orders testing each one's customer: at a million
orders the commonest surname (“王”, in one order of 47) took 85 ms on PostgreSQL, “梅” 57 and “华” 47;
on SQLite 15-28 ms. Here the newest matching orders are read backwards from the table's primary key
and the search stops at its page, however common the character. Two characters keep the customers'
path, as for the claims.

Triggers keep it in step with orders made, removed or moved to another customer and customers renamed;
the customer's row is locked as in 0023 (two counters on one PostgreSQL database). The characters are
kept as written: only text without ASCII characters is looked up here.
"""

from __future__ import annotations

from alembic import op

revision = '0029_order_name_characters'
down_revision = '0028_sqlite_claim_filters'
branch_labels = None
depends_on = None

# name_characters(text) is migration 0023's.
_NAME_OF = "SELECT name INTO customer_name FROM customers WHERE id = {order}.customer_id FOR NO KEY UPDATE;"
_ORDER_SYNC = f"""
CREATE FUNCTION work_order_name_characters_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    customer_name text;
BEGIN
    IF TG_OP = 'UPDATE' THEN  -- both customers, in one order: two corrections crossing cannot deadlock
        PERFORM 1 FROM customers WHERE id IN (OLD.customer_id, NEW.customer_id) ORDER BY id FOR NO KEY UPDATE;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        {_NAME_OF.format(order='OLD')}
        DELETE FROM work_order_name_characters WHERE order_id = OLD.id
            AND gram IN (SELECT gram FROM name_characters(customer_name));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {_NAME_OF.format(order='NEW')}
        INSERT INTO work_order_name_characters (gram, order_id) SELECT gram, NEW.id FROM name_characters(customer_name);
    END IF;
    RETURN NULL;
END
$$
"""
_RENAME = """
CREATE FUNCTION work_order_name_characters_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM work_order_name_characters WHERE gram IN (SELECT gram FROM name_characters(OLD.name))
        AND order_id IN (SELECT id FROM work_orders WHERE customer_id = OLD.id);
    INSERT INTO work_order_name_characters (gram, order_id)
        SELECT g.gram, o.id FROM work_orders AS o, name_characters(NEW.name) AS g WHERE o.customer_id = NEW.id;
    RETURN NULL;
END
$$
"""
_TRIGGERS = [
    "CREATE TRIGGER work_order_name_characters_ai AFTER INSERT ON work_orders "
    "FOR EACH ROW EXECUTE FUNCTION work_order_name_characters_sync()",
    "CREATE TRIGGER work_order_name_characters_ad AFTER DELETE ON work_orders "
    "FOR EACH ROW EXECUTE FUNCTION work_order_name_characters_sync()",
    "CREATE TRIGGER work_order_name_characters_au AFTER UPDATE OF customer_id ON work_orders FOR EACH ROW "
    "WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id) EXECUTE FUNCTION work_order_name_characters_sync()",
    "CREATE TRIGGER work_order_name_characters_rename AFTER UPDATE OF name ON customers FOR EACH ROW "
    "WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION work_order_name_characters_rename()",
]
_TRIGGERED = [('work_order_name_characters_ai', 'work_orders'), ('work_order_name_characters_ad', 'work_orders'),
              ('work_order_name_characters_au', 'work_orders'), ('work_order_name_characters_rename', 'customers')]


# SQLite: the characters of a name, as in 0023 ({name}: old.name, or a column of {source}).
_SQLITE_CHARACTERS = "WITH RECURSIVE pos(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 100) " \
    "SELECT substr({name}, i, 1) AS gram{more} FROM {source}pos WHERE i <= length({name})"
_OF_CUSTOMER = dict(name="p.name", more="", source="customers AS p, ")
_SQLITE_INSERT = "INSERT OR IGNORE INTO work_order_name_characters(gram, order_id) SELECT gram, new.id FROM (" + \
    _SQLITE_CHARACTERS.format(**_OF_CUSTOMER) + " AND p.id = new.customer_id);"
_SQLITE_DELETE = "DELETE FROM work_order_name_characters WHERE order_id = old.id AND gram IN (" + \
    _SQLITE_CHARACTERS.format(**_OF_CUSTOMER) + " AND p.id = old.customer_id);"
_OF_ORDERS = dict(name="p.name", more=", o.id AS order_id",
                  source="customers AS p JOIN work_orders AS o ON o.customer_id = p.id, ")
_SQLITE_RENAME = (
    "DELETE FROM work_order_name_characters WHERE gram IN ("
    + _SQLITE_CHARACTERS.format(name="old.name", more="", source="")
    + ") AND order_id IN (SELECT id FROM work_orders WHERE customer_id = old.id); "
    "INSERT OR IGNORE INTO work_order_name_characters(gram, order_id) SELECT gram, order_id FROM ("
    + _SQLITE_CHARACTERS.format(**_OF_ORDERS) + " AND p.id = new.id);"
)


def _sqlite_statements() -> list[str]:
    return [
        "CREATE TABLE work_order_name_characters (gram VARCHAR(1) NOT NULL, order_id INTEGER NOT NULL, "
        "PRIMARY KEY (gram, order_id)) WITHOUT ROWID",
        "INSERT OR IGNORE INTO work_order_name_characters(gram, order_id) " + _SQLITE_CHARACTERS.format(**_OF_ORDERS),
        f"CREATE TRIGGER work_order_name_characters_ai AFTER INSERT ON work_orders BEGIN {_SQLITE_INSERT} END",
        f"CREATE TRIGGER work_order_name_characters_ad AFTER DELETE ON work_orders BEGIN {_SQLITE_DELETE} END",
        "CREATE TRIGGER work_order_name_characters_au AFTER UPDATE OF customer_id ON work_orders "
        f"WHEN old.customer_id IS NOT new.customer_id BEGIN {_SQLITE_DELETE} {_SQLITE_INSERT} END",
        "CREATE TRIGGER work_order_name_characters_rename AFTER UPDATE OF name ON customers "
        f"WHEN old.name IS NOT new.name BEGIN {_SQLITE_RENAME} END",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for statement in _sqlite_statements():
            bind.exec_driver_sql(statement)
        return
    if bind.dialect.name != 'postgresql':
        return
    bind.exec_driver_sql("CREATE TABLE work_order_name_characters (gram VARCHAR(1) NOT NULL, "
                         "order_id INTEGER NOT NULL, PRIMARY KEY (gram, order_id))")
    for statement in (_ORDER_SYNC, _RENAME):
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("INSERT INTO work_order_name_characters (gram, order_id) "
                         "SELECT g.gram, o.id FROM work_orders AS o JOIN customers AS p ON p.id = o.customer_id, "
                         "name_characters(p.name) AS g")
    bind.exec_driver_sql("ANALYZE work_order_name_characters")
    for statement in _TRIGGERS:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for name, _table in _TRIGGERED:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE work_order_name_characters")
        return
    if bind.dialect.name != 'postgresql':
        return
    for name, table in _TRIGGERED:
        bind.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
    bind.exec_driver_sql("DROP FUNCTION work_order_name_characters_rename()")
    bind.exec_driver_sql("DROP FUNCTION work_order_name_characters_sync()")
    bind.exec_driver_sql("DROP TABLE work_order_name_characters")
