"""Migration 0014 on both databases: a phone the complaint form kept at the end of the description before it
(``\\nPhone: …`` in English, ``\\n联系电话：…`` in Chinese) moves into the complaint's own column and leaves the
description; a last line that only looks like one, and a complaint without, stay as they were (E3, E5, S3).
The downgrade puts the phone back at the description's end, so nothing is lost either way."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel
from desktop_app.db import migrate
from desktop_app.db.opening import open_database
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews

BEFORE = "0013_hand_over_index"
TODAY = dt.date.today()


def _rows(engine) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """Each complaint's description and, once the column is there, its contact phone."""
    phone = "contact_phone" in {c["name"] for c in inspect(engine).get_columns("complaints")}
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT number, description, {'contact_phone' if phone else 'NULL'} FROM complaints"))
        return {number: (description, stored) for number, description, stored in rows}


def test_a_phone_kept_at_the_end_of_the_description_moves_into_its_column(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        service, sup = AssessmentService(database.sessions), depot.staff["sup"]

        def register(description: str, phone: str | None = None) -> str:
            return service.register_complaint(sup, ComplaintInput(
                ComplaintChannel.CALL, TODAY, "路人甲", ComplaintCategory.NON_QUALITY, description,
                contact_phone=phone))

        english = register("取机时等了一个小时", "0755-26781234")
        chinese, linked = register("维修后仍然死机"), register("收费有疑问")
        lookalike, several_lines = register("回访记录"), register("第一次来电\n第二次来电")
        migrate.downgrade(database.engine, BEFORE)
        assert _rows(database.engine)[english] == ("取机时等了一个小时\nPhone: 0755-26781234", None)  # put back
        with database.engine.begin() as conn:  # as the form before 0014 wrote them
            for number, description in ((chinese, "维修后仍然死机\n联系电话：13812345678"),
                                        (lookalike, "回访记录\nPhone: 请尽快回电"),
                                        (several_lines, "第一次来电\n联系电话：0755-83456789-801\n第二次来电")):
                conn.execute(text("UPDATE complaints SET description = :d WHERE number = :n"),
                             {"d": description, "n": number})
        before = _rows(database.engine)

        migrate.upgrade(database.engine)
        assert migrate.schema_differences(database.engine) == []
        assert _rows(database.engine) == {
            english: ("取机时等了一个小时", "0755-26781234"),
            chinese: ("维修后仍然死机", "13812345678"),
            linked: ("收费有疑问", None),
            lookalike: ("回访记录\nPhone: 请尽快回电", None),  # no phone number: the text stays whole
            several_lines: ("第一次来电\n联系电话：0755-83456789-801\n第二次来电", None),  # not the last line
        }
        shown = {c.number: c.contact_phone for c in AssessmentViews(database.sessions).complaints(sup, TODAY)}
        assert shown[chinese] == "13812345678" and shown[linked] is None

        migrate.downgrade(database.engine, BEFORE)
        assert _rows(database.engine) == {number: (description.replace("联系电话：", "Phone: ")
                                                   if number == chinese else description, None)
                                          for number, (description, _none) in before.items()}
        migrate.upgrade(database.engine)
    finally:
        database.dispose()
