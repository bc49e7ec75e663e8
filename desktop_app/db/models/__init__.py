"""All mapped tables; importing this package registers every model on ``Base.metadata``."""

from desktop_app.db.models.assessment import (
    AssessmentRuleSet,
    Complaint,
    Demerit,
    Fine,
    RuleAcknowledgement,
)
from desktop_app.db.models.audit import AuditEntry, NumberSequence, PrintedDocument, Setting
from desktop_app.db.models.catalogue import (
    FaultCategory,
    FeeSchedule,
    FeeScheduleItem,
    LabourRate,
    Part,
    PartWearFlag,
    Product,
    ProductCategory,
)
from desktop_app.db.models.claims import Call, Claim, WarrantyPolicyVersion
from desktop_app.db.models.fund import (
    FundLedgerEntry,
    FundRateVersion,
    Remittance,
    ReturnApplication,
    ReturnLine,
)
from desktop_app.db.models.part_charges import PartChargeChange
from desktop_app.db.models.people import Customer, Staff, Unit
from desktop_app.db.models.sent_reports import SentMonthlyReport
from desktop_app.db.models.signed_sheets import SignedEvaluationMonth
from desktop_app.db.models.stock import Requisition, RequisitionLine, StockMovement
from desktop_app.db.models.visits import WorkOrderVisit
from desktop_app.db.models.work_orders import (
    Survey,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPart,
)

__all__ = [
    "AssessmentRuleSet", "AuditEntry", "Call", "Claim", "Complaint", "Customer", "Demerit",
    "FaultCategory", "FeeSchedule", "FeeScheduleItem", "Fine", "FundLedgerEntry",
    "FundRateVersion", "LabourRate", "NumberSequence", "Part", "PartChargeChange", "PartWearFlag", "PrintedDocument", "Product",
    "ProductCategory", "Remittance", "Requisition", "RequisitionLine", "ReturnApplication",
    "ReturnLine", "RuleAcknowledgement", "SentMonthlyReport", "SignedEvaluationMonth", "Setting", "Staff", "StockMovement", "Survey", "Unit",
    "WarrantyPolicyVersion", "WorkOrder", "WorkOrderEvent", "WorkOrderPart", "WorkOrderVisit",
]
