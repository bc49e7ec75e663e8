"""Planner settings for the month-end reads (the repair monthly report, the staff evaluation) on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# A month of a busy group's claims is 2 % of a million rows, read through date indexes and then joined
# by primary key. With the default random_page_cost (4, a spinning disk's), PostgreSQL joined those
# 20,000 rows by reading every unit and every work order instead (1.5 s); 1.1 is the usual value for
# an SSD or a database held in memory, and gives the index lookups (0.5 s). Set for the report's own
# transaction only (SET LOCAL): the search and the lists keep the server's settings.
MONTH_READ_RANDOM_PAGE_COST = 1.1
# The counter's connections start no parallel workers (db.engine: a search is over before they start).
# A month-end read is long enough to gain from them: PostgreSQL's default of 2 (the monthly report at a
# million claims: 0.97 s without, 0.66 s with them on a 2-core machine).
MONTH_READ_PARALLEL_WORKERS = 2


def prefer_index_lookups(s: Session) -> None:
    """For the rest of ``s``'s transaction on PostgreSQL: cost random reads as an SSD's, and let a
    query use parallel workers (issue 8)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text(f"SET LOCAL random_page_cost = {MONTH_READ_RANDOM_PAGE_COST}"))
        s.execute(text(f"SET LOCAL max_parallel_workers_per_gather = {MONTH_READ_PARALLEL_WORKERS}"))
