"""A real centre sets its own letterhead, on-site cities (S2), repeat-repair window (E16) and sign-in
locks: saved together by a manager, refused whole naming the bad field, audited, not overwritten by
a second manager's save, and printed on the next receipt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import AuditEntry, Product, ProductCategory, Setting
from desktop_app.db.opening import Database
from desktop_app.errors import ChangedConcurrently, ValidationError
from desktop_app.gui.translations import translator_function
from desktop_app.services import settings
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.centre_settings import CentreSettingsService
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.receipts import ReceiptService

TODAY = dt.date.today()
CHINESE = translator_function("zh_CN")


@pytest.fixture
def boss(database: Database) -> Actor:
    return AccountService(database.sessions).create_first_manager("boss", "王总", "secret-123")


@pytest.fixture
def deputy(database: Database, boss: Actor) -> Actor:
    AccountService(database.sessions).add_user(boss, "deputy", "李副总", Role.MANAGER, "secret-456")
    return AccountService(database.sessions).sign_in("deputy", "secret-456")


@pytest.fixture
def service(database: Database) -> CentreSettingsService:
    return CentreSettingsService(database.sessions)


def audit_entries(database: Database) -> list[AuditEntry]:
    with database.sessions.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "centre_settings").order_by(AuditEntry.id)))


def test_a_new_installation_shows_the_defaults_for_editing(service, boss):
    current = service.current(boss)
    assert (current.name, current.address, current.phone) == ("售后服务中心", "", "")
    assert current.on_site_cities == tuple(settings.DEFAULTS["service.on_site_cities"])  # rule S2 Decision
    assert (current.repeat_repair_days, current.idle_lock_minutes) == (90, 10)  # rule E16 Decision


def test_the_next_receipt_carries_the_letterhead_the_manager_saved(database, service, boss):
    loaded = service.current(boss)
    service.save(boss, loaded, dataclasses.replace(
        loaded, name=" 杭州华信通信售后服务中心 ", address="杭州市西湖区文三路 90 号", phone="0571-8888 6666"))
    with database.sessions.write() as s, s.begin():
        category = ProductCategory(code="switch", name_zh="商用交换机", name_en="Switch")
        s.add(category)
        s.flush()
        s.add(Product(model="S5720-28P", name="千兆交换机 28口", category_id=category.id, accessories=["电源线"]))
    saved = ClaimIntakeService(database.sessions).take_in(boss, IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="杭州"),
        unit=UnitInput(product_model="S5720-28P", serial="SW-L-1", sale_date=TODAY - dt.timedelta(days=10)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",)))
    pdf = ReceiptService(database.sessions).make_receipt(boss, saved.number, language="zh_CN", translate=CHINESE).content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    for printed in ("杭州华信通信售后服务中心", "杭州市西湖区文三路90号", "0571-88886666"):
        assert printed in text, printed


def test_cities_and_windows_are_stored_in_one_save_and_audited_old_to_new(database, service, boss):
    loaded = service.current(boss)
    stored = service.save(boss, loaded, dataclasses.replace(
        loaded, on_site_cities=("杭州", "宁波"), repeat_repair_days=60, idle_lock_minutes=0, lockout_minutes=15))
    assert stored.on_site_cities == ("杭州", "宁波") and stored.repeat_repair_days == 60
    with database.sessions.read() as s:
        assert settings.get(s, "service.on_site_cities") == ["杭州", "宁波"]  # rule S2: the desk offers these
        assert settings.get(s, "service.repeat_repair_days") == 60  # rule E16
        assert settings.get(s, "security.idle_lock_minutes") == 0
    [entry] = audit_entries(database)
    assert (entry.action, entry.user_id) == ("update", boss.staff_id)
    assert entry.changes == {
        "service.on_site_cities": {"old": ["深圳", "北京", "上海", "南京", "成都", "西安"], "new": ["杭州", "宁波"]},
        "service.repeat_repair_days": {"old": 90, "new": 60},
        "security.lockout_minutes": {"old": 5, "new": 15},
        "security.idle_lock_minutes": {"old": 10, "new": 0},
    }  # the settings left alone are neither written nor audited


@pytest.mark.parametrize(("change", "field", "chinese"), [
    ({"name": "  "}, "centre.name", "此项必填"),
    ({"phone": "0571\x008888"}, "centre.phone", "控制字符"),
    ({"on_site_cities": ()}, "service.on_site_cities", "城市"),
    ({"on_site_cities": ("杭州", " ")}, "service.on_site_cities", "必填"),
    ({"repeat_repair_days": 0}, "service.repeat_repair_days", "1 到 3650"),  # rule E16
    ({"idle_lock_minutes": -1}, "security.idle_lock_minutes", "0 到 480"),
])
def test_a_bad_value_is_refused_naming_its_field_and_nothing_is_saved(database, service, boss, change, field,
                                                                       chinese):
    loaded = service.current(boss)
    wanted = dataclasses.replace(loaded, address="杭州市西湖区文三路 90 号", **change)  # a good change alongside
    with pytest.raises(ValidationError) as refused:
        service.save(boss, loaded, wanted)
    assert refused.value.field == field
    message = refused.value.render(CHINESE)
    assert chinese in message and message != str(refused.value)  # in Chinese, not the English source
    assert service.current(boss) == loaded
    assert audit_entries(database) == []
    with database.sessions.read() as s:
        assert s.scalar(select(Setting).where(Setting.key == "centre.address")) is None


def test_only_a_manager_opens_or_saves_the_centre_settings(database, service, boss):
    AccountService(database.sessions).add_user(boss, "sup", "赵主管", Role.SUPERVISOR, "secret-789")
    supervisor = AccountService(database.sessions).sign_in("sup", "secret-789")
    loaded = service.current(boss)
    for call in (lambda: service.current(supervisor),
                 lambda: service.save(supervisor, loaded, dataclasses.replace(loaded, name="别的中心"))):
        with pytest.raises(MissingPermission) as refused:
            call()
        assert "中心设置" in refused.value.render(CHINESE)
    assert service.current(boss).name == "售后服务中心"


def test_a_second_manager_saving_the_same_setting_is_refused_naming_the_first(database, service, boss, deputy):
    mine, theirs = service.current(boss), service.current(deputy)
    service.save(deputy, theirs, dataclasses.replace(theirs, phone="0571-1111 2222"))
    with pytest.raises(ChangedConcurrently) as refused:
        service.save(boss, mine, dataclasses.replace(mine, phone="0571-3333 4444", name="杭州中心"))
    assert refused.value.field == "centre.phone"
    assert "李副总" in refused.value.render(CHINESE) and "未保存" in refused.value.render(CHINESE)
    assert (service.current(boss).phone, service.current(boss).name) == ("0571-1111 2222", "售后服务中心")
    # A setting the other manager left alone is saved, and theirs is kept.
    stored = service.save(boss, mine, dataclasses.replace(mine, name="杭州中心"))
    assert (stored.name, stored.phone) == ("杭州中心", "0571-1111 2222")


def test_saving_an_unchanged_form_writes_nothing(database, service, boss):
    loaded = service.current(boss)
    assert service.save(boss, loaded, dataclasses.replace(loaded, name=" 售后服务中心 ")) == loaded
    assert audit_entries(database) == []


def test_an_administrator_sets_and_shows_the_settings_from_the_command_line(database, db_url, capsys):
    assert main(["--database-url", db_url, "settings", "set", "service.on_site_cities", "杭州，宁波"]) == 0
    assert capsys.readouterr().out == "service.on_site_cities: 深圳,北京,上海,南京,成都,西安 -> 杭州,宁波\n"
    assert main(["--database-url", db_url, "settings", "set", "centre.name", "  "]) == 2
    assert capsys.readouterr().err == "service-counter: centre.name: 此项必填。\n"  # names the setting, in Chinese
    assert main(["--database-url", db_url, "settings", "set", "service.repeat_repair_days", "九十"]) == 2
    assert "service.repeat_repair_days: “九十”不是整数。" in capsys.readouterr().err
    assert main(["--database-url", db_url, "settings", "show"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert "service.on_site_cities\t杭州,宁波" in shown and "centre.name\t售后服务中心" in shown
    [entry] = audit_entries(database)  # the command line acts as the system, audited as such
    assert entry.user_id is None and entry.changes == {
        "service.on_site_cities": {"old": ["深圳", "北京", "上海", "南京", "成都", "西安"], "new": ["杭州", "宁波"]}}
