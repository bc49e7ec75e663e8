"""Any Unicode a user can type prints without crashing: markup literally, missing glyphs visibly."""

from __future__ import annotations

import dataclasses
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.receipt_data import ReceiptData
from desktop_app.documents.survey_form import SurveyFormData, render_survey_form
from desktop_app.documents.page_parts import CentreInfo

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
LONG = st.text(alphabet=st.sampled_from("故障&<b>😀𠀀\x00\x07\t\n a"), min_size=5000, max_size=10000)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=ANY_TEXT, fault=st.one_of(ANY_TEXT, LONG), serial=ANY_TEXT)
def test_the_receipt_survives_any_text(receipt_data: ReceiptData, name: str, fault: str, serial: str) -> None:
    data = dataclasses.replace(receipt_data, customer_name=name, fault_description=fault, serial=serial)
    pdf = render_receipt(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2  # both copies, whatever the text
    assert data.claim_number in reader.pages[0].extract_text()


@settings(max_examples=8, deadline=None)
@given(name=ANY_TEXT, model=ANY_TEXT)
def test_the_survey_form_survives_any_text(name: str, model: str) -> None:
    import datetime as dt

    data = SurveyFormData(centre=CentreInfo("服务中心 <i>&</i>", "", ""), work_order_number="WO-2026-000001",
                          technician=name, service_date=dt.date(2026, 11, 27), customer_name=name,
                          product_model=model, serial="SN", kind="到店维修")
    assert render_survey_form(data).startswith(b"%PDF")
