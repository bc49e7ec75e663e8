"""Service-level clocks shown at intake and on the receipt (rules S1, S2, S3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import settings

REPLY_WITHIN = dt.timedelta(hours=8)  # rule S1
ANSWER_WITHIN = dt.timedelta(hours=24)  # rule S3


@dataclass(frozen=True)
class SlaDeadlines:
    reply_due: dt.datetime  # S1: reply to the request
    answer_due: dt.datetime  # S3: answer with the service information
    on_site_city: bool  # S2: the customer's city has on-site support
    on_site_cities: tuple[str, ...]


def check_on_site_city(session: Session, city: str | None, *, city_field: str, request_field: str) -> list[ValidationError]:
    """S2: on-site service only in the configured cities; elsewhere phone, fax, e-mail, QQ, website.

    Returns the problems (empty when the visit may be promised), naming the caller's own fields."""
    if not (city or "").strip():
        return [ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Enter the customer's city: on-site service depends on it (S2)."), field=city_field)]
    sla = deadlines(session, utcnow(), city)
    if sla.on_site_city:
        return []
    return [ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "On-site service is offered in {cities}; for {city} we help by phone, fax, e-mail, QQ or "
        "the website (S2)."), field=request_field, cities="、".join(sla.on_site_cities), city=city.strip())]


def deadlines(session: Session, received_at: dt.datetime, city: str | None) -> SlaDeadlines:
    cities = tuple(settings.get(session, "service.on_site_cities"))
    in_city = bool(city) and any(c and (c in city or city in c) for c in cities)
    return SlaDeadlines(received_at + REPLY_WITHIN, received_at + ANSWER_WITHIN, in_city, cities)
