"""Enum labels are complete and Chinese; times show on the local clock; money as ¥1,234.50."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    ClaimStatus,
    Remedy,
    RequisitionStatus,
    ShippingMethod,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.gui.formatting import date_text, local_time_text, money_text, month_text
from desktop_app.gui.labels import label

SHOWN_ENUMS = [Role, ClaimStatus, Remedy, RequisitionStatus, ShippingMethod, WorkOrderKind, WorkOrderState]


@pytest.mark.parametrize("enum", SHOWN_ENUMS, ids=lambda e: e.__name__)
def test_every_shown_value_has_a_chinese_label(enum):
    labels = {member: label(member) for member in enum}
    assert all(text and not text.isascii() for text in labels.values()), labels
    assert len(set(labels.values())) == len(labels)  # no two values look alike


def test_shared_values_keep_their_own_labels():
    # "awaiting_approval" exists in three vocabularies with three meanings.
    assert label(ClaimStatus.AWAITING_APPROVAL) == "待总经理批准"
    assert label(WorkOrderState.AWAITING_APPROVAL) == "待客户确认报价"
    assert label(RequisitionStatus.AWAITING_APPROVAL) == "超出额度，待批准"
    assert label(WorkOrderState.RECEIVED) == "待派工"
    assert label(RequisitionStatus.RECEIVED) == "已到货"


@pytest.fixture
def china_clock(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_timestamps_show_in_local_time(china_clock):
    stamp = dt.datetime(2026, 3, 31, 17, 5, tzinfo=dt.timezone.utc)
    assert local_time_text(stamp) == "2026-04-01 01:05"


def test_dates_and_money():
    assert date_text(dt.date(2026, 3, 1)) == "2026-03-01"
    assert month_text(dt.date(2026, 3, 1)) == "2026-03"
    assert money_text(Decimal("1234.5")) == "¥1,234.50"
    assert date_text(None) == money_text(None) == "—"
