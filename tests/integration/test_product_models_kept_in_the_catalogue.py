"""A centre keeps its product categories and models itself: a fresh installation (no demo data) takes
claims on the models it added (W2 accessories, W4 categories named by the policy)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import AuditEntry, Product
from desktop_app.db.opening import Database
from desktop_app.errors import ChangedConcurrently, ValidationError
from desktop_app.gui.translations import translator_function
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimListing
from desktop_app.services.product_catalogue import CategoryInput, ModelInput, ProductCatalogue, ProductModelListing

TODAY = dt.date.today()


@pytest.fixture
def staff(database: Database) -> dict[str, Actor]:
    """Only the accounts: no product line, no sample data, as on the day a centre installs the app."""
    accounts = AccountService(database.sessions)
    actors = {"manager": accounts.create_first_manager("boss", "王总", "secret-123")}
    for username, role in (("sup", Role.SUPERVISOR), ("tech", Role.TECHNICIAN), ("op", Role.OPERATOR)):
        accounts.add_user(actors["manager"], username, username, role, "secret-123")
        actors[username] = accounts.sign_in(username, "secret-123")
    return actors


@pytest.fixture
def catalogue(database: Database) -> ProductCatalogue:
    return ProductCatalogue(database.sessions)


def _claim(model: str, serial: str, sold: dt.date, accessories: tuple[str, ...] = ()) -> IntakeForm:
    return IntakeForm(customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
                      unit=UnitInput(product_model=model, serial=serial, sale_date=sold),
                      channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=accessories)


def test_a_fresh_installation_takes_a_claim_on_a_model_it_added(database, staff, catalogue) -> None:
    intake = ClaimIntakeService(database.sessions)
    with pytest.raises(FormInvalid):  # before: every model is refused
        intake.take_in(staff["op"], _claim("IES-2008G", "IE8G-0001", TODAY - dt.timedelta(days=800)))
    category = catalogue.add_category(staff["sup"], CategoryInput("industrial_ethernet", "工业以太网交换机",
                                                                  "Industrial Ethernet switch"))
    catalogue.add_model(staff["sup"], ModelInput("IES-2008G", "8口千兆工业以太网交换机", category.id,
                                                 "电源端子、DIN导轨卡扣;说明书"))
    assert intake.product_models() == [("IES-2008G", "8口千兆工业以太网交换机")]
    # 1,200 days after the sale: past the usual 36 months, within the category's 60 (W4)
    saved = intake.take_in(staff["op"], _claim("IES-2008G", "IE8G-0001", TODAY - dt.timedelta(days=1200),
                                               ("电源端子", "DIN导轨卡扣", "说明书")))
    assert saved.chosen is Remedy.FREE_REPAIR  # rule W4: 5 years for the industrial Ethernet category
    preview = intake.preview(_claim("IES-2008G", "IE8G-0002", TODAY - dt.timedelta(days=10), ("电源端子",)))
    assert preview.accessories == ("电源端子", "DIN导轨卡扣", "说明书")  # rule W2: the model's checklist


def test_a_deactivated_model_leaves_intake_but_its_old_claims_keep_it(database, staff, catalogue) -> None:
    category = catalogue.add_category(staff["manager"], CategoryInput("router", "路由器", "Router"))
    model = catalogue.add_model(staff["manager"], ModelInput("R3040E", "企业级VPN路由器", category.id, ("电源适配器",)))
    intake = ClaimIntakeService(database.sessions)
    saved = intake.take_in(staff["op"], _claim("R3040E", "R304-1", TODAY - dt.timedelta(days=100), ("电源适配器",)))
    catalogue.set_model_active(staff["sup"], model.id, False)
    assert intake.product_models() == []
    row = ClaimListing(database.sessions).fetch(0, 10)[0]
    assert (row.number, row.product_model) == (saved.number, "R3040E")
    assert catalogue.get_model("r3040e").active is False
    assert catalogue.set_model_active(staff["sup"], model.id, True).active is True
    assert intake.product_models() == [("R3040E", "企业级VPN路由器")]


def test_a_model_is_unique_ignoring_case_and_spaces(staff, catalogue) -> None:
    category = catalogue.add_category(staff["sup"], CategoryInput("switch", "商用交换机"))
    catalogue.add_model(staff["sup"], ModelInput("S5720-28P", "千兆交换机", category.id))
    with pytest.raises(FormInvalid) as refused:
        catalogue.add_model(staff["sup"], ModelInput("  s5720-28p ", "另一个", category.id))
    assert refused.value.field == "model"
    assert "型号 S5720-28P 已在产品目录中" in refused.value.render(translator_function("zh_CN"))


def test_every_wrong_field_is_named_in_chinese(staff, catalogue) -> None:
    with pytest.raises(FormInvalid) as refused:
        catalogue.add_category(staff["sup"], CategoryInput("工业 以太网", "", ""))
    zh = translator_function("zh_CN")
    messages = {e.field: e.render(zh) for e in refused.value.errors}
    assert set(messages) == {"code", "name_zh"}
    assert "类别代码" in messages["code"] and "中文名称" in messages["name_zh"]
    with pytest.raises(FormInvalid) as refused:
        catalogue.add_model(staff["sup"], ModelInput("", "", None, ("x" * 60,)))
    messages = {e.field: e.render(zh) for e in refused.value.errors}
    assert set(messages) == {"model", "name", "category", "accessories"}
    assert "型号" in messages["model"] and "名称" in messages["name"] and "附件" in messages["accessories"]
    assert "类别" in messages["category"]


def test_a_category_code_in_use_cannot_change_but_its_names_can(staff, catalogue) -> None:
    """Rule W4: the policy names categories by code; renaming a used code would move models out of it."""
    ie = catalogue.add_category(staff["sup"], CategoryInput("industrial_ethernet", "工业交换机"))
    assert ie.code_locked and ie.long_repair  # the default policy names it
    with pytest.raises(FormInvalid) as refused:
        catalogue.edit_category(staff["sup"], ie.id, CategoryInput("ie", "工业交换机"))
    assert refused.value.field == "code"
    renamed = catalogue.edit_category(staff["sup"], ie.id, CategoryInput("industrial_ethernet", "工业以太网交换机",
                                                                         "Industrial Ethernet"))
    assert (renamed.name_zh, renamed.name_en) == ("工业以太网交换机", "Industrial Ethernet")
    typo = catalogue.add_category(staff["sup"], CategoryInput("swtich", "商用交换机"))
    assert not typo.code_locked
    fixed = catalogue.edit_category(staff["sup"], typo.id, CategoryInput("switch", "商用交换机"))
    catalogue.add_model(staff["sup"], ModelInput("S1016D", "16口桌面交换机", fixed.id))
    assert [c.code_locked for c in catalogue.categories() if c.code == "switch"] == [True]
    with pytest.raises(FormInvalid):
        catalogue.edit_category(staff["sup"], fixed.id, CategoryInput("desktop_switch", "商用交换机"))
    with pytest.raises(FormInvalid) as taken:  # unique ignoring case
        catalogue.add_category(staff["sup"], CategoryInput("SWITCH", "交换机"))
    assert taken.value.field == "code"


def test_only_the_supervisor_and_the_manager_keep_the_catalogue(staff, catalogue) -> None:
    for who in ("op", "tech"):
        with pytest.raises(MissingPermission):
            catalogue.add_category(staff[who], CategoryInput("router", "路由器"))
    category = catalogue.add_category(staff["manager"], CategoryInput("router", "路由器"))
    with pytest.raises(MissingPermission):
        catalogue.add_model(staff["op"], ModelInput("R1", "路由器", category.id))
    assert catalogue.add_model(staff["sup"], ModelInput("R1", "路由器", category.id)).model == "R1"


def test_changes_are_audited_and_a_stale_form_is_refused(database, staff, catalogue) -> None:
    category = catalogue.add_category(staff["sup"], CategoryInput("router", "路由器"))
    loaded = catalogue.add_model(staff["sup"], ModelInput("R1", "路由器", category.id, ("电源适配器",)))
    catalogue.edit_model(staff["manager"], loaded.id, ModelInput("R1", "企业路由器", category.id, ("电源适配器", "网线")),
                         loaded=loaded)
    with pytest.raises(ChangedConcurrently):  # the supervisor's form still shows the old row
        catalogue.edit_model(staff["sup"], loaded.id, ModelInput("R1", "路由器", category.id), loaded=loaded)
    assert catalogue.get_model(loaded.id).accessories == ("电源适配器", "网线")
    with database.sessions.read() as s:
        entries = [(e.entity, e.action, e.user_id) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
                   if e.entity in ("product", "product_category")]
        changed = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "product",
                                                            AuditEntry.action == "update"))
    assert entries == [("product_category", "create", staff["sup"].staff_id),
                       ("product", "create", staff["sup"].staff_id), ("product", "update", staff["manager"].staff_id)]
    assert changed["name"] == {"old": "路由器", "new": "企业路由器"}


def test_thousands_of_models_are_paged_and_searched(database, staff, catalogue) -> None:
    first = catalogue.add_category(staff["sup"], CategoryInput("switch", "商用交换机"))
    second = catalogue.add_category(staff["sup"], CategoryInput("router", "路由器"))
    with database.sessions.write() as s, s.begin():
        s.add_all([Product(model=f"S{n:04d}", name=f"交换机{n}", category_id=first.id) for n in range(450)])
        s.add(Product(model="R3040E", name="VPN路由器", category_id=second.id, active=False))
    listing = ProductModelListing(database.sessions)
    assert listing.count() == 451 and len(listing.fetch(400, 200)) == 51
    assert [r.model for r in listing.fetch(0, 5, "vpn")] == ["R3040E"]
    listing.category_id = second.id
    assert listing.count() == 1
    listing.active_only = True
    assert listing.count() == 0
    assert [c.models for c in catalogue.categories()] == [1, 450]  # ordered by code: router, switch


def test_an_unknown_category_is_refused_at_its_field(staff, catalogue) -> None:
    with pytest.raises(FormInvalid) as refused:
        catalogue.add_model(staff["sup"], ModelInput("R1", "路由器", 999))
    assert refused.value.field == "category"
    with pytest.raises(ValidationError):
        catalogue.edit_category(staff["sup"], 999, CategoryInput("router", "路由器"))
