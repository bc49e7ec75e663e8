"""The product catalogue's fields and its import file as rows: model, name, category code, accessories (W2, W4)."""

# Layout (Decision): as the parts list (core/parts_import_rows): the first sheet of an .xlsx or a .csv
# in UTF-8 or GBK, one header row, columns found by header in any order, Chinese or English. Required:
# 型号 名称 类别; optional: 随机附件 (short names split on 、 ; ，, or a line break). An absent
# accessories column leaves existing models' lists alone. Row numbers are the spreadsheet's own.

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.core.parts_import_rows import read_table
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

MAX_MODEL, MAX_NAME, MAX_CODE, MAX_CATEGORY_NAME = 100, 200, 50, 100
MAX_ACCESSORY, MAX_ACCESSORIES = 50, 30  # a checklist the operator ticks at intake (W2)
# The policy names categories by code (W4): letters, digits, "-" and "_", as the fault catalogue's codes.
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_ACCESSORY_SPLIT = re.compile(r"[、;；,，\n\r]+")


class Column(StrEnum):
    """A file column, named after the Product attribute it fills (category: the category's code)."""

    MODEL, NAME, CATEGORY, ACCESSORIES = "model", "name", "category", "accessories"


HEADERS: dict[Column, str] = {Column.MODEL: "型号", Column.NAME: "名称", Column.CATEGORY: "类别",
                              Column.ACCESSORIES: "随机附件"}
REQUIRED = (Column.MODEL, Column.NAME, Column.CATEGORY)
_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.MODEL: ("型号", "产品型号", "机型", "model", "productmodel"),
    Column.NAME: ("名称", "产品名称", "品名", "name", "productname", "description"),
    Column.CATEGORY: ("类别", "类别代码", "产品类别", "分类", "category", "categorycode"),
    Column.ACCESSORIES: ("随机附件", "附件", "配件清单", "accessories", "accessory"),
}
_HEADER_LOOKUP = {alias: column for column, aliases in _ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class ModelRecord:  # one accepted row, cleaned; accessories None: the file has no accessories column
    row: int
    model: str
    name: str
    category: str  # as written: a code (or a category's Chinese name), resolved by the service
    accessories: tuple[str, ...] | None


@dataclass(frozen=True)
class RejectedModelRow:
    row: int
    model: str
    problems: tuple[ValidationError, ...]

    def render(self, translate: Any = lambda context, text: text) -> str:  # "row N: reason; reason"
        reasons = "; ".join(p.render(translate) for p in self.problems)
        return translate("Errors", QT_TRANSLATE_NOOP("Errors", "row {row}: {reason}")).format(row=self.row,
                                                                                              reason=reasons)


@dataclass(frozen=True)
class ModelSheet:
    records: tuple[ModelRecord, ...]
    rejected: tuple[RejectedModelRow, ...]


# -- field checks (shared by the forms and the import) -----------------------------------------------

def _clean(text: str | None, field: str, limit: int, missing: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(missing, field=field)
    if any(unicodedata.category(char) == "Cc" for char in value):  # a NUL fails on PostgreSQL
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Remove the control characters from this entry."),
                              field=field)
    if len(value) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Shorten this entry to at most {n} characters."),
                              field=field, n=limit)
    return value


def model_key(model: str) -> str:
    """Two models are the same if they differ only in case or surrounding spaces."""
    return model.strip().casefold()


def check_model(text: str | None) -> str:
    return _clean(text, "model", MAX_MODEL, QT_TRANSLATE_NOOP("Errors", "Enter the product model."))


def check_model_name(text: str | None) -> str:
    return _clean(text, "name", MAX_NAME, QT_TRANSLATE_NOOP("Errors", "Enter the product name."))


def check_code(text: str | None) -> str:
    code = _clean(text, "code", MAX_CODE, QT_TRANSLATE_NOOP("Errors", "Enter the category code."))
    if not CODE.fullmatch(code):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The category code “{code}” may hold only letters, digits, “-” and “_”."), field="code", code=code)
    return code


def check_category_name(text: str | None, field: str) -> str:
    return _clean(text, field, MAX_CATEGORY_NAME, QT_TRANSLATE_NOOP("Errors", "Enter the category's Chinese name."))


def check_english_name(text: str | None) -> str:
    """Optional: a centre in China may not know it; the English window then shows the Chinese name."""
    return _clean(text, "name_en", MAX_CATEGORY_NAME, "") if (text or "").strip() else ""


def check_accessories(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Short names, in order, each once; split on 、 or ; when given as one text (W2's checklist)."""
    items = _ACCESSORY_SPLIT.split(value) if isinstance(value, str) else list(value or ())
    names = tuple(dict.fromkeys(item.strip() for item in items if item and item.strip()))
    for name in names:
        if any(unicodedata.category(char) == "Cc" for char in name):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Remove the control characters from this entry."),
                                  field="accessories")
        if len(name) > MAX_ACCESSORY:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The accessory “{name}” is longer than {n} characters: give its short name."),
                field="accessories", name=name[:20] + "…", n=MAX_ACCESSORY)
    if len(names) > MAX_ACCESSORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "List at most {n} accessories."),
                              field="accessories", n=MAX_ACCESSORIES)
    return names


# -- the import file -----------------------------------------------------------------------------------

def _header_key(text: str) -> str:
    text = re.sub(r"[（(].*?[)）]", "", text)  # 类别(代码) -> 类别
    return re.sub(r"[\s_\-.*#:：/]+", "", text).lower()


def map_header(header: Sequence[str]) -> dict[Column, int]:
    positions: dict[Column, int] = {}
    for index, text in enumerate(header):
        column = _HEADER_LOOKUP.get(_header_key(text))
        if column in positions:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The column “{column}” appears twice."),
                                  field="file", column=HEADERS[column])
        if column is not None:
            positions[column] = index
    missing = [HEADERS[c] for c in REQUIRED if c not in positions]
    if missing:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no column {columns} in its first row."),
                              field="file", columns="、".join(missing))
    return positions


def parse_model_sheet(data: bytes, filename: str) -> ModelSheet:
    table = read_table(data, filename)
    if not table or not any(cell.strip() for cell in table[0]):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty: its first row must hold the headers."),
                              field="file")
    return parse_model_rows(table[0], enumerate(table[1:], start=2))


def parse_model_rows(header: Sequence[str], rows: Iterable[tuple[int, Sequence[str]]]) -> ModelSheet:
    """Checks every row; a row with any problem is rejected with all its reasons."""
    positions = map_header(header)
    records, rejected, first_row = [], [], {}
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # blank lines between blocks
        cell = {c: (cells[i] if i < len(cells) else "") for c, i in positions.items()}
        problems: list[ValidationError] = []
        values: dict[str, Any] = {}
        for name, check, text in (("model", check_model, cell[Column.MODEL]),
                                  ("name", check_model_name, cell[Column.NAME]),
                                  ("category", _check_category_cell, cell[Column.CATEGORY]),
                                  ("accessories", check_accessories, cell.get(Column.ACCESSORIES, ""))):
            try:
                values[name] = check(text)
            except ValidationError as error:
                problems.append(_named(error, name))
        model = cell[Column.MODEL].strip()
        key = model_key(model)
        if key and key in first_row:
            problems.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "model {model} repeats row {first}"),
                                            field="model", model=model, first=first_row[key]))
        first_row.setdefault(key, number)
        if problems:
            rejected.append(RejectedModelRow(number, model, tuple(problems)))
        else:
            if Column.ACCESSORIES not in positions:
                values["accessories"] = None
            records.append(ModelRecord(row=number, **values))
    return ModelSheet(tuple(records), tuple(rejected))


def _check_category_cell(text: str) -> str:
    value = text.strip()
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the category is missing"), field="category")
    return value


def _named(error: ValidationError, name: str) -> ValidationError:
    """A form's message points at its field; in a file's row it names the column it is about."""
    if name in ("model", "name") and error.template in (
            QT_TRANSLATE_NOOP("Errors", "Shorten this entry to at most {n} characters."),
            QT_TRANSLATE_NOOP("Errors", "Remove the control characters from this entry.")):
        template = (QT_TRANSLATE_NOOP("Errors", "{column} is longer than {n} characters")
                    if "n" in error.params else QT_TRANSLATE_NOOP("Errors", "{column} contains control characters"))
        return ValidationError(template, field=name, column=HEADERS[Column(name)], **error.params)
    return error
