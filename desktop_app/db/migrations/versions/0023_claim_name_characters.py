"""Each claim under every character of its customer's name, for a surname typed into the claims search (issue 8)

Revision ID: 0023_claim_name_characters
Revises: 0022_work_order_claim_numbers
Create Date: 2026-11-29 12:00:00

One character of a name (a surname: “韩”, 8,838 customers and 11,728 claims at a million claims) is
the first key typed for most customers, and the claims list wants its newest 200. Through the
customers (the pieces of names of 0003 and 0015) the database probed every such customer's claims and
sorted them all: 21 ms for “韩” and 19 ms for “王” on PostgreSQL, 14 and 18 ms on SQLite, and this
month's claims with “韩” 67 ms on SQLite, each claim's date checked. This table holds each claim under
every character of its customer's name, so the newest matching claims are read backwards from its
primary key and the search stops at its page, however common the surname. Two characters are
selective already and keep the customers' path.

Triggers keep it in step with claims made, removed or moved to another customer (claim corrections)
and customers renamed. The characters are kept as written: only text without ASCII characters is
looked up here, which neither database's LIKE folds.
"""

from __future__ import annotations

from alembic import op

revision = '0023_claim_name_characters'
down_revision = '0022_work_order_claim_numbers'
branch_labels = None
depends_on = None

_CHARACTERS = """
CREATE FUNCTION name_characters(name text) RETURNS TABLE (gram varchar(1)) LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT substr(name, i, 1) FROM generate_series(1, length(name)) AS i
$$
"""
# A claim's rows are those of its customer's current name (the rename trigger keeps them so), found
# through the primary key by those characters. The customer's row is locked as an update would lock
# it: a rename by another counter, not yet committed, is waited for (its trigger did not see this
# claim), and a rename that comes later waits for this claim and then moves its characters too. Not
# FOR SHARE: an intake that then updates the customer (its details, flushed after the claim) would
# have to upgrade that lock, and two such transactions would deadlock.
_NAME_OF = "SELECT name INTO customer_name FROM customers WHERE id = {claim}.customer_id FOR NO KEY UPDATE;"
_CLAIM_SYNC = f"""
CREATE FUNCTION claim_name_characters_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    customer_name text;
BEGIN
    IF TG_OP = 'UPDATE' THEN  -- both customers, in one order: two corrections crossing cannot deadlock
        PERFORM 1 FROM customers WHERE id IN (OLD.customer_id, NEW.customer_id) ORDER BY id FOR NO KEY UPDATE;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        {_NAME_OF.format(claim='OLD')}
        DELETE FROM claim_name_characters WHERE claim_id = OLD.id
            AND gram IN (SELECT gram FROM name_characters(customer_name));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {_NAME_OF.format(claim='NEW')}
        INSERT INTO claim_name_characters (gram, claim_id) SELECT gram, NEW.id FROM name_characters(customer_name);
    END IF;
    RETURN NULL;
END
$$
"""
_RENAME = """
CREATE FUNCTION claim_name_characters_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_name_characters WHERE gram IN (SELECT gram FROM name_characters(OLD.name))
        AND claim_id IN (SELECT id FROM claims WHERE customer_id = OLD.id);
    INSERT INTO claim_name_characters (gram, claim_id)
        SELECT g.gram, c.id FROM claims AS c, name_characters(NEW.name) AS g WHERE c.customer_id = NEW.id;
    RETURN NULL;
END
$$
"""
_TRIGGERS = [
    "CREATE TRIGGER claim_name_characters_ai AFTER INSERT ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claim_name_characters_sync()",
    "CREATE TRIGGER claim_name_characters_ad AFTER DELETE ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claim_name_characters_sync()",
    "CREATE TRIGGER claim_name_characters_au AFTER UPDATE OF customer_id ON claims FOR EACH ROW "
    "WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id) EXECUTE FUNCTION claim_name_characters_sync()",
    "CREATE TRIGGER claim_name_characters_rename AFTER UPDATE OF name ON customers FOR EACH ROW "
    "WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION claim_name_characters_rename()",
]
_TRIGGERED = [('claim_name_characters_ai', 'claims'), ('claim_name_characters_ad', 'claims'),
              ('claim_name_characters_au', 'claims'), ('claim_name_characters_rename', 'customers')]


# SQLite: the characters of a name ({name}: old.name, or a column of {source}, the tables read with it);
# names are at most 100 characters.
_SQLITE_CHARACTERS = "WITH RECURSIVE pos(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 100) " \
    "SELECT substr({name}, i, 1) AS gram{more} FROM {source}pos WHERE i <= length({name})"
_OF_CUSTOMER = dict(name="p.name", more="", source="customers AS p, ")
_SQLITE_INSERT = "INSERT OR IGNORE INTO claim_name_characters(gram, claim_id) SELECT gram, new.id FROM (" + \
    _SQLITE_CHARACTERS.format(**_OF_CUSTOMER) + " AND p.id = new.customer_id);"
_SQLITE_DELETE = "DELETE FROM claim_name_characters WHERE claim_id = old.id AND gram IN (" + \
    _SQLITE_CHARACTERS.format(**_OF_CUSTOMER) + " AND p.id = old.customer_id);"
_OF_CLAIMS = dict(name="p.name", more=", c.id AS claim_id", source="customers AS p JOIN claims AS c ON c.customer_id = p.id, ")
_SQLITE_RENAME = (
    "DELETE FROM claim_name_characters WHERE gram IN ("
    + _SQLITE_CHARACTERS.format(name="old.name", more="", source="")
    + ") AND claim_id IN (SELECT id FROM claims WHERE customer_id = old.id); "
    "INSERT OR IGNORE INTO claim_name_characters(gram, claim_id) SELECT gram, claim_id FROM ("
    + _SQLITE_CHARACTERS.format(**_OF_CLAIMS) + " AND p.id = new.id);"
)


def _sqlite_statements() -> list[str]:
    return [
        "CREATE TABLE claim_name_characters (gram VARCHAR(1) NOT NULL, claim_id INTEGER NOT NULL, "
        "PRIMARY KEY (gram, claim_id)) WITHOUT ROWID",
        "INSERT OR IGNORE INTO claim_name_characters(gram, claim_id) " + _SQLITE_CHARACTERS.format(**_OF_CLAIMS),
        f"CREATE TRIGGER claim_name_characters_ai AFTER INSERT ON claims BEGIN {_SQLITE_INSERT} END",
        f"CREATE TRIGGER claim_name_characters_ad AFTER DELETE ON claims BEGIN {_SQLITE_DELETE} END",
        "CREATE TRIGGER claim_name_characters_au AFTER UPDATE OF customer_id ON claims "
        f"WHEN old.customer_id IS NOT new.customer_id BEGIN {_SQLITE_DELETE} {_SQLITE_INSERT} END",
        "CREATE TRIGGER claim_name_characters_rename AFTER UPDATE OF name ON customers "
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
    bind.exec_driver_sql("CREATE TABLE claim_name_characters (gram VARCHAR(1) NOT NULL, claim_id INTEGER NOT NULL, "
                         "PRIMARY KEY (gram, claim_id))")
    for statement in (_CHARACTERS, _CLAIM_SYNC, _RENAME):
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("INSERT INTO claim_name_characters (gram, claim_id) "
                         "SELECT g.gram, c.id FROM claims AS c JOIN customers AS p ON p.id = c.customer_id, "
                         "name_characters(p.name) AS g")
    bind.exec_driver_sql("ANALYZE claim_name_characters")
    for statement in _TRIGGERS:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for name, _table in _TRIGGERED:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE claim_name_characters")
        return
    if bind.dialect.name != 'postgresql':
        return
    for name, table in _TRIGGERED:
        bind.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
    bind.exec_driver_sql("DROP FUNCTION claim_name_characters_rename()")
    bind.exec_driver_sql("DROP FUNCTION claim_name_characters_sync()")
    bind.exec_driver_sql("DROP FUNCTION name_characters(text)")
    bind.exec_driver_sql("DROP TABLE claim_name_characters")
