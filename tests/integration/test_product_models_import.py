"""A list of product models imported from a file (window and ``service-counter products import``):
rejected rows named by row number, the accepted ones written all together or not at all (W2, W4)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry, Product
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import ValidationError
from desktop_app.gui.translations import translator_function
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue
from desktop_app.services.product_import import ProductImportService

LIST = ("型号,名称,类别,随机附件\n"
        "IES-2008G,8口千兆工业以太网交换机,industrial_ethernet,电源端子、DIN导轨卡扣;说明书\n"
        " s5720-28p ,24口千兆三层网管交换机,switch,电源线;安装支架\n"
        "R3040E,企业级VPN路由器,router,电源适配器\n"
        ",无型号,switch,\n"
        "S1016D,16口桌面交换机,商用交换机,电源适配器、说明书\n"
        "IES-2008G,重复,industrial_ethernet,\n")


def _manager(database: Database) -> Actor:
    return AccountService(database.sessions).create_first_manager("boss", "王总", "secret-123")


def _catalogue(database: Database, actor: Actor) -> None:
    catalogue = ProductCatalogue(database.sessions)
    catalogue.add_category(actor, CategoryInput("industrial_ethernet", "工业以太网交换机"))
    switch = catalogue.add_category(actor, CategoryInput("switch", "商用交换机"))
    catalogue.add_model(actor, ModelInput("S5720-28P", "千兆交换机", switch.id, ("电源线",)))


def _models(database: Database) -> dict[str, tuple[str, list[str]]]:
    with database.sessions.read() as s:
        return {p.model: (p.name, list(p.accessories)) for p in s.scalars(select(Product))}


def test_the_preview_names_each_rejected_row_and_writes_nothing(database: Database, tmp_path: Path) -> None:
    manager = _manager(database)
    _catalogue(database, manager)
    source = tmp_path / "型号清单.csv"
    source.write_bytes(LIST.encode("gbk"))  # as Chinese Excel saves a CSV
    preview = ProductImportService(database.sessions).preview(source)
    assert [c.model for c in preview.added] == ["IES-2008G", "S1016D"]  # S1016D: by the category's Chinese name
    assert [(c.model, [f.field for f in c.changes]) for c in preview.changed] == [
        ("S5720-28P", ["name", "accessories"])]  # the same model ignoring case and spaces
    zh = translator_function("zh_CN")
    rejected = {r.row: r.render(zh) for r in preview.rejected}
    assert set(rejected) == {4, 5, 7}
    assert "router" in rejected[4] and "类别" in rejected[4]  # an unknown category code is refused (W4)
    assert "型号" in rejected[5]
    assert "与第 2 行重复" in rejected[7]
    assert set(_models(database)) == {"S5720-28P"}


def test_applying_writes_every_accepted_row_in_one_go_and_intake_offers_them(database: Database,
                                                                           tmp_path: Path) -> None:
    manager = _manager(database)
    _catalogue(database, manager)
    source = tmp_path / "models.xlsx"
    book = Workbook()
    for row in [line.split(",") for line in LIST.splitlines()]:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    source.write_bytes(buffer.getvalue())
    result = ProductImportService(database.sessions).apply(manager, source)
    assert (len(result.added), len(result.changed), len(result.rejected)) == (2, 1, 3)
    models = _models(database)
    assert models["S5720-28P"] == ("24口千兆三层网管交换机", ["电源线", "安装支架"])  # its spelling is kept
    assert models["IES-2008G"] == ("8口千兆工业以太网交换机", ["电源端子", "DIN导轨卡扣", "说明书"])  # W2
    assert [m for m, _ in ClaimIntakeService(database.sessions).product_models()] == [
        "IES-2008G", "S1016D", "S5720-28P"]
    with database.sessions.read() as s:
        actions = sorted((e.entity, e.action) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity.in_(("product", "products_import")), AuditEntry.summary.is_not(None)
            | (AuditEntry.entity == "products_import"))))
    assert actions == [("product", "create"), ("product", "create"), ("product", "update"),
                       ("products_import", "import")]


def test_a_model_added_meanwhile_rolls_the_whole_import_back(database: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    manager = _manager(database)
    _catalogue(database, manager)
    source = tmp_path / "models.csv"
    source.write_text("型号,名称,类别\nR1,路由器,switch\nS5720-28P,千兆交换机,switch\n", encoding="utf-8")
    from desktop_app.services import product_import

    existing, calls = product_import._existing, []

    def planned_before_another_counter_saved(s):  # type: ignore[no-untyped-def]
        calls.append(1)  # the plan sees no S5720-28P: another counter adds it before the insert
        return {} if len(calls) == 1 else existing(s)

    monkeypatch.setattr(product_import, "_existing", planned_before_another_counter_saved)
    with pytest.raises(ValidationError) as refused:
        ProductImportService(database.sessions).apply(manager, source)
    assert refused.value.field == "file"
    assert "R1" not in _models(database)


def test_only_the_supervisor_and_the_manager_import(database: Database, tmp_path: Path) -> None:
    manager = _manager(database)
    _catalogue(database, manager)
    accounts = AccountService(database.sessions)
    accounts.add_user(manager, "op", "小陈", Role.OPERATOR, "secret-123")
    source = tmp_path / "models.csv"
    source.write_text("型号,名称,类别\nR1,路由器,switch\n", encoding="utf-8")
    with pytest.raises(MissingPermission):
        ProductImportService(database.sessions).apply(accounts.sign_in("op", "secret-123"), source)
    assert "R1" not in _models(database)


def test_a_file_without_the_required_columns_is_refused_whole(database: Database, tmp_path: Path) -> None:
    source = tmp_path / "models.csv"
    source.write_text("型号,随机附件\nR1,电源线\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        ProductImportService(database.sessions).preview(source)
    assert "名称、类别" in refused.value.render(translator_function("zh_CN"))


# --- the command line ---------------------------------------------------------------------------------

@pytest.fixture
def cli_url(sqlite_url: str) -> str:
    database = open_database(make_url(sqlite_url))
    try:
        _catalogue(database, _manager(database))
    finally:
        database.dispose()
    return sqlite_url


def test_products_import_from_the_command_line(cli_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "models.csv"
    source.write_bytes(LIST.encode("utf-8-sig"))
    assert main(["--language", "en", "--database-url", cli_url, "products", "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "added 2, changed 1, unchanged 0, rejected 3" in out and "+ IES-2008G" in out
    assert "row 4: there is no product category “router”" in out
    assert main(["--database-url", cli_url, "products", "import", str(source), "--apply"]) == 0
    assert "(applied)" in capsys.readouterr().out
    assert main(["--database-url", cli_url, "products", "list", "ies"]) == 0
    out = capsys.readouterr().out
    assert "industrial_ethernet\t工业以太网交换机" in out and "long repair (W4)" in out
    assert "models: 1" in out and "IES-2008G\t8口千兆工业以太网交换机\tindustrial_ethernet\t电源端子、DIN导轨卡扣、说明书" in out
