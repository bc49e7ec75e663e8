"""Delivers a person's evaluation sheet of a month through the real service, as the staff tab's print does:
a signature is recorded only for a delivered sheet that shows the month's figures (E24)."""

from __future__ import annotations

import datetime as dt

from desktop_app.db.engine import SessionFactory
from desktop_app.services.actor import Actor
from desktop_app.services.report_documents import ReportDocuments


def deliver_sheet(sessions: SessionFactory, actor: Actor, person: Actor, month: dt.date) -> None:
    """Made and handed to a printer that accepts it (nothing is written anywhere): logged as delivered."""
    made = ReportDocuments(sessions).make_evaluation(actor, person.username, month, language="zh_CN")
    made.deliver(lambda _content: None, target="测试打印机")
