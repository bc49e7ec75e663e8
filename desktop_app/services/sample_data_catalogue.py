"""Sample staff, product catalogue, parts, fee schedules and warranty policy; reused when present."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.passwords import hash_password
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import MovementKind
from desktop_app.core.warranty_policy import DEFAULT_POLICY
from desktop_app.db.models import (
    FaultCategory,
    FeeSchedule,
    FeeScheduleItem,
    FundRateVersion,
    LabourRate,
    Part,
    Product,
    ProductCategory,
    Staff,
    StockMovement,
    WarrantyPolicyVersion,
)
from desktop_app.services.sample_data_names import FAULTS, FAULTS_BY_CATEGORY
from desktop_app.services.sample_data_support import at_cst, insert_plain, insert_records

DEMO_PASSWORD = "demo-pass-2026"

# username, display name, role, phone. The manager is only added when the database has none.
DEMO_MANAGER = ("gm.zhou", "周建国", Role.MANAGER, "13802561234")
DEMO_STAFF = (
    ("sup.zhang", "张伟", Role.SUPERVISOR, "13922876510"),
    ("tech.li", "李强", Role.TECHNICIAN, "13760231178"),
    ("tech.wang", "王磊", Role.TECHNICIAN, "15013846622"),
    ("tech.chen", "陈志明", Role.TECHNICIAN, "18676450391"),
    ("op.liu", "刘芳", Role.OPERATOR, "13528893045"),
    ("op.zhao", "赵敏", Role.OPERATOR, "17722605518"),
)

# code, name_zh, name_en. Industrial Ethernet gets the 5-year free repair (rule W4).
CATEGORIES = (
    ("industrial_ethernet", "工业以太网交换机", "Industrial Ethernet switch"),
    ("switch", "商用交换机", "Commercial switch"),
    ("router", "路由器", "Router"),
    ("media_converter", "光纤收发器", "Media converter"),
    ("wireless", "无线AP", "Wireless access point"),
)

_IES_ACC = ["电源端子", "DIN导轨卡扣", "说明书"]
_RACK_ACC = ["电源线", "安装支架", "橡胶脚垫", "说明书"]
# model, name, category, serial prefix, relative frequency at the counter, accessories
PRODUCTS = (
    ("IES-2005", "5口百兆非网管工业以太网交换机", "industrial_ethernet", "IE05", 5, _IES_ACC),
    ("IES-2008G", "8口千兆非网管工业以太网交换机", "industrial_ethernet", "IE8G", 8, _IES_ACC),
    ("IES-3016GF", "16电+4光千兆网管型工业以太网交换机", "industrial_ethernet", "IEGF", 5, _IES_ACC),
    ("IES-5028M", "28口三层网管型工业以太网交换机", "industrial_ethernet", "IE28", 3, _IES_ACC + ["Console线"]),
    ("IES-P208G", "8口千兆PoE工业以太网交换机", "industrial_ethernet", "IEP8", 4, _IES_ACC),
    ("S1016D", "16口百兆桌面交换机", "switch", "S16D", 6, ["电源适配器", "说明书"]),
    ("S2326TP", "24口百兆二层网管交换机", "switch", "S26T", 7, _RACK_ACC),
    ("S5720-28P", "24口千兆三层网管交换机(4 SFP)", "switch", "S728", 8, _RACK_ACC + ["Console线"]),
    ("S5730-52X", "48口千兆三层交换机(4×10G SFP+)", "switch", "S752", 3, _RACK_ACC + ["Console线"]),
    ("R3040E", "企业级千兆VPN路由器", "router", "R304", 6, ["电源适配器", "网线", "说明书"]),
    ("R5120G", "多WAN口企业级路由器", "router", "R512", 4, ["电源线", "网线", "说明书"]),
    ("AR1220-S", "多业务接入路由器", "router", "AR12", 3, ["电源线", "Console线", "安装支架", "说明书"]),
    ("MC-100S20", "百兆单模单纤光纤收发器(20km)", "media_converter", "MC10", 6, ["电源适配器", "说明书"]),
    ("MC-1000S40", "千兆单模双纤光纤收发器(40km)", "media_converter", "MC1K", 5, ["电源适配器", "说明书"]),
    ("AP3010DN", "吸顶式双频无线AP", "wireless", "AP30", 5, ["电源适配器", "吸顶安装支架", "说明书"]),
    ("AP6050-WALL", "86面板式双频无线AP", "wireless", "AP60", 3, ["面板安装螺钉", "说明书"]),
)

_IES_SMALL = "IES-2005 IES-2008G IES-P208G"
_IES_ALL = "IES-2005 IES-2008G IES-3016GF IES-5028M IES-P208G"
_OPTICS = "IES-3016GF IES-5028M S5720-28P S5730-52X"
_RACK = "S2326TP S5720-28P S5730-52X AR1220-S"
# part no, name, kind, wear part (rule W6), compatible models (blank: any), cost, fee, unit
# Part categories as a Chinese centre writes them in its catalogue (free text there); the generator
# picks parts by the code (sample_data_orders.PART_KINDS). A catalogue filled before they were
# Chinese still reads: an unknown category is taken as the code itself.
CATEGORY_NAMES: dict[str, str] = {
    "power": "电源", "mainboard": "主板", "fan": "风扇", "optics": "光模块", "port": "网口", "antenna": "天线",
    "poe": "PoE供电", "housing": "外壳", "adapter": "电源适配器", "cable": "线缆", "terminal": "接线端子",
    "bracket": "安装件", "manual": "说明书", "packaging": "包装", "switch": "按键", "board": "电路板",
    "chip": "芯片", "capacitor": "电容", "heatsink": "散热片", "fuse": "保险丝", "hardware": "紧固件",
    "label": "标签", "battery": "电池",
}
_KIND_OF_CATEGORY = {name: code for code, name in CATEGORY_NAMES.items()}


def category_kind(category: str | None) -> str:
    """The generator's code of a stored category (see CATEGORY_NAMES)."""
    return _KIND_OF_CATEGORY.get(category or "", category or "")


PARTS = (
    ("PB-IES-24V", "工业交换机电源板(24VDC)", "power", False, _IES_SMALL + " IES-3016GF", "145", "188", "块"),
    ("PSU-IES-5028", "IES-5028M冗余电源模块", "power", False, "IES-5028M", "420", "546", "个"),
    ("PB-S2300", "二层交换机电源板", "power", False, "S2326TP", "98", "128", "块"),
    ("PSU-150W-AC", "150W交流电源模块", "power", False, "S5720-28P S5730-52X", "360", "468", "个"),
    ("PB-R3000", "路由器电源板", "power", False, "R3040E R5120G", "88", "115", "块"),
    ("PSU-AR1220", "AR1220电源模块", "power", False, "AR1220-S", "160", "208", "个"),
    ("MB-IES-2008G", "IES-2008G/2005主板", "mainboard", False, "IES-2008G IES-2005", "380", "494", "块"),
    ("MB-IES-3016GF", "IES-3016GF主板", "mainboard", False, "IES-3016GF", "720", "936", "块"),
    ("MB-S5720-28P", "S5720-28P主板", "mainboard", False, "S5720-28P", "980", "1274", "块"),
    ("MB-S2326TP", "S2326TP/S1016D主板", "mainboard", False, "S2326TP S1016D", "320", "416", "块"),
    ("MB-R3040E", "R3040E/R5120G主板", "mainboard", False, "R3040E R5120G", "420", "546", "块"),
    ("MB-AP3010", "无线AP主板", "mainboard", False, "AP3010DN AP6050-WALL", "260", "338", "块"),
    ("MB-MC", "光纤收发器主板", "mainboard", False, "MC-100S20 MC-1000S40", "65", "85", "块"),
    ("FAN-4010-12V", "散热风扇40×40mm 12V", "fan", False, "S5720-28P S2326TP R5120G AR1220-S", "18", "25", "个"),
    ("FAN-6025-12V", "散热风扇60×60mm 12V", "fan", False, "S5730-52X", "35", "46", "个"),
    ("SFP-GE-LX-SM1310", "千兆单模光模块1310nm 10km", "optics", False, _OPTICS, "55", "75", "个"),
    ("SFP-GE-SX-MM850", "千兆多模光模块850nm 550m", "optics", False, _OPTICS, "42", "58", "个"),
    ("SFP-10G-SR", "万兆多模光模块850nm 300m", "optics", False, "S5730-52X", "120", "160", "个"),
    ("OPT-MC-20", "收发器光器件(单纤20km)", "optics", False, "MC-100S20", "38", "52", "个"),
    ("OPT-MC-40", "收发器光器件(双纤40km)", "optics", False, "MC-1000S40", "68", "92", "个"),
    ("PORT-RJ45-8", "8口RJ45网口及变压器组件", "port", False,
     _IES_ALL + " S1016D S2326TP S5720-28P R3040E", "12", "18", "套"),
    ("ANT-DB-5DBI", "双频内置天线(5dBi)", "antenna", False, "AP3010DN AP6050-WALL", "15", "22", "副"),
    ("POE-CTRL-8", "PoE供电模块(8口)", "poe", False, "IES-P208G S5720-28P", "85", "110", "块"),
    ("HSG-IES-S", "工业交换机铝合金外壳", "housing", True, _IES_SMALL, "60", "80", "套"),
    ("HSG-1U", "1U机架式外壳", "housing", True, _RACK, "120", "156", "套"),
    ("HSG-AP", "吸顶AP外壳", "housing", True, "AP3010DN", "25", "35", "套"),
    ("ADP-12V1A", "电源适配器12V/1A", "adapter", True, "S1016D R3040E MC-100S20 MC-1000S40 AP3010DN", "18", "25", "个"),
    ("ADP-48V-POE", "PoE电源适配器48V", "adapter", True, "AP3010DN AP6050-WALL", "45", "60", "个"),
    ("CBL-RJ45-1.5M", "超五类网线1.5米", "cable", True, "", "3.50", "5", "根"),
    ("CBL-PWR-CN", "国标电源线1.8米", "cable", True, _RACK + " R5120G", "8", "12", "根"),
    ("CBL-CONSOLE", "Console配置线", "cable", True, "IES-5028M S5720-28P S5730-52X AR1220-S", "12", "18", "根"),
    ("TRM-3P-5.08", "3P接线端子(5.08mm)", "terminal", True, _IES_ALL, "2.50", "4", "个"),
    ("DIN-CLIP", "DIN导轨卡扣", "bracket", True, _IES_ALL, "5", "8", "个"),
    ("DOC-MANUAL", "产品说明书", "manual", True, "", "1.50", "2", "本"),
    ("PKG-BOX", "原厂包装盒", "packaging", True, "", "6", "9", "个"),
)

# code, name_zh, name_en, amount in the first schedule (E11 quotes).
LABOUR = (
    ("bench_labour", "检测维修工时费", "Bench repair labour", "80.00"),
    ("firmware_labour", "固件刷写费", "Firmware reflash", "30.00"),
    ("onsite_labour", "上门服务工时费", "On-site service labour", "200.00"),
    ("travel_local", "市内交通费", "Local travel", "50.00"),
    ("travel_remote", "市外差旅费(每天)", "Out-of-town travel per day", "300.00"),
)
PRICE_RISE = Decimal("1.06")  # the newer schedule: the manufacturer raised prices 6 %


@dataclass(frozen=True)
class ProductInfo:
    id: int
    model: str
    category: str
    accessories: tuple[str, ...]
    serial_prefix: str
    weight: int


@dataclass(frozen=True)
class PartInfo:
    id: int
    part_no: str
    name: str
    kind: str
    wear: bool
    models: frozenset[str]
    reorder_level: int

    def fits(self, model: str) -> bool:
        return not self.models or model in self.models


@dataclass(frozen=True)
class PriceList:
    effective_from: dt.date
    parts: dict[int, tuple[Decimal, Decimal]]  # part id -> (cost price, fee price)
    labour: dict[str, Decimal]


@dataclass
class Catalogue:
    """Plain ids and facts the claim generator needs; no live ORM objects."""

    manager_id: int
    supervisor_id: int
    technician_ids: list[int]
    operator_ids: list[int]
    products: list[ProductInfo]
    fault_ids: dict[tuple[str, str], int]
    parts: list[PartInfo]
    price_lists: list[PriceList]
    policy_version_id: int
    on_hand: dict[int, int]
    created: Counter[str] = field(default_factory=Counter)

    def prices_on(self, day: dt.date) -> PriceList:
        """The fee schedule in force on ``day`` (D6, D9); the oldest one before any."""
        dates = [p.effective_from for p in self.price_lists]
        return self.price_lists[max(0, bisect_right(dates, day) - 1)]


def ensure_catalogue(session: Session, rng: random.Random, start: dt.date) -> Catalogue:
    """Create whatever part of the catalogue is missing; reuse rows that exist (by natural key)."""
    created: Counter[str] = Counter()
    staff = _ensure_staff(session, start, created)
    # The first-run general manager if there is one, else the demo manager: approves returns (W9).
    manager_id = session.scalar(select(func.min(Staff.id)).where(Staff.role == Role.MANAGER))
    categories = _ensure_by_key(
        session, ProductCategory, ProductCategory.code,
        [{"code": c, "name_zh": zh, "name_en": en} for c, zh, en in CATEGORIES], created, "categories",
    )
    products = _ensure_by_key(
        session, Product, Product.model,
        [{"model": m, "name": n, "category_id": categories[c], "accessories": list(acc), "active": True}
         for m, n, c, _prefix, _w, acc in PRODUCTS],
        created, "products",
    )
    fault_ids = _ensure_faults(session, categories, created)
    new_parts = _missing_keys(session, Part.part_no, [p[0] for p in PARTS])
    parts = _ensure_by_key(
        session, Part, Part.part_no,
        [{"part_no": no, "name": name, "compatible_models": models.split(), "category": CATEGORY_NAMES[kind],
          "is_wear_part": wear, "unit_of_measure": uom, "reorder_level": 10 if wear else rng.randint(2, 6),
          "active": True}
         for no, name, kind, wear, models, _cost, _fee, uom in PARTS],
        created, "parts",
    )
    price_lists = _ensure_fee_schedules(session, parts, start, created)
    policy_id = _ensure_policy(session, manager_id, start, created)
    _ensure_fund_rate(session, manager_id, start, created)
    part_infos = _part_infos(session, parts)
    _opening_stock(session, rng, [parts[no] for no in new_parts], part_infos, staff["sup.zhang"], start, created)
    on_hand = session.execute(
        select(StockMovement.part_id, func.sum(StockMovement.quantity)).group_by(StockMovement.part_id)
    ).all()
    return Catalogue(
        manager_id=manager_id,
        supervisor_id=staff["sup.zhang"],
        technician_ids=[staff[u] for u, _n, r, _p in DEMO_STAFF if r is Role.TECHNICIAN],
        operator_ids=[staff[u] for u, _n, r, _p in DEMO_STAFF if r is Role.OPERATOR],
        products=[ProductInfo(products[m], m, c, tuple(acc), prefix, w)
                  for m, _n, c, prefix, w, acc in PRODUCTS],
        fault_ids=fault_ids,
        # Only parts every schedule prices (a schedule entered by hand may lack some).
        parts=[p for p in part_infos.values() if all(p.id in prices.parts for prices in price_lists)],
        price_lists=price_lists,
        policy_version_id=policy_id,
        on_hand={pid: int(qty) for pid, qty in on_hand},
        created=created,
    )


def _ensure_staff(session: Session, start: dt.date, created: Counter[str]) -> dict[str, int]:
    existing = dict(session.execute(select(Staff.username, Staff.id)).all())
    has_manager = session.scalar(select(func.count()).select_from(Staff).where(Staff.role == Role.MANAGER))
    wanted = list(DEMO_STAFF) + ([] if has_manager else [DEMO_MANAGER])
    missing = [s for s in wanted if s[0] not in existing]
    if missing:
        password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow on purpose: hash once, share it
        records = [
            {"username": u, "display_name": n, "role": r, "phone": p, "password_hash": password_hash,
             "active": True, "failed_sign_ins": 0, "created_at": at_cst(start, 9), "row_version": 1}
            for u, n, r, p in missing
        ]
        insert_records(session, Staff, records)
        existing.update({r["username"]: r["id"] for r in records})
        created["staff"] += len(records)
    return existing


def _missing_keys(session: Session, column, keys: list[str]) -> list[str]:
    present = set(session.scalars(select(column).where(column.in_(keys))))
    return [k for k in keys if k not in present]


def _ensure_by_key(session, model, column, records, created: Counter[str], label: str) -> dict[str, int]:
    key = column.key
    keys = [r[key] for r in records]
    existing = dict(session.execute(select(column, model.id).where(column.in_(keys))).all())
    missing = [r for r in records if r[key] not in existing]
    insert_records(session, model, missing)
    existing.update({r[key]: r["id"] for r in missing})
    created[label] += len(missing)
    return existing


def _ensure_faults(
    session: Session, categories: dict[str, int], created: Counter[str]
) -> dict[tuple[str, str], int]:
    code_of = {cid: code for code, cid in categories.items()}
    existing = {
        (code_of.get(cat_id), code): fid
        for fid, cat_id, code in session.execute(
            select(FaultCategory.id, FaultCategory.product_category_id, FaultCategory.code)
        )
    }
    missing = [
        {"product_category_id": categories[cat], "code": code, "name_zh": FAULTS[code][0],
         "name_en": FAULTS[code][1], "active": True, "_key": (cat, code)}
        for cat, codes in FAULTS_BY_CATEGORY.items() for code in codes if (cat, code) not in existing
    ]
    insert_records(session, FaultCategory, missing)
    existing.update({r["_key"]: r["id"] for r in missing})
    created["fault_categories"] += len(missing)
    return existing


def _ensure_fee_schedules(
    session: Session, parts: dict[str, int], start: dt.date, created: Counter[str]
) -> list[PriceList]:
    """Two schedule versions (D6): one from the start, a dearer one from last New Year."""
    if session.scalar(select(func.count()).select_from(FeeSchedule)) == 0:
        newer = dt.date(start.year + 5, 1, 1)
        schedules = [
            {"effective_from": start, "note": f"维修收费标准 {start.year}版", "created_at": at_cst(start, 9),
             "_factor": Decimal(1)},
            {"effective_from": newer, "note": f"维修收费标准 {newer.year}版(上调6%)",
             "created_at": at_cst(newer, 9), "_factor": PRICE_RISE},
        ]
        insert_records(session, FeeSchedule, schedules)
        items, rates = [], []
        for schedule in schedules:
            for no, _n, _k, _w, _m, cost, fee, _u in PARTS:
                items.append({"@schedule": schedule, "part_id": parts[no],
                              "cost_price": scaled_price(cost, schedule["_factor"]),
                              "fee_price": scaled_price(fee, schedule["_factor"])})
            for code, zh, en, amount in LABOUR:
                rates.append({"@schedule": schedule, "code": code, "name_zh": zh, "name_en": en,
                              "amount": scaled_price(amount, schedule["_factor"])})
        insert_plain(session, FeeScheduleItem, items)
        insert_plain(session, LabourRate, rates)
        created["fee_schedules"] += len(schedules)
    lists = []
    for schedule in session.scalars(select(FeeSchedule).order_by(FeeSchedule.effective_from)):
        prices = {
            pid: (cost, fee)
            for pid, cost, fee in session.execute(
                select(FeeScheduleItem.part_id, FeeScheduleItem.cost_price, FeeScheduleItem.fee_price)
                .where(FeeScheduleItem.schedule_id == schedule.id)
            )
        }
        labour = dict(session.execute(
            select(LabourRate.code, LabourRate.amount).where(LabourRate.schedule_id == schedule.id)
        ).all())
        lists.append(PriceList(schedule.effective_from, prices, labour))
    return lists


def scaled_price(amount: str, factor: Decimal) -> Decimal:
    """Prices stay whole yuan, as in the manufacturer's printed schedule (except small parts)."""
    value = Decimal(amount) * factor
    step = Decimal("1") if value >= 10 else Decimal("0.5")
    return ((value / step).quantize(Decimal("1")) * step).quantize(Decimal("0.01"))


def _ensure_policy(session: Session, manager_id: int, start: dt.date, created: Counter[str]) -> int:
    """The warranty policy version claims are judged under (rule W12)."""
    existing = session.scalar(
        select(WarrantyPolicyVersion.id).where(WarrantyPolicyVersion.version == DEFAULT_POLICY.version)
    )
    if existing is not None:
        return existing
    record = {"version": DEFAULT_POLICY.version, "effective_from": start, "terms": DEFAULT_POLICY.to_dict(),
              "published_by_id": manager_id, "published_at": at_cst(start, 9)}
    insert_records(session, WarrantyPolicyVersion, [record])
    created["policy_versions"] += 1
    return record["id"]


def _ensure_fund_rate(session: Session, manager_id: int, start: dt.date, created: Counter[str]) -> None:
    """D4: the fund percentage is blank in the contract; the demo uses 3 %."""
    if session.scalar(select(func.count()).select_from(FundRateVersion)):
        return
    insert_plain(session, FundRateVersion, [{"effective_from": start, "rate_percent": Decimal("3.000"),
                                             "created_by_id": manager_id, "created_at": at_cst(start, 9)}])
    created["fund_rates"] += 1


def _part_infos(session: Session, parts: dict[str, int]) -> dict[int, PartInfo]:
    rows = session.execute(
        select(Part.id, Part.part_no, Part.name, Part.category, Part.is_wear_part, Part.compatible_models,
               Part.reorder_level).where(Part.id.in_(parts.values()))
    )
    return {
        pid: PartInfo(pid, no, name, category_kind(category), wear, frozenset(models or ()), level)
        for pid, no, name, category, wear, models, level in rows
    }


def _opening_stock(session, rng, new_part_ids, infos, by_id, start, created: Counter[str]) -> None:
    """期初库存: common parts are kept in stock (D8); wear parts in larger numbers."""
    records = [
        {"part_id": pid, "kind": MovementKind.RECEIPT,
         "quantity": rng.randint(20, 60) if infos[pid].wear else rng.randint(4, 15),
         "at": at_cst(start, 10), "by_id": by_id, "reason": "期初库存", "is_tool_check_in": False}
        for pid in new_part_ids
    ]
    created["stock_movements"] += insert_plain(session, StockMovement, records)
