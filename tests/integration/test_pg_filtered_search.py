"""Issue 8 on PostgreSQL, without timing: under a filter, a search's test of the claims' own columns
(number and fault text) is made on the claims themselves, with the filter, so that PostgreSQL can
combine the text's trigram index with the filter's index. As ``claims.id IN (SELECT claims.id FROM
claims WHERE …)`` it read the claims twice, and at a million claims it walked 340,000 of them back
from the newest testing the text (已撤销 + four characters of fault text: 0.17 s; 20 ms so). What such
a search lists is checked against the plain search in test_bounded_search.py."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.models import Claim
from desktop_app.db.opening import Database
from desktop_app.services.listings import ClaimFilter, ClaimListing
from search_capture import captured, explained, sample_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    yield from sample_database(fresh_pg_url)


@pytest.mark.parametrize("status", [ClaimStatus.CANCELLED, ClaimStatus.COMPLETED])
def test_a_filtered_fault_text_search_tests_the_text_with_the_filter(loaded: Database, status: ClaimStatus) -> None:
    with loaded.sessions.read() as s:
        fault = s.scalar(select(Claim.fault_description).order_by(Claim.id).limit(1))[:4]
    listing = ClaimListing(loaded.sessions)
    listing.filter = ClaimFilter(statuses=frozenset({status}))
    with captured(loaded.engine) as statements:
        listing.first_page(fault, at_most=1000, limit=200)
        listing.count(fault, at_most=1000)
    lines = [row[0] for row in explained(loaded.engine, statements, discouraged=("seqscan",))]
    assert [line for line in lines if "fault_description ~~" in line], lines
    # The claims read once for the text and the filter, never joined to themselves by id.
    self_joins = r"\bclaims(_\d+)?\.id = claims_\d+\.id|\(id = claims_\d+\.id\)"
    assert not [line for line in lines if re.search(self_joins, line)], "\n".join(lines)
