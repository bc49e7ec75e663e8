"""The fixed vocabularies the domain rules speak in (stored by value in the database)."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ClaimChannel(StrEnum):
    """How the claim reached the counter (rule S2 lists the remote channels)."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    MAIL = "mail"  # sent in by post/courier: rule W7 applies
    FAX = "fax"
    EMAIL = "email"
    QQ = "qq"
    WEBSITE = "website"
    ON_SITE_REQUEST = "on_site_request"  # rules S2, S3: a technician goes to the customer


class Remedy(StrEnum):
    """What the customer may get (rules W2–W5, W8)."""

    RETURN = "return"  # W2 only, needs manager approval (W9)
    EXCHANGE = "exchange"  # W2, W3
    FREE_REPAIR = "free_repair"  # W2–W4
    PAID_REPAIR = "paid_repair"  # W5, W10, W11
    NEGOTIATED = "negotiated"  # W8: escalated, mandatory note


class CostBearer(StrEnum):
    """Who bears the centre's cost under the dealer agreement (rules D11–D14)."""

    MANUFACTURER_DOA = "manufacturer_doa"  # D11
    MANUFACTURER_EARLY_DEFECT = "manufacturer_early_defect"  # D12
    FUND_IN_WARRANTY = "fund_in_warranty"  # D13
    FUND_OUT_OF_WARRANTY = "fund_out_of_warranty"  # D14
    CUSTOMER = "customer"  # paid repair, user damage (W5, W11)


class ClaimStatus(StrEnum):
    OPEN = "open"
    AWAITING_APPROVAL = "awaiting_approval"  # a return waits for the manager (W9)
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class CallChannel(StrEnum):
    PHONE = "phone"
    FAX = "fax"
    LETTER = "letter"
    EMAIL = "email"
    QQ = "qq"
    WEBSITE = "website"


class WorkOrderKind(StrEnum):
    BENCH = "bench"
    ON_SITE = "on_site"  # S2, S3
    INSTALLATION = "installation"  # E12
    VISIT = "visit"  # E13 regular visit to a key customer


class WorkOrderState(StrEnum):
    RECEIVED = "received"
    DISPATCHED = "dispatched"
    DIAGNOSING = "diagnosing"
    AWAITING_APPROVAL = "awaiting_approval"  # the customer decides on a quote
    AWAITING_PARTS = "awaiting_parts"
    REPAIRING = "repairing"
    REPAIRED = "repaired"
    READY_FOR_PICKUP = "ready_for_pickup"
    SHIPPED_BACK = "shipped_back"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class CauseClass(StrEnum):
    QUALITY_DEFECT = "quality_defect"
    USER_DAMAGE = "user_damage"  # W11
    NOT_REPRODUCIBLE = "not_reproducible"


class PartCharge(StrEnum):
    CUSTOMER = "customer"  # wear parts (W6), paid repairs (W5)
    FUND = "fund"  # D13, D14
    MANUFACTURER = "manufacturer"  # D11, D12


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    ISSUE = "issue"
    RETURN_TO_STOCK = "return_to_stock"
    ADJUSTMENT = "adjustment"


class ShippingMethod(StrEnum):
    NORMAL = "normal"
    EMS = "ems"  # urgent: D8
    RAIL_EXPRESS = "rail_express"
    AIR = "air"


class RequisitionStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"  # over quota (D6)
    SUBMITTED = "submitted"
    SHIPPED = "shipped"  # parts ship with goods (D8)
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"  # 结束剩余: the rest will not come; only what arrived counts (D6)
    CANCELLED = "cancelled"


class FundEntryKind(StrEnum):
    ACCRUAL = "accrual"  # D4: rate x remittance
    CHARGE = "charge"  # D5, D13, D14: repair costs
    CARRY_FORWARD = "carry_forward"
    EXCESS_PAID = "excess_paid"  # D4: the centre pays the quarter's excess


class ReturnStatus(StrEnum):
    DRAFT = "draft"
    APPLIED = "applied"  # D15: the written application with its detailed list
    APPROVED = "approved"
    SHIPPED = "shipped"
    ACKNOWLEDGED = "acknowledged"  # D16: the manufacturer's count stands
    REFUSED = "refused"


class ComplaintChannel(StrEnum):
    CALL = "call"
    LETTER = "letter"
    VISIT = "visit"


class ComplaintCategory(StrEnum):
    QUARREL = "quarrel"  # E21
    ASKING_FOR_MONEY = "asking_for_money"  # E21
    LATE_PERSONAL = "late_personal"  # E21
    REPEAT_REPAIR_PERSONAL = "repeat_repair_personal"  # E21
    ATTITUDE = "attitude"  # E3
    NON_QUALITY = "non_quality"  # E5
    DESIGN_DEFECT = "design_defect"  # E6
    OTHER = "other"


class ComplaintStatus(StrEnum):
    REGISTERED = "registered"
    VERIFIED = "verified"
    REJECTED = "rejected"


class DemeritKind(StrEnum):
    MAJOR = "major"  # 记大过, E21
    CRITICISM = "criticism"  # E3


class FineReason(StrEnum):
    """The four fines of rule E23."""

    LEFT_WITHOUT_CALLING_HQ = "left_without_calling_hq"
    LATE_ARRIVAL = "late_arrival"
    INCOMPLETE_REPORT = "incomplete_report"
    DISOBEYED_DISPATCH = "disobeyed_dispatch"


class FineStatus(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
