"""Sample assessment facts (E3, E21, E23, E24): a published rule set, acknowledgements, complaints, fines."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.assessment import RuleTerms, consequence
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    ComplaintCategory as C,
    ComplaintChannel,
    ComplaintStatus,
    FineReason,
    FineStatus,
)
from desktop_app.db.models import (
    AssessmentRuleSet,
    Complaint,
    Demerit,
    Fine,
    Product,
    RuleAcknowledgement,
    Staff,
    WorkOrder,
)
from desktop_app.services import numbering

DEMO_RULES = RuleTerms(
    fines={FineReason.LEFT_WITHOUT_CALLING_HQ: Decimal("50.00"), FineReason.LATE_ARRIVAL: Decimal("30.00"),
           FineReason.INCOMPLETE_REPORT: Decimal("20.00"), FineReason.DISOBEYED_DISPATCH: Decimal("100.00")},
    attitude_bonus_deduction=Decimal("200.00"),
)
_COMPLAINTS = (
    (C.ATTITUDE, "客户反映工程师电话中语气生硬，解释不耐心。"),
    (C.QUARREL, "工程师与客户就是否属于人为损坏发生争执。"),
    (C.LATE_PERSONAL, "约定上午九点上门，工程师因私事十一点才到。"),
    (C.NON_QUALITY, "客户认为取机等待时间过长。"),
    (C.DESIGN_DEFECT, "风扇位置靠近电源，长时间运行温度偏高，疑为设计缺陷。"),
    (C.OTHER, "客户对收费标准有疑问，已解释。"),
)
# Each sample complainant's phone, as the form stores it (E3, E5: the complaint is answered there).
_COMPLAINANTS = {"王先生": "13925481763", "李女士": "0755-26781234", "深圳市华信科技有限公司": "0755-83456789-801"}


def add_assessment(session: Session, rng: random.Random, today: dt.date, claims: int) -> int:
    """Adds the rule set once, then complaints and fines in proportion to the claims loaded."""
    rules = session.scalar(select(AssessmentRuleSet).order_by(AssessmentRuleSet.version).limit(1))
    manager = session.scalar(select(Staff).where(Staff.role == Role.MANAGER, Staff.active).limit(1))
    supervisor = session.scalar(select(Staff).where(Staff.role == Role.SUPERVISOR, Staff.active).limit(1))
    technicians = list(session.scalars(select(Staff).where(Staff.role == Role.TECHNICIAN, Staff.active)))
    if manager is None or supervisor is None or not technicians:
        return 0
    if rules is None:
        rules = AssessmentRuleSet(version=1, published_on=today - dt.timedelta(days=365), rules=DEMO_RULES.to_dict(),
                                  published_by_id=manager.id)
        session.add(rules)
        session.flush()
        staff = list(session.scalars(select(Staff).where(Staff.active)))
        for person in staff[:-1]:  # one person has not signed yet: their fines get flagged (E24)
            session.add(RuleAcknowledgement(rule_set_id=rules.id, staff_id=person.id,
                                            acknowledged_on=rules.published_on + dt.timedelta(days=rng.randint(1, 10))))
    added = 0
    products = list(session.scalars(select(Product.id).order_by(Product.id)))  # the seed picks, not the database
    for _ in range(max(2, claims // 40)):
        category, text = rng.choice(_COMPLAINTS)
        about = rng.choice(technicians)
        received = today - dt.timedelta(days=rng.randint(1, 150))
        upheld = rng.random() < 0.6
        complaint = Complaint(number=numbering.next_number(session, numbering.COMPLAINT, received),
                              received_via=rng.choice(list(ComplaintChannel)), received_on=received,
                              complainant=(complainant := rng.choice(list(_COMPLAINANTS))),
                              contact_phone=_COMPLAINANTS[complainant],
                              about_staff_id=None if category is C.DESIGN_DEFECT else about.id, category=category,
                              description=text, registered_by_id=supervisor.id,
                              status=ComplaintStatus.VERIFIED if upheld else ComplaintStatus.REJECTED,
                              findings="经电话回访核实" if upheld else "经核实与事实不符", verified_by_id=supervisor.id,
                              verified_at=dt.datetime.combine(received + dt.timedelta(days=2), dt.time(10),
                                                              tzinfo=dt.timezone.utc))
        if category is C.DESIGN_DEFECT:
            complaint.product_id = rng.choice(products) if products else None
        session.add(complaint)
        session.flush()
        kind = consequence(category) if upheld and complaint.about_staff_id else None
        if kind is not None:
            session.add(Demerit(staff_id=about.id, kind=kind, facts_on=received, rule_set_id=rules.id,
                                complaint_id=complaint.id, bonus_deduction=DEMO_RULES.attitude_bonus_deduction
                                if category is C.ATTITUDE else None, decided_by_id=supervisor.id, note=complaint.findings))
        added += 1
    # Late arrivals where the sample has them, else the hand-entered kinds (E23), in every state.
    orders = session.scalars(select(WorkOrder).where(WorkOrder.technician_id.is_not(None),
                                                     WorkOrder.completed_at.is_not(None))
                             .order_by(WorkOrder.id.desc()).limit(claims // 25 + 2))
    for order in orders:
        if session.scalar(select(Fine.id).where(Fine.work_order_id == order.id)):
            continue
        reason = FineReason.LATE_ARRIVAL if order.late_arrival else rng.choice(
            [FineReason.DISOBEYED_DISPATCH, FineReason.LEFT_WITHOUT_CALLING_HQ])
        status = rng.choice([FineStatus.SUGGESTED, FineStatus.CONFIRMED, FineStatus.DISMISSED])
        decided = status is not FineStatus.SUGGESTED
        session.add(Fine(staff_id=order.technician_id, reason=reason, facts_on=order.completed_at.date(),
                         rule_set_id=rules.id, work_order_id=order.id, amount=DEMO_RULES.fines[reason], status=status,
                         decided_by_id=supervisor.id if decided else None,
                         decision_reason="主管核实" if decided else None,
                         decided_at=order.completed_at + dt.timedelta(days=1) if decided else None))
        added += 1
    return added
