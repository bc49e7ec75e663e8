"""A work order id that is no order (deleted, or beyond any INTEGER) is refused by name on both databases."""

from __future__ import annotations

import pytest
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.mark.parametrize("order_id", [987_654, 2**31, 2**63, -1, 0])
def test_an_id_that_is_no_order_says_the_order_no_longer_exists(depot: Depot, order_id: int) -> None:
    with pytest.raises(ValidationError) as moved:
        WorkOrderService(depot.db.sessions).set_state(depot.staff["sup"], order_id, S.DIAGNOSING)
    with pytest.raises(ValidationError) as worked:
        BenchService(depot.db.sessions).use_parts(depot.staff["sup"], order_id, [(depot.part_ids["FAN-01"], 1)])
    assert str(moved.value) == str(worked.value) == "This work order no longer exists."
