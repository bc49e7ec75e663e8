"""PostgreSQL test databases handed from one test to the next, emptied in between.

A test that asks for ``pg_url`` used to get a new database copied from the migrated template
(CREATE DATABASE ... TEMPLATE): 100 ms on a quiet machine, 200-500 ms while the suite runs, for
some 740 tests. A database a test has finished with is instead emptied (every row deleted in one
transaction, sequences put back as in the template: about 5 ms) and handed to the next test.

It is handed on only if it is still the template's twin: its schema, indexes, triggers, functions,
grants and database settings compare equal to the template's (one catalogue query); anything a test
changed there, or a database it dropped, is simply not reused. Connections a test left open are
closed first, so nothing it leaked can see or lock the next test's rows. A test that asserts a
query plan takes ``fresh_pg_url``: planner estimates also read the size of the tables' files.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

# Everything but the rows: a test that altered any of these leaves its database unused.
_FINGERPRINT = """
SELECT md5(coalesce(string_agg(item, ',' ORDER BY item), '')) FROM (
  SELECT 'c:' || table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':'
         || coalesce(column_default, '') AS item
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'i:' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 't:' || tgname || ':' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'k:' || conname || ':' || pg_get_constraintdef(oid) FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'f:' || p.oid::regprocedure::text || md5(p.prosrc) FROM pg_proc p
    WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'a:' || relname || ':' || coalesce(relacl::text, '') FROM pg_class
    WHERE relnamespace = 'public'::regnamespace
  UNION ALL SELECT 'e:' || extname || ':' || extversion FROM pg_extension
  UNION ALL SELECT 'n:' || nspname FROM pg_namespace
  UNION ALL SELECT 's:' || array_to_string(setconfig, ';') FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
) AS catalogue
"""


class RecycledDatabases:
    """One per test worker: ``take()`` a database at the template's state, ``give_back()`` after the test."""

    def __init__(self, server: Any, template: str) -> None:
        self._server = server
        self._template = template
        self._free: list[str] = []
        with self._connect(template) as conn:
            self._fingerprint = conn.execute(_FINGERPRINT).fetchone()[0]
            tables = [row[0] for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
            # The template's rows (alembic_version's, today), put back after the deletes.
            kept = {table: conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))).fetchall()
                    for table in tables}
            sequences = conn.execute(
                "SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value, start_value), "
                "last_value IS NOT NULL FROM pg_sequences WHERE schemaname = 'public'").fetchall()
        statements = [sql.SQL("SET session_replication_role = replica")]  # the audit log's append-only trigger
        statements += [sql.SQL("DELETE FROM {}").format(sql.Identifier(table)) for table in tables]
        # Planner statistics that autovacuum gathered from earlier tests' rows go too. The deleted rows'
        # pages stay until autovacuum: a test that asserts a plan takes ``fresh_pg_url``.
        statements.append(sql.SQL("DELETE FROM pg_statistic WHERE starelid IN "
                                  "(SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)"))
        self._reset = sql.SQL("; ").join(statements)
        self._rows = [(sql.SQL("INSERT INTO {} VALUES ({})").format(
            sql.Identifier(table), sql.SQL(", ").join(sql.Placeholder() * len(rows[0]))), rows)
            for table, rows in kept.items() if rows]
        self._sequences = sequences

    def _connect(self, name: str) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self._server.port, user="postgres", dbname=name,
                               autocommit=True, connect_timeout=10)

    def take(self) -> str:
        name = self._free.pop() if self._free else None
        if name is None:
            return self._server.create_database(template=self._template)
        return self._server.url_for(name)

    def give_back(self, url: str) -> None:
        name = url.rsplit("/", 1)[-1].split("?", 1)[0]
        try:
            with self._connect("postgres") as admin:  # what the test left open goes first
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            with self._connect(name) as conn:
                if conn.execute(_FINGERPRINT).fetchone()[0] != self._fingerprint:
                    return
                with conn.transaction():
                    conn.execute(self._reset)
                    with conn.cursor() as cursor:
                        for insert, rows in self._rows:
                            cursor.executemany(insert, rows)
                    for sequence, value, called in self._sequences:
                        conn.execute("SELECT setval(%s::regclass, %s, %s)", (sequence, value, called))
        except psycopg.Error:
            return  # dropped, renamed or broken by its test: not reused
        self._free.append(name)
