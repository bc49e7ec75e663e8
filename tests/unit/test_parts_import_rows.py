"""The manufacturer's parts list: headers, every kind of bad row, CSV encodings and XLSX cells (D6, W6)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from desktop_app.core.parts_import_rows import (
    ROW_LINE,
    Column,
    cell_text,
    check_price,
    decode_csv,
    map_header,
    parse_rows,
    parse_sheet,
)
from desktop_app.errors import ValidationError

HEADER = "配件编号,配件名称,适用型号,类别,易损件,单位,成本价,收费标准价,再订货点"
GOOD = "PWR-01,电源板,S5720-28P、S5720-52P,电源,否,块,120.00,150.00,2"


def sheet(*lines: str, header: str = HEADER, encoding: str = "utf-8"):  # type: ignore[no-untyped-def]
    return parse_sheet("\n".join((header, *lines)).encode(encoding), "list.csv")


def reasons(parsed) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {r.row: r.render() for r in parsed.rejected}


def test_a_good_row_is_cleaned_to_exact_values() -> None:
    parsed = sheet(GOOD)
    assert parsed.rejected == () and len(parsed.records) == 1
    record = parsed.records[0]
    assert (record.row, record.part_no, record.name, record.unit_of_measure) == (2, "PWR-01", "电源板", "块")
    assert record.compatible_models == ("S5720-28P", "S5720-52P") and record.category == "电源"
    assert record.cost_price == Decimal("120.00") and isinstance(record.fee_price, Decimal)
    assert record.reorder_level == 2 and record.is_wear_part is False and record.active is True


def test_english_headers_in_any_order_with_unit_suffixes() -> None:
    columns = map_header(["Unit", "Fee price (元)", "Part No", "name", "Cost price（元）", "Wear part", "备注"])
    assert columns == {Column.UNIT: 0, Column.FEE: 1, Column.PART_NO: 2, Column.NAME: 3, Column.COST: 4,
                       Column.WEAR: 5}
    parsed = parse_rows(["Part number", "Name", "Unit", "Cost", "Fee", "Wear part"],
                        [(2, ["ADP-12V", "电源适配器", "个", "20", "28.5", "是"])])
    assert parsed.records[0].is_wear_part is True and parsed.records[0].fee_price == Decimal("28.50")  # rule W6
    assert Column.MODELS not in parsed.columns  # an absent optional column leaves the catalogue's value alone


@pytest.mark.parametrize(("line", "reason"), [
    (",电源板,,,否,块,120,150,0", "row 3: the part number is missing"),
    ("FAN-01,风扇,,,否,个,-1,45,0", "row 3: 成本价 -1 is negative"),
    ("FAN-01,风扇,,,否,个,35.5,四十五,0", "row 3: 收费标准价 “四十五” is not a number"),
    ("FAN-01,风扇,,,否,个,35.555,45,0", "row 3: 成本价 “35.555” has more than two decimals"),
    ("FAN-01,风扇,,,否,公斤,35.5,45,0", "row 3: unknown unit “公斤”"),
    ("FAN-01,风扇,,,否,个,35.5,,0", "row 3: 收费标准价 is missing (give both prices or neither)"),
    ("FAN-01,,,,否,个,35.5,45,0", "row 3: the part name is missing"),
    ("FAN-01,风扇,,,也许,个,35.5,45,0", "row 3: write 是 or 否 in 易损件, not “也许”"),
    ("FAN-01,风扇,,,否,个,35.5,45,-2", "row 3: the reorder level “-2” is not a whole number ≥ 0"),
    ("PWR-01,电源板,,,否,块,120,150,0", "row 3: part number PWR-01 repeats row 2"),
    ("FAN\x0701,风扇,,,否,个,35.5,45,0", "row 3: 配件编号 contains control characters"),  # a stray control byte
], ids=["missing-part-no", "negative", "non-numeric", "three-decimals", "unknown-unit", "one-price", "no-name",
        "bad-flag", "bad-reorder", "duplicate", "control-character"])
def test_each_bad_row_kind_is_rejected_with_its_row_and_reason(line: str, reason: str) -> None:
    parsed = sheet(GOOD, line)
    assert [r.part_no for r in parsed.records] == ["PWR-01"]
    assert reasons(parsed)[3].startswith(reason)


def test_a_row_lists_every_problem_and_blank_lines_keep_the_numbering() -> None:
    parsed = sheet(GOOD, "", ",,,,否,吨,abc,-3,x", "FAN-01,风扇,,,否,个,35.50,45.00,5")
    assert [r.row for r in parsed.records] == [2, 5]  # the spreadsheet's own row numbers
    (bad,) = parsed.rejected
    assert bad.row == 4 and [p.field for p in bad.problems] == [
        "part_no", "name", "unit_of_measure", "cost_price", "fee_price", "reorder_level"]


def test_both_prices_blank_means_no_price_in_the_row() -> None:
    (record,) = sheet("PWR-01,电源板,,,否,块,,,0").records
    assert record.cost_price is None and record.fee_price is None


def test_rejection_lines_are_translated() -> None:
    chinese = {ROW_LINE: "第 {row} 行：{reason}", "the part number is missing": "缺少配件编号"}
    (bad,) = sheet(",电源板,,,否,块,1,2,0").rejected
    assert bad.render(lambda context, text: chinese.get(text, text)) == "第 2 行：缺少配件编号"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_utf8_and_utf8_with_bom(encoding: str) -> None:
    parsed = sheet(GOOD, "ADP-12V,电源适配器,,配件,是,个,20,28,10", encoding=encoding)
    assert [(r.part_no, r.name) for r in parsed.records] == [("PWR-01", "电源板"), ("ADP-12V", "电源适配器")]


def test_gbk_bytes_are_not_valid_utf8_but_decode() -> None:
    data = "配件编号\n电源板".encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_csv(data) == "配件编号\n电源板"
    assert decode_csv(b"\xef\xbb\xbfabc") == "abc"  # the BOM goes


@pytest.mark.parametrize(("data", "message"), [
    ("配件编号".encode("utf-16"), "UTF-16"),
    (b"\x81\x20\xff\xfe-not-text", "neither UTF-8 nor GBK"),
])
def test_other_encodings_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        decode_csv(data)


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"a,b", "list.txt", "Import an .xlsx or .csv file"),
    (b"not a zip", "list.xlsx", "not a readable XLSX workbook"),
    ("配件编号,配件名称\nA,B".encode(), "list.csv", "no column 单位、成本价、收费标准价"),
    (b"", "list.csv", "The file is empty"),
    ("配件编号,编号,配件名称,单位,成本价,收费标准价".encode(), "list.csv", "appears twice"),
])
def test_unusable_files_are_refused_whole(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_sheet(data, name)


def _xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_numbers_become_exact_decimals() -> None:
    data = _xlsx([
        ["配件编号", "配件名称", "单位", "成本价(元)", "收费标准价(元)", "易损件", "再订货点"],
        [10023, "风扇", "个", 35.5, 45, True, 5.0],  # numeric part number, float and int prices, bool flag
        ["PWR-01", "电源板", "块", 12.345, 150, False, 1],  # sub-fen precision
        ["ADP-12V", "适配器", "个", "20.00", "28.00", "否", None],
    ])
    parsed = parse_sheet(data, "list.xlsx")
    first, third = parsed.records
    assert (first.part_no, first.cost_price, first.fee_price, first.is_wear_part, first.reorder_level) == (
        "10023", Decimal("35.50"), Decimal("45.00"), True, 5)
    assert third.cost_price == Decimal("20.00") and third.reorder_level == 0
    assert reasons(parsed) == {3: "row 3: 成本价 “12.345” has more than two decimals"}
    assert all(isinstance(r.cost_price, Decimal) for r in parsed.records)  # money is never a float


def test_cell_text_and_price_checks() -> None:
    assert [cell_text(v) for v in (None, 3, 3.0, 2.5, True, "x")] == ["", "3", "3", "2.5", "true", "x"]
    with pytest.raises(ValidationError, match="more than two decimals"):  # float noise is never rounded away
        check_price(cell_text(0.1 + 0.2), Column.COST)
    assert check_price("¥1,234.5", Column.COST) == Decimal("1234.50") and check_price("  ", Column.FEE) is None
    with pytest.raises(ValidationError, match="too large"):
        check_price("100000000", Column.COST)
