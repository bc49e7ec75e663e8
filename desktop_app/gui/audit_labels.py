"""The audit log's record types, actions, field names and documents in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.audit_field_labels import FIELD_LABELS  # the longest table, in a module of its own
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# One context for the whole audit log: the strings that lived in audit_table_model keep their
# translations. tests/gui/test_audit_labels.py finds every entity, action and document the services
# write, and every column of the audited models, and fails on one missing here.
CONTEXT = "AuditTableModel"

# Record types (AuditEntry.entity). One not listed here shows as its raw name.
ENTITY_LABELS: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("AuditTableModel", "Staff account"),
    "claim": QT_TRANSLATE_NOOP("AuditTableModel", "Claim"),
    "customer": QT_TRANSLATE_NOOP("AuditTableModel", "Customer"),
    "unit": QT_TRANSLATE_NOOP("AuditTableModel", "Product unit"),
    "work_order": QT_TRANSLATE_NOOP("AuditTableModel", "Work order"),
    "requisition": QT_TRANSLATE_NOOP("AuditTableModel", "Spare-part requisition"),
    "call": QT_TRANSLATE_NOOP("AuditTableModel", "Call"),
    "survey": QT_TRANSLATE_NOOP("AuditTableModel", "Satisfaction survey"),
    "warranty_policy": QT_TRANSLATE_NOOP("AuditTableModel", "Warranty policy"),
    "remittance": QT_TRANSLATE_NOOP("AuditTableModel", "Remittance"),
    "fund_rate": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund rate"),
    "fund_ledger": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund ledger"),
    "fund": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund"),
    "sample_data": QT_TRANSLATE_NOOP("AuditTableModel", "Sample data"),
    "part": QT_TRANSLATE_NOOP("AuditTableModel", "Spare part"),
    "parts": QT_TRANSLATE_NOOP("AuditTableModel", "Parts list"),
    "parts_import": QT_TRANSLATE_NOOP("AuditTableModel", "Parts list import"),
    "fee_schedule": QT_TRANSLATE_NOOP("AuditTableModel", "Fee schedule"),
    "stock_movement": QT_TRANSLATE_NOOP("AuditTableModel", "Stock movement"),
    "fault_category": QT_TRANSLATE_NOOP("AuditTableModel", "Fault category"),
    "product_category": QT_TRANSLATE_NOOP("AuditTableModel", "Product category"),
    "product": QT_TRANSLATE_NOOP("AuditTableModel", "Product model"),
    "products_import": QT_TRANSLATE_NOOP("AuditTableModel", "Product models import"),
    "return_application": QT_TRANSLATE_NOOP("AuditTableModel", "Return to the manufacturer"),
    "signed_evaluation_month": QT_TRANSLATE_NOOP("AuditTableModel", "Signed evaluation sheet"),
    "monthly_report": QT_TRANSLATE_NOOP("AuditTableModel", "Repair monthly report"),
    "month": QT_TRANSLATE_NOOP("AuditTableModel", "Monthly document"),
    "complaint": QT_TRANSLATE_NOOP("AuditTableModel", "Complaint"),
    "demerit": QT_TRANSLATE_NOOP("AuditTableModel", "Demerit"),
    "fine": QT_TRANSLATE_NOOP("AuditTableModel", "Fine"),
    "assessment_rule_set": QT_TRANSLATE_NOOP("AuditTableModel", "Assessment rule set"),
    "rule_acknowledgement": QT_TRANSLATE_NOOP("AuditTableModel", "Rule set acknowledgement"),
    "centre_settings": QT_TRANSLATE_NOOP("AuditTableModel", "Centre settings"),
}

# Actions (AuditEntry.action).
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Changed"),
    "sign_in": QT_TRANSLATE_NOOP("AuditTableModel", "Signed in"),
    "locked_out": QT_TRANSLATE_NOOP("AuditTableModel", "Locked after wrong passwords"),
    "reset_password": QT_TRANSLATE_NOOP("AuditTableModel", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditTableModel", "Own password changed"),
    "activate": QT_TRANSLATE_NOOP("AuditTableModel", "Reactivated"),
    "deactivate": QT_TRANSLATE_NOOP("AuditTableModel", "Deactivated"),
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "Printed"),
    "state_change": QT_TRANSLATE_NOOP("AuditTableModel", "Status changed"),
    "reassign": QT_TRANSLATE_NOOP("AuditTableModel", "Reassigned"),
    "complete": QT_TRANSLATE_NOOP("AuditTableModel", "Completed"),
    "cancel": QT_TRANSLATE_NOOP("AuditTableModel", "Cancelled"),
    "submit": QT_TRANSLATE_NOOP("AuditTableModel", "Submitted"),
    "ship": QT_TRANSLATE_NOOP("AuditTableModel", "Shipped"),
    "receive": QT_TRANSLATE_NOOP("AuditTableModel", "Received"),
    "approve_return": QT_TRANSLATE_NOOP("AuditTableModel", "Return approved"),
    "refuse_return": QT_TRANSLATE_NOOP("AuditTableModel", "Return refused"),
    "complete_return": QT_TRANSLATE_NOOP("AuditTableModel", "Return completed"),
    "override_tier": QT_TRANSLATE_NOOP("AuditTableModel", "Warranty tier overridden"),
    "settle_negotiation": QT_TRANSLATE_NOOP("AuditTableModel", "Negotiation settled (W8)"),
    "approve_over_quota": QT_TRANSLATE_NOOP("AuditTableModel", "Over-quota request approved"),
    "close_short": QT_TRANSLATE_NOOP("AuditTableModel", "Rest of the requisition closed"),
    "diagnosis": QT_TRANSLATE_NOOP("AuditTableModel", "Diagnosed"),
    "quote": QT_TRANSLATE_NOOP("AuditTableModel", "Quoted"),
    "quote_answer": QT_TRANSLATE_NOOP("AuditTableModel", "Customer answered the quote"),
    "quote_restored": QT_TRANSLATE_NOOP("AuditTableModel", "Revised quote refused: the accepted quote stands"),
    "parts_needed": QT_TRANSLATE_NOOP("AuditTableModel", "Waiting for parts"),
    "parts_issued": QT_TRANSLATE_NOOP("AuditTableModel", "Parts issued"),
    "parts_recharged": QT_TRANSLATE_NOOP("AuditTableModel", "Parts charged to another payer"),
    "customer_consent": QT_TRANSLATE_NOOP("AuditTableModel", "Customer agreed to pay for wear parts"),
    "drop_waiting_part": QT_TRANSLATE_NOOP("AuditTableModel", "Waiting part dropped"),
    "exchange": QT_TRANSLATE_NOOP("AuditTableModel", "Unit exchanged"),
    "visit": QT_TRANSLATE_NOOP("AuditTableModel", "On-site visit"),
    "identify_product": QT_TRANSLATE_NOOP("AuditTableModel", "Product identified on site"),
    "repeat_repair": QT_TRANSLATE_NOOP("AuditTableModel", "Marked as a repeat repair"),
    "service_report": QT_TRANSLATE_NOOP("AuditTableModel", "Service report"),
    "customer_opinion": QT_TRANSLATE_NOOP("AuditTableModel", "Customer's opinion recorded"),
    "reply": QT_TRANSLATE_NOOP("AuditTableModel", "Replied"),
    "follow_up": QT_TRANSLATE_NOOP("AuditTableModel", "Followed up"),
    "link_claim": QT_TRANSLATE_NOOP("AuditTableModel", "Linked to a claim"),
    "charge": QT_TRANSLATE_NOOP("AuditTableModel", "Charged"),
    "publish": QT_TRANSLATE_NOOP("AuditTableModel", "Published"),
    "sample_data": QT_TRANSLATE_NOOP("AuditTableModel", "Sample data loaded"),
    "return_to_stock": QT_TRANSLATE_NOOP("AuditTableModel", "Returned to stock"),
    "adjust": QT_TRANSLATE_NOOP("AuditTableModel", "Stock-take adjustment"),
    "stock_take": QT_TRANSLATE_NOOP("AuditTableModel", "Stock counted, no difference"),
    "tool_check_in": QT_TRANSLATE_NOOP("AuditTableModel", "Tool checked in"),
    "apply": QT_TRANSLATE_NOOP("AuditTableModel", "Applied to the manufacturer"),
    "approve": QT_TRANSLATE_NOOP("AuditTableModel", "Approved by the manufacturer"),
    "refuse": QT_TRANSLATE_NOOP("AuditTableModel", "Refused by the manufacturer"),
    "acknowledge": QT_TRANSLATE_NOOP("AuditTableModel", "Manufacturer's count recorded"),
    "verify": QT_TRANSLATE_NOOP("AuditTableModel", "Verified"),
    "no_demerit": QT_TRANSLATE_NOOP("AuditTableModel", "Upheld without a demerit: no rules in force then (E24)"),
    "suggest": QT_TRANSLATE_NOOP("AuditTableModel", "Suggested"),
    "confirm": QT_TRANSLATE_NOOP("AuditTableModel", "Confirmed"),
    "dismiss": QT_TRANSLATE_NOOP("AuditTableModel", "Dismissed"),
    # services.visit_corrections: a mistyped visit time corrected; a suggested fine its facts no longer bear
    "correct_visit": QT_TRANSLATE_NOOP("AuditTableModel", "Visit times corrected"),
    "withdraw": QT_TRANSLATE_NOOP("AuditTableModel", "Suggestion withdrawn: the visit was corrected"),
    # services.claim_corrections: a saved claim's facts corrected (each changed row), or the claim withdrawn
    "correct_claim": QT_TRANSLATE_NOOP("AuditTableModel", "Claim corrected"),
    "withdraw_claim": QT_TRANSLATE_NOOP("AuditTableModel", "Claim withdrawn"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Removed"),
    "mark_sent": QT_TRANSLATE_NOOP("AuditTableModel", "Marked as sent"),
    "mark_signed": QT_TRANSLATE_NOOP("AuditTableModel", "Recorded as signed"),
    "undo_signed": QT_TRANSLATE_NOOP("AuditTableModel", "Signature record undone"),
    "correct_sent": QT_TRANSLATE_NOOP("AuditTableModel", "Sent record corrected"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "Imported"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "Exported"),
}

# Documents named in print entries (PrintEntry.document).
DOCUMENT_LABELS: dict[str, str] = {
    "service_receipt": QT_TRANSLATE_NOOP("AuditTableModel", "Service receipt"),
    "unit_label": QT_TRANSLATE_NOOP("AuditTableModel", "Unit label"),
    "pickup_slip": QT_TRANSLATE_NOOP("AuditTableModel", "Pickup slip"),
    "service_report": QT_TRANSLATE_NOOP("AuditTableModel", "Service report"),
    "survey_form": QT_TRANSLATE_NOOP("AuditTableModel", "Satisfaction survey form"),
    "requisition_form": QT_TRANSLATE_NOOP("AuditTableModel", "Parts requisition form"),
    "return_application": QT_TRANSLATE_NOOP("AuditTableModel", "Return application"),
    "monthly_report": QT_TRANSLATE_NOOP("AuditTableModel", "Repair monthly report"),
    "improvement_report": QT_TRANSLATE_NOOP("AuditTableModel", "Improvement report"),
    "evaluation_sheet": QT_TRANSLATE_NOOP("AuditTableModel", "Evaluation sheet"),
    "fund_statement": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund statement"),
    "parts_reconciliation": QT_TRANSLATE_NOOP("AuditTableModel", "Parts reconciliation"),
    "rules_acknowledgement": QT_TRANSLATE_NOOP("AuditTableModel", "Rule set acknowledgement sheet"),
}



def _translated(labels: dict[str, str], name: str) -> str:
    text = labels.get(name)
    return QCoreApplication.translate(CONTEXT, text) if text else name  # unknown: raw, nothing hidden


def entity_label(entity: str) -> str:
    return _translated(ENTITY_LABELS, entity)


def action_label(action: str) -> str:
    return _translated(ACTION_LABELS, action)


def field_label(field: str) -> str:
    return _translated(FIELD_LABELS, field)


def document_label(document: str) -> str:
    return _translated(DOCUMENT_LABELS, document)
