"""The manufacturer's parts list as rows: columns, units, CSV/XLSX reading, per-row checks (D6, W6)."""

# Layout (Decision): the first sheet of an .xlsx, or a .csv in UTF-8 (BOM or not) or GBK; one header
# row, one part per row, columns found by header in any order (Chinese or English), others ignored.
# Required: 配件编号 配件名称 单位 成本价 收费标准价; optional: 适用型号 (split on 、,;) 类别 易损件 再订货点
# 启用 (是/否). An absent optional column leaves existing parts' values alone; both prices blank means
# "no price in this row". Row numbers are the spreadsheet's own (the header is row 1).

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.money import MoneyError, to_money
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

UNITS = tuple("个台块条套只根米片把卷盒包对张组件支颗粒瓶副本箱袋节")  # units of measure the catalogue accepts
MAX_PRICE = Decimal("9999999.99")
MAX_PART_NO, MAX_NAME, MAX_CATEGORY, MAX_MODEL = 50, 200, 50, 100
_YES = {"是", "y", "yes", "true", "1", "√", "✓", "易损", "易损件", "启用"}
_NO = {"否", "n", "no", "false", "0", "", "×", "-", "—", "停用"}


class Column(StrEnum):
    """A file column, named after the Part / FeeScheduleItem attribute it fills."""

    PART_NO, NAME, MODELS, CATEGORY = "part_no", "name", "compatible_models", "category"
    WEAR, UNIT, COST, FEE = "is_wear_part", "unit_of_measure", "cost_price", "fee_price"
    REORDER, ACTIVE = "reorder_level", "active"


# The canonical (export) headers, in file order.
HEADERS: dict[Column, str] = {
    Column.PART_NO: "配件编号", Column.NAME: "配件名称", Column.MODELS: "适用型号", Column.CATEGORY: "类别",
    Column.WEAR: "易损件", Column.UNIT: "单位", Column.COST: "成本价", Column.FEE: "收费标准价",
    Column.REORDER: "再订货点", Column.ACTIVE: "启用",
}
REQUIRED = (Column.PART_NO, Column.NAME, Column.UNIT, Column.COST, Column.FEE)
_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.PART_NO: ("配件编号", "配件号", "零件号", "零件编号", "物料编号", "编号", "partno", "partnumber", "part"),
    Column.NAME: ("配件名称", "零件名称", "名称", "name", "partname", "description"),
    Column.MODELS: ("适用型号", "适用机型", "型号", "compatiblemodels", "models"),
    Column.CATEGORY: ("类别", "分类", "category"),
    Column.WEAR: ("易损件", "是否易损件", "易损", "wearpart", "wear", "iswearpart"),
    Column.UNIT: ("单位", "unit", "uom", "unitofmeasure"),
    Column.COST: ("成本价", "成本", "costprice", "cost"),
    Column.FEE: ("收费标准价", "收费标准", "收费价", "标准价", "feeprice", "fee", "scheduleprice"),
    Column.REORDER: ("再订货点", "最低库存", "安全库存", "reorderlevel", "reorderpoint", "reorder"),
    Column.ACTIVE: ("启用", "是否启用", "active"),
}
_HEADER_LOOKUP = {alias: column for column, aliases in _ALIASES.items() for alias in aliases}
_MODEL_SPLIT = re.compile(r"[、,，;；\n\r]+")
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
ROW_LINE = QT_TRANSLATE_NOOP("Errors", "row {row}: {reason}")


@dataclass(frozen=True)
class PartRecord:  # one accepted row, cleaned; fields of absent optional columns hold defaults
    row: int
    part_no: str
    name: str
    compatible_models: tuple[str, ...]
    category: str | None
    is_wear_part: bool
    unit_of_measure: str
    cost_price: Decimal | None  # both None: the row carries no price
    fee_price: Decimal | None
    reorder_level: int
    active: bool


@dataclass(frozen=True)
class RejectedRow:
    row: int
    part_no: str
    problems: tuple[ValidationError, ...]

    def render(self, translate: Any = lambda context, text: text) -> str:  # "row N: reason; reason"
        reasons = "; ".join(p.render(translate) for p in self.problems)
        return translate("Errors", ROW_LINE).format(row=self.row, reason=reasons)


@dataclass(frozen=True)
class ParsedSheet:
    columns: frozenset[Column]  # the columns the file has
    records: tuple[PartRecord, ...]
    rejected: tuple[RejectedRow, ...]


def _problem(template: str, field: Column, **params: Any) -> ValidationError:
    return ValidationError(template, field=field.value, **params)


# -- field checks (also used by the catalogue's add/edit form) ---------------------------------

# Unicode's control characters (category Cc): C0, DEL and C1. One regex, not a category lookup per character.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _limit(value: str, n: int, column: Column) -> str:
    if _CONTROL.search(value):  # a NUL fails on PostgreSQL
        raise _problem(QT_TRANSLATE_NOOP("Errors", "{column} contains control characters"), column,
                       column=HEADERS[column])
    if len(value) > n:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "{column} is longer than {n} characters"), column,
                       column=HEADERS[column], n=n)
    return value


def check_part_no(text: str) -> str:
    if not text.strip():
        raise _problem(QT_TRANSLATE_NOOP("Errors", "the part number is missing"), Column.PART_NO)
    return _limit(text.strip(), MAX_PART_NO, Column.PART_NO)


def check_name(text: str) -> str:
    if not text.strip():
        raise _problem(QT_TRANSLATE_NOOP("Errors", "the part name is missing"), Column.NAME)
    return _limit(text.strip(), MAX_NAME, Column.NAME)


def check_unit(text: str) -> str:
    if text.strip() not in UNITS:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "unknown unit “{unit}” (use one of {units})"),
                       Column.UNIT, unit=text.strip(), units=" ".join(UNITS))
    return text.strip()


def check_category(text: str | None) -> str | None:
    return _limit((text or "").strip(), MAX_CATEGORY, Column.CATEGORY) or None


def check_models(models: str | Iterable[str]) -> tuple[str, ...]:
    items = _MODEL_SPLIT.split(models) if isinstance(models, str) else list(models)
    return tuple(dict.fromkeys(_limit(m.strip(), MAX_MODEL, Column.MODELS) for m in items if m.strip()))


def check_price(value: str | Decimal | None, column: Column) -> Decimal | None:
    """Yuan with at most two decimals, not negative; blank is None (rules D6, W5)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    label = HEADERS[column]
    try:
        amount = to_money(text)
    except MoneyError:
        number = _NUMBER.fullmatch(re.sub(r"[,¥￥\s]", "", text))  # a number, so too many decimals
        template = (QT_TRANSLATE_NOOP("Errors", "{column} “{value}” has more than two decimals") if number
                    else QT_TRANSLATE_NOOP("Errors", "{column} “{value}” is not a number"))
        raise _problem(template, column, column=label, value=text) from None
    if amount < 0:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "{column} {value} is negative"), column, column=label, value=text)
    if amount > MAX_PRICE:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "{column} {value} is too large"), column, column=label, value=text)
    return amount


def check_reorder_level(value: str | int) -> int:
    text = str(value).strip() or "0"
    if not re.fullmatch(r"\+?\d{1,9}", text):
        raise _problem(QT_TRANSLATE_NOOP("Errors", "the reorder level “{value}” is not a whole number ≥ 0"),
                       Column.REORDER, value=text)
    return int(text)


def check_flag(text: str, column: Column) -> bool:
    value = text.strip().lower()
    if value in _YES or value in _NO:
        return value in _YES
    raise _problem(QT_TRANSLATE_NOOP("Errors", "write 是 or 否 in {column}, not “{value}”"),
                   column, column=HEADERS[column], value=text.strip())


# -- reading files -----------------------------------------------------------------------------

def _file_error(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, field="file", **params)


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GBK (Chinese Excel's CSV); anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise _file_error(QT_TRANSLATE_NOOP(
            "Errors", "The CSV file is UTF-16; save it as “CSV UTF-8” or “CSV (comma delimited)” and try again."))
    for encoding in ("utf-8-sig", "gbk"):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(encoding)
    raise _file_error(QT_TRANSLATE_NOOP(
        "Errors", "The CSV file is neither UTF-8 nor GBK; save it as “CSV UTF-8” and try again."))


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text; integral floats lose their ``.0`` and other floats keep repr."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """The cells of an .xlsx first sheet or a .csv file, as text rows (header first)."""
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if suffix == "csv":
        text = decode_csv(data)
        first = text.split("\n", 1)[0]
        delimiter = "\t" if "\t" in first and "," not in first else ","
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    if suffix == "xlsx":
        from openpyxl import load_workbook  # only when a workbook is read

        try:  # data_only: a formula cell gives the value Excel last computed
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
            return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        except Exception:  # openpyxl raises many kinds for a damaged or mislabelled file
            raise _file_error(QT_TRANSLATE_NOOP("Errors", "{file} is not a readable XLSX workbook."),
                              file=filename) from None
    raise _file_error(QT_TRANSLATE_NOOP("Errors", "Import an .xlsx or .csv file, not {file}."), file=filename)


def _header_key(text: str) -> str:
    text = re.sub(r"[（(].*?[)）]", "", text)  # 成本价(元) -> 成本价
    return re.sub(r"[\s_\-.*#:：]+", "", text).lower()


def map_header(header: Sequence[str]) -> dict[Column, int]:
    positions: dict[Column, int] = {}
    for index, text in enumerate(header):
        column = _HEADER_LOOKUP.get(_header_key(text))
        if column in positions:
            raise _file_error(QT_TRANSLATE_NOOP("Errors", "The column “{column}” appears twice."),
                              column=HEADERS[column])
        if column is not None:
            positions[column] = index
    missing = [HEADERS[c] for c in REQUIRED if c not in positions]
    if missing:
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "The file has no column {columns} in its first row."),
                          columns="、".join(missing))
    return positions


def parse_sheet(data: bytes, filename: str) -> ParsedSheet:
    table = read_table(data, filename)
    if not table or not any(cell.strip() for cell in table[0]):
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "The file is empty: its first row must hold the headers."))
    return parse_rows(table[0], enumerate(table[1:], start=2))


def parse_rows(header: Sequence[str], rows: Iterable[tuple[int, Sequence[str]]]) -> ParsedSheet:
    """Checks every row; a row with any problem is rejected with all its reasons."""
    positions = map_header(header)
    records, rejected, first_row = [], [], {}
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # blank lines between blocks are common in hand-kept lists
        cell = {c: (cells[i] if i < len(cells) else "") for c, i in positions.items()}
        record, problems = _check_row(number, cell)
        part_no = cell[Column.PART_NO].strip()
        if part_no and part_no in first_row:
            problems.append(_problem(QT_TRANSLATE_NOOP("Errors", "part number {part_no} repeats row {first}"),
                                     Column.PART_NO, part_no=part_no, first=first_row[part_no]))
        first_row.setdefault(part_no, number)
        if problems:
            rejected.append(RejectedRow(number, part_no, tuple(problems)))
        else:
            records.append(record)
    return ParsedSheet(frozenset(positions), tuple(records), tuple(rejected))


def _check_row(number: int, cell: dict[Column, str]) -> tuple[Any, list[ValidationError]]:
    problems: list[ValidationError] = []

    def check(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as error:
            problems.append(error)

    values = {
        "part_no": check(check_part_no, cell[Column.PART_NO]),
        "name": check(check_name, cell[Column.NAME]),
        "compatible_models": check(check_models, cell.get(Column.MODELS, "")) or (),
        "category": check(check_category, cell.get(Column.CATEGORY)),
        "is_wear_part": check(check_flag, cell.get(Column.WEAR, ""), Column.WEAR),
        "unit_of_measure": check(check_unit, cell[Column.UNIT]),
        "cost_price": check(check_price, cell[Column.COST], Column.COST),
        "fee_price": check(check_price, cell[Column.FEE], Column.FEE),
        "reorder_level": check(check_reorder_level, cell.get(Column.REORDER, "")),
        "active": check(check_flag, cell.get(Column.ACTIVE, "").strip() or "是", Column.ACTIVE),  # blank: active
    }
    blank = [c for c in (Column.COST, Column.FEE) if not cell[c].strip()]
    if len(blank) == 1:
        problems.append(_problem(QT_TRANSLATE_NOOP("Errors", "{column} is missing (give both prices or neither)"),
                                 blank[0], column=HEADERS[blank[0]]))
    return (None if problems else PartRecord(row=number, **values)), problems
