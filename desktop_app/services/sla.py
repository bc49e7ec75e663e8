"""Service-level clocks shown at intake and on the receipt (rules S1, S2, S3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.services import settings

REPLY_WITHIN = dt.timedelta(hours=8)  # rule S1
ANSWER_WITHIN = dt.timedelta(hours=24)  # rule S3


@dataclass(frozen=True)
class SlaDeadlines:
    reply_due: dt.datetime  # S1: reply to the request
    answer_due: dt.datetime  # S3: answer with the service information
    on_site_city: bool  # S2: the customer's city has on-site support
    on_site_cities: tuple[str, ...]


def deadlines(session: Session, received_at: dt.datetime, city: str | None) -> SlaDeadlines:
    cities = tuple(settings.get(session, "service.on_site_cities"))
    in_city = bool(city) and any(c and (c in city or city in c) for c in cities)
    return SlaDeadlines(received_at + REPLY_WITHIN, received_at + ANSWER_WITHIN, in_city, cities)
