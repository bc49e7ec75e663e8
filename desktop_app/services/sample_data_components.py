"""The rest of a manufacturer's spare-parts list: the small components of every model (D6, D9, W6).

The sample repairs use the common parts of ``sample_data_catalogue.PARTS``; a real catalogue also
lists each model's buttons, chips, screws and labels, so the catalogue, stock and fee-schedule
screens show a few hundred parts. A separate random stream: adding them changes no sample claim.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import MovementKind
from desktop_app.db.models import FeeSchedule, FeeScheduleItem, Part, StockMovement
from desktop_app.services.sample_data_catalogue import CATEGORY_NAMES, PRICE_RISE, PRODUCTS, scaled_price
from desktop_app.services.sample_data_support import at_cst, insert_plain, insert_records

# suffix, name, kind, wear part (W6), cost range in yuan, unit
COMPONENTS = (
    ("BTN", "复位按键", "switch", False, (2, 6), "个"),
    ("LED", "指示灯板", "board", False, (12, 40), "块"),
    ("PHY", "网口PHY芯片", "chip", False, (15, 60), "片"),
    ("XFMR", "网络变压器", "chip", False, (4, 12), "个"),
    ("FLASH", "Flash存储芯片", "chip", False, (18, 45), "片"),
    ("XTAL", "25MHz晶振", "chip", False, (1, 4), "个"),
    ("CAP", "电解电容套件", "capacitor", False, (6, 20), "套"),
    ("SINK", "芯片散热片", "heatsink", False, (5, 18), "个"),
    ("PANEL", "前面板", "housing", True, (15, 50), "块"),
    ("FUSE", "保险丝", "fuse", True, (1, 3), "个"),
    ("SCREW", "螺丝套件", "hardware", True, (2, 6), "套"),
    ("LABEL", "铭牌标签", "label", True, (1, 2), "张"),
    ("FEET", "橡胶脚垫(4只)", "hardware", True, (1, 3), "套"),
    ("BATT", "纽扣电池CR2032", "battery", True, (2, 5), "个"),
)


def add_component_parts(session: Session, seed: int, start: dt.date, by_id: int | None) -> tuple[int, int]:
    """Each model's components with prices in every fee schedule and an opening stock; nothing twice.

    Returns the parts and the stock movements added."""
    rng = random.Random(f"{seed}/components")
    wanted = [(f"{suffix}-{model}", f"{model} {name}", kind, wear, low, high, uom, model)
              for model, *_rest in PRODUCTS for suffix, name, kind, wear, (low, high), uom in COMPONENTS]
    present = set(session.scalars(select(Part.part_no).where(Part.part_no.in_([w[0] for w in wanted]))))
    fresh = [w for w in wanted if w[0] not in present]
    if not fresh:
        return 0, 0
    records = [{"part_no": no, "name": name, "compatible_models": [model], "category": CATEGORY_NAMES[kind],
                "is_wear_part": wear, "unit_of_measure": uom, "reorder_level": 5 if wear else 1, "active": True}
               for no, name, kind, wear, _low, _high, uom, model in fresh]
    insert_records(session, Part, records)
    costs = {record["id"]: Decimal(rng.randint(low * 2, high * 2)) / 2
             for record, (_no, _n, _k, _w, low, high, _u, _m) in zip(records, fresh)}
    schedules = list(session.scalars(select(FeeSchedule).order_by(FeeSchedule.effective_from)))
    items = []
    for index, schedule in enumerate(schedules):
        factor = Decimal(1) if index == 0 else PRICE_RISE ** index
        for part_id, cost in costs.items():
            items.append({"schedule_id": schedule.id, "part_id": part_id, "cost_price": scaled_price(str(cost), factor),
                          "fee_price": scaled_price(str(cost * Decimal("1.3")), factor)})
    insert_plain(session, FeeScheduleItem, items)
    movements = 0
    if by_id is not None:
        movements = insert_plain(session, StockMovement, [
            {"part_id": record["id"], "kind": MovementKind.RECEIPT, "quantity": rng.randint(0, 12) or 2,
             "at": at_cst(start, 10), "by_id": by_id, "reason": "期初库存", "is_tool_check_in": False}
            for record in records])
    return len(records), movements
