"""Every record type, action, document and field the services write to the audit log has a label in
both languages; read from the source with ``ast``, so a new audit call cannot slip past unlabelled."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import Enum as SqlEnum
from sqlalchemy import inspect

import desktop_app
from desktop_app.core.assessment import RuleTerms
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db import models as m
from desktop_app.gui import audit_labels as labels
from desktop_app.gui.audit_table_model import _CODED, CHANGES, ENTITY, ACTION, AuditTableModel
from desktop_app.services import centre_settings, unit_labels
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue
from desktop_app.start import prepare_application

PACKAGE = Path(desktop_app.__file__).resolve().parent
SCANNED = (PACKAGE / "services", PACKAGE / "commands")
CHINESE = re.compile(r"[\u3400-\u9fff]")
# What the scanner cannot follow, by (module, function, expression): the values, read from the code.
KNOWN = {("unit_labels.py", "make_label", "entity"): {unit_labels.CLAIM, unit_labels.WORK_ORDER}}
# The model each record type's changes come from (changes_of / created_values); None: hand-made keys.
ENTITY_MODELS: dict[str, type | None] = {
    "staff": m.Staff, "claim": m.Claim, "customer": m.Customer, "unit": m.Unit, "work_order": m.WorkOrder,
    "requisition": m.Requisition, "call": m.Call, "survey": m.Survey, "remittance": m.Remittance,
    "fund_rate": m.FundRateVersion, "fund_ledger": m.FundLedgerEntry, "stock_movement": m.StockMovement,
    "part": m.Part, "fault_category": m.FaultCategory, "return_application": m.ReturnApplication,
    "complaint": m.Complaint, "demerit": m.Demerit, "fine": m.Fine, "rule_acknowledgement": m.RuleAcknowledgement,
    "warranty_policy": None, "assessment_rule_set": None, "fee_schedule": None, "parts_import": None,
    "parts": None, "monthly_report": None, "sample_data": None, "fund": None, "month": None,
    "product_category": m.ProductCategory, "product": m.Product, "products_import": None,
    "centre_settings": None, "signed_evaluation_month": m.SignedEvaluationMonth,
}


class Unresolved(Exception):
    pass


@dataclasses.dataclass
class Site:
    path: Path
    function: ast.AST | None  # the enclosing function, None at module level
    node: ast.AST

    def where(self) -> str:
        name = getattr(self.function, "name", "<module>")
        return f"{self.path.name}:{getattr(self.node, 'lineno', '?')} in {name}: {ast.unparse(self.node)[:80]}"


class Scan:
    """The audit writers in some source trees, and the literal names they pass."""

    def __init__(self, *roots: Path) -> None:
        self.sites: list[Site] = []  # every node, with where it is
        self.parents: dict[ast.AST, ast.AST] = {}
        self.paths: dict[ast.AST, Path] = {}
        for root in roots:
            for path in sorted(root.rglob("*.py")):
                tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
                for parent in ast.walk(tree):
                    for child in ast.iter_child_nodes(parent):
                        self.parents[child] = parent
                    self.paths[parent] = path
        self.calls = [n for n in self.paths if isinstance(n, ast.Call)]
        self.classes = {n.name: n for n in self.paths if isinstance(n, ast.ClassDef)}
        self.unresolved: list[str] = []
        self.known_used: set[tuple[str, str, str]] = set()

    # -- where a node is ----------------------------------------------------------------------
    def enclosing(self, node: ast.AST, kinds: tuple[type, ...]) -> ast.AST | None:
        while (node := self.parents.get(node)) is not None:
            if isinstance(node, kinds):
                return node
        return None

    def function(self, node: ast.AST) -> ast.AST | None:
        return self.enclosing(node, (ast.FunctionDef, ast.AsyncFunctionDef))

    def site(self, node: ast.AST) -> Site:
        return Site(self.paths[node], self.function(node), node)

    # -- the writers --------------------------------------------------------------------------
    @staticmethod
    def arg(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
        if index < len(call.args):
            return call.args[index]
        return next((k.value for k in call.keywords if k.arg == keyword), None)

    def writes(self) -> Iterator[tuple[str, str, str]]:
        """(entity, action, where) for every audit entry any code path can write. Entity and action are
        followed separately, so a helper's pairs may be over-counted: harmless, labels are per name."""
        for call in self.calls:
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            owner = getattr(func.value, "id", None) if isinstance(func, ast.Attribute) else None
            if owner == "audit_trail" and name == "record":
                pairs = [(self.arg(call, 2, "entity"), self.arg(call, 4, "action"))]
            elif owner == "audit_trail" and name == "record_many":
                pairs = [(t.elts[0], t.elts[2]) for t in self.tuples(self.arg(call, 2, "entries"))]
            else:
                continue
            for entity, action in pairs:
                for e in self.values(entity):
                    for a in self.values(action):
                        yield e, a, self.site(call).where()

    def documents(self) -> set[str]:
        return {d for call in self.calls if getattr(call.func, "id", None) == "PrintEntry"
                for d in self.values(self.arg(call, 1, "document"))}

    # -- literal values of an expression, following names back to where they come from ---------
    def values(self, node: ast.AST | None, seen: frozenset = frozenset()) -> set[str]:
        if node is None or node in seen:
            return set()
        seen = seen | {node}
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return self.values(node.body, seen) | self.values(node.orelse, seen)
        site = self.site(node)
        key = (site.path.name, getattr(site.function, "name", ""), ast.unparse(node))
        if key in KNOWN:
            self.known_used.add(key)
            return set(KNOWN[key])
        try:
            if isinstance(node, ast.Name):
                return self.name_values(node, site, seen)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                return self.field_values(node, site, seen)
            raise Unresolved
        except Unresolved:
            self.unresolved.append(site.where())
            return set()

    def name_values(self, node: ast.Name, site: Site, seen: frozenset) -> set[str]:
        """A local assignment, else the callers' arguments for a parameter, else a module constant."""
        scope = site.function or self.enclosing(node, (ast.Module,))
        found: set[str] | None = None
        for assign in ast.walk(scope):
            if not isinstance(assign, ast.Assign) or not (site.function or self.parents.get(assign) is scope):
                continue
            for target in assign.targets:
                if isinstance(target, ast.Name) and target.id == node.id:
                    found = (found or set()) | self.values(assign.value, seen)
                elif isinstance(target, ast.Tuple) and any(getattr(t, "id", None) == node.id for t in target.elts):
                    if not isinstance(assign.value, ast.Tuple):
                        raise Unresolved  # unpacked from a call: see KNOWN
                    value = assign.value.elts[[getattr(t, "id", None) for t in target.elts].index(node.id)]
                    found = (found or set()) | self.values(value, seen)
        if found is not None:
            return found
        if site.function is not None and node.id in self.params(site.function):
            return self.from_callers(site.function, node.id, seen)
        if site.function is not None:  # a module constant
            return self.name_values(node, Site(site.path, None, node), seen)
        raise Unresolved

    @staticmethod
    def params(function: ast.AST) -> list[str]:
        a = function.args
        return [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]

    def from_callers(self, function: ast.AST, param: str, seen: frozenset) -> set[str]:
        """The parameter's values at every call that fits the function's signature."""
        cls = self.enclosing(function, (ast.ClassDef,))
        method = isinstance(self.parents.get(function), ast.ClassDef) and not any(
            getattr(d, "id", None) == "staticmethod" for d in function.decorator_list)
        a = function.args
        positional = [p.arg for p in (*a.posonlyargs, *a.args)]
        defaults = dict(zip(positional[len(positional) - len(a.defaults):], a.defaults, strict=True))
        defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True) if d is not None})
        found: set[str] = set()
        callers = 0
        for call in self.calls:
            func = call.func
            if getattr(func, "attr", getattr(func, "id", None)) != function.name:
                continue
            by_self = isinstance(func, ast.Attribute) and getattr(func.value, "id", None) in ("self", "cls")
            if by_self and self.enclosing(call, (ast.ClassDef,)) is not cls:
                continue  # another class's method of the same name
            names = positional[1:] if method and isinstance(func, ast.Attribute) else positional
            given = set(names[:len(call.args)]) | {k.arg for k in call.keywords}
            required = {p for p in names if p not in defaults} | {p.arg for p in a.kwonlyargs if p.arg not in defaults}
            if len(call.args) > len(names) and a.vararg is None or not required <= given:
                continue  # not a call of this function
            callers += 1
            if param in names[:len(call.args)]:
                found |= self.values(call.args[names.index(param)], seen)
            elif param in given:
                found |= self.values(next(k.value for k in call.keywords if k.arg == param), seen)
            else:
                found |= self.values(defaults[param], seen)
        if not callers:
            raise Unresolved
        return found

    def field_values(self, node: ast.Attribute, site: Site, seen: frozenset) -> set[str]:
        """``entry.entity`` where ``entry: PrintEntry`` is a parameter: the field at every construction."""
        if site.function is None:
            raise Unresolved
        arg = next((p for p in site.function.args.args if p.arg == node.value.id), None)
        cls = self.classes.get(getattr(getattr(arg, "annotation", None), "id", ""))
        if cls is None:
            raise Unresolved
        fields = [s for s in cls.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
        index = next((i for i, f in enumerate(fields) if f.target.id == node.attr), None)
        if index is None:
            raise Unresolved
        found: set[str] = set()
        for call in self.calls:
            if getattr(call.func, "id", None) == cls.name:
                value = self.arg(call, index, node.attr) or fields[index].value
                found |= self.values(value, seen)
        return found

    def tuples(self, node: ast.AST | None) -> list[ast.Tuple]:
        """The (entity, id, action, changes, summary) tuples a list of entries is built from."""
        if isinstance(node, ast.List):
            return [e for e in node.elts if isinstance(e, ast.Tuple)]
        if isinstance(node, ast.Name):
            scope = self.function(node)
        elif isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "self":
            scope = self.enclosing(node, (ast.ClassDef,))
        else:
            self.unresolved.append(self.site(node).where())
            return []
        built = [c.args[0] for c in ast.walk(scope) if isinstance(c, ast.Call) and getattr(c.func, "attr", "") == "append"
                 and ast.unparse(c.func.value) == ast.unparse(node) and isinstance(c.args[0], ast.Tuple)]
        if not built:
            self.unresolved.append(self.site(node).where())
        return built


@pytest.fixture(scope="module")
def scan() -> Scan:
    return Scan(*SCANNED)


@pytest.fixture(scope="module")
def written(scan) -> set[tuple[str, str]]:
    return {(e, a) for e, a, _ in scan.writes()}


def missing_labels(names: set[str], table: dict[str, str]) -> list[str]:
    """Names without a label, or whose label is not translated: in Chinese, then in English."""
    missing = sorted(n for n in names if n not in table)
    prepare_application(None)
    missing += [f"{n}: untranslated" for n in sorted(names & set(table))
                if not CHINESE.search(QCoreApplication.translate(labels.CONTEXT, table[n]))]
    prepare_application("en")
    missing += [f"{n}: no English" for n in sorted(names & set(table))
                if QCoreApplication.translate(labels.CONTEXT, table[n]) != table[n] or not table[n].strip()]
    prepare_application(None)
    return missing


def test_the_scanner_follows_every_audit_call(scan, written):
    assert scan.unresolved == []  # an entity or action the scanner cannot read: name it in KNOWN
    assert scan.known_used == set(KNOWN)  # no stale exceptions
    # through helpers and parameters: intake's pending entries, stock bookings, print entries
    assert {("customer", "create"), ("claim", "override_tier"), ("claim", "refuse_return"),
            ("stock_movement", "tool_check_in"), ("return_application", "refuse"), ("part", "update"),
            ("month", "print"), ("fund", "print"), ("work_order", "visit")} <= written
    assert len(written) > 80


def test_every_record_type_and_action_has_a_label_in_both_languages(written):
    assert missing_labels({e for e, _ in written}, labels.ENTITY_LABELS) == []
    assert missing_labels({a for _, a in written}, labels.ACTION_LABELS) == []


def test_every_printed_document_has_a_label(scan):
    documents = scan.documents()
    assert {"service_receipt", "unit_label", "fund_statement", "service_report"} <= documents
    assert missing_labels(documents, labels.DOCUMENT_LABELS) == []


def test_every_field_of_every_audited_record_has_a_label(written):
    assert sorted({e for e, _ in written} - set(ENTITY_MODELS)) == []  # a new record type: say where from
    fields = {a.key for model in ENTITY_MODELS.values() if model for a in inspect(model).column_attrs}
    fields |= {f.name for f in dataclasses.fields(PolicyTerms)}  # a published warranty policy
    fields |= set(RuleTerms(fines={}, attitude_bonus_deduction=Decimal(0)).to_dict())  # an assessment rule set
    # keys the services add by hand
    fields |= {"note", "late", "follow_up", "quota", "excess", "reason", "prices_from", "cost_price", "fee_price",
               "lines", "file", "received", "counted", "tier", "document", "target", "period", "copies",
               "language", "size", "paper", "claim_number", "fund_freight", "counts", "differing", "sent_on",
               "added", "changed", "unchanged", "rejected_rows", "schedule_id", "parts", "accepted",
               "old_serial", "new_serial", "part", "unit_price", "charged_to",
               "models_added", "models_changed", "models_unchanged"}
    fields |= set(centre_settings.KEYS)  # the centre settings, by their setting keys
    assert missing_labels(fields, labels.FIELD_LABELS) == []


def test_every_coded_column_of_an_audited_record_reads_by_its_name():
    missing = []
    for entity, model in ENTITY_MODELS.items():
        for column in inspect(model).columns if model else ():
            if isinstance(column.type, SqlEnum) and column.type.enum_class is not None:
                key = inspect(model).get_property_by_column(column).key
                if _CODED.get((entity, key)) is not column.type.enum_class:
                    missing.append((entity, key))
    assert missing == []


def test_a_new_audit_call_with_an_unknown_action_fails_the_guard(tmp_path):
    (tmp_path / "new_service.py").write_text(
        "from desktop_app.services import audit_trail\n\n\n"
        "def refund(s, actor, claim_id):\n"
        "    audit_trail.record(s, actor, 'claim', claim_id, 'refund_deposit', {'deposit': '100.00'})\n")
    scan = Scan(*SCANNED, tmp_path)
    actions = {a for _, a, _ in scan.writes()}
    assert missing_labels(actions, labels.ACTION_LABELS) == ["refund_deposit"]


def test_a_price_change_reads_in_chinese_in_the_viewer(qapp, database, manager):
    """Rule D6: a new fee price is audited with its old and new value and the day it applies from."""
    catalogue = PartsCatalogue(database.sessions)
    catalogue.add_part(manager, PartInput(part_no="PWR-01", name="电源板", cost_price="80.00", fee_price="120.00"),
                          prices_from=dt.date.today())
    catalogue.edit_part(manager, "PWR-01", PartInput(part_no="PWR-01", name="电源板（新版）", is_wear_part=True,
                                                    cost_price="80.00", fee_price="135.00"))
    model = AuditTableModel(AuditLog(database.sessions), manager)
    model.reload()
    assert [model.index(0, c).data() for c in (ENTITY, ACTION)] == ["配件", "修改"]
    text = model.index(0, CHANGES).data()
    assert "名称: 电源板 → 电源板（新版）" in text and "易损件: 否 → 是" in text
    assert "收费标准价: ¥120.00 → ¥135.00" in text and f"价格生效日期: {dt.date.today():%Y-%m-%d}" in text
    created = model.index(1, CHANGES).data()
    assert "配件编号: PWR-01" in created and "适用型号: []" in created
    columns = {a.key for a in inspect(m.Part).column_attrs} | {"fee_price", "cost_price", "prices_from"}
    for cell in (text, created, model.index(0, CHANGES).data(Qt.ItemDataRole.ToolTipRole)):  # and the tooltip
        assert not [name for name in columns if re.search(rf"(^|[ ;\n]){name}:", cell)]
