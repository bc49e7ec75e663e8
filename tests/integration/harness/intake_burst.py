"""A second counter on the same database: takes in N claims as fast as it can, then exits.

Run as ``python -m harness.intake_burst DATABASE_URL TAG COUNT``.
"""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import Staff
from desktop_app.db.opening import open_database
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput


def main(url: str, tag: str, count: int) -> None:
    database = open_database(make_url(url))
    with database.sessions.read() as s:
        person = s.scalar(select(Staff).where(Staff.username == "operator"))
    actor = Actor(person.id, person.username, person.display_name, person.role)
    intake = ClaimIntakeService(database.sessions)
    for i in range(count):
        intake.take_in(actor, IntakeForm(
            # Each counter its own customers: one phone under two names is a question for the desk.
            customer=CustomerInput(name=f"客户{tag}{i}", phone=f"13{9 if tag == 'A' else 8}0000{i:04d}"),
            unit=UnitInput(product_model="S5720-28P", serial=f"{tag}-{i}",
                           sale_date=dt.date.today() - dt.timedelta(days=200)),
            channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳")))
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
