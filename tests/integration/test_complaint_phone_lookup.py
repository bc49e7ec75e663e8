"""Whom a complaint came from, by phone (E3, E5): the customers on record with that number as their phone or
their second phone, on SQLite and PostgreSQL; a shared number gives every customer who has it."""

from __future__ import annotations

from desktop_app.db.models import Customer
from desktop_app.services.assessment_views import AssessmentViews


def test_customers_are_found_by_either_phone(database) -> None:
    with database.sessions.write() as s, s.begin():
        s.add_all([Customer(name="刘洋", phone="13812345678"),
                   Customer(name="刘强", phone="0755-26781234", phone2="13812345678"),
                   Customer(name="王芳", phone="13900001111")])
    views = AssessmentViews(database.sessions)
    assert [c.text for c in views.customers_by_phone("13812345678")] == ["刘洋", "刘强"]  # oldest first
    assert [c.text for c in views.customers_by_phone("0755-26781234")] == ["刘强"]
    assert views.customers_by_phone("1381234567") == []  # part of a number is not the number
