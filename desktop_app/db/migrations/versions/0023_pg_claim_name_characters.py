"""PostgreSQL: each claim under every character of its customer's name, for a surname typed into the claims search (issue 8)

Revision ID: 0023_pg_claim_name_characters
Revises: 0022_work_order_claim_numbers
Create Date: 2026-11-29 12:00:00

One character of a name (a surname: “韩”, 8,838 customers and 11,728 claims at a million claims) is
the first key typed for most customers, and the claims list wants its newest 200. Through the
customers (0015's pieces of names) PostgreSQL probed every customer's claims, then sorted them all:
20-25 ms for “韩”, and a commoner surname holds more customers (“王”: twice as many). This table holds
each claim under every character of its customer's name, so the newest matching claims are read
backwards from its primary key and the search stops at its page, however common the surname.
Two characters are selective already and keep 0015's path.

Triggers keep it in step with claims made or moved to another customer (claim corrections) and
customers renamed. The characters are kept as written, as 0015's pieces are. SQLite searches a
surname within its goal through 0003's table and gets nothing.
"""

from __future__ import annotations

from alembic import op

revision = '0023_pg_claim_name_characters'
down_revision = '0022_work_order_claim_numbers'
branch_labels = None
depends_on = None

_CHARACTERS = """
CREATE FUNCTION name_characters(name text) RETURNS TABLE (gram varchar(1)) LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT substr(name, i, 1) FROM generate_series(1, length(name)) AS i
$$
"""
_NAME_OF = "(SELECT name FROM customers WHERE id = {claim}.customer_id)"
# A claim's rows are those of its customer's current name (the rename trigger keeps them so), found
# through the primary key by those characters.
_CLAIM_SYNC = f"""
CREATE FUNCTION claim_name_characters_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM claim_name_characters WHERE claim_id = OLD.id
            AND gram IN (SELECT gram FROM name_characters({_NAME_OF.format(claim='OLD')}));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO claim_name_characters (gram, claim_id)
            SELECT gram, NEW.id FROM name_characters({_NAME_OF.format(claim='NEW')});
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


def upgrade() -> None:
    bind = op.get_bind()
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
    if bind.dialect.name != 'postgresql':
        return
    for name, table in _TRIGGERED:
        bind.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
    bind.exec_driver_sql("DROP FUNCTION claim_name_characters_rename()")
    bind.exec_driver_sql("DROP FUNCTION claim_name_characters_sync()")
    bind.exec_driver_sql("DROP FUNCTION name_characters(text)")
    bind.exec_driver_sql("DROP TABLE claim_name_characters")
