"""The permission matrix: what each role may do (README "Roles and permissions")."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.core.roles import Role
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


class Permission(StrEnum):
    # Operator (前台)
    CLAIMS_INTAKE = "claims.intake"
    CALLS_REGISTER = "calls.register"
    DOCUMENTS_PRINT = "documents.print"
    SURVEYS_ENTER = "surveys.enter"
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMER_ANSWERS = "work_orders.customer_answers"  # the customer's quote answer and opinion (E11, E17)
    # Technician (技术员)
    WORK_ORDERS_VIEW = "work_orders.view"
    WORK_ORDERS_WORK_OWN = "work_orders.work_own"
    WORK_ORDERS_HAND_OVER = "work_orders.hand_over"  # pickup / shipped back: close the order
    FAULT_CATALOGUE_MANAGE = "fault_catalogue.manage"  # the fault categories per product line (E2, E16)
    # Supervisor (主管)
    WORK_ORDERS_DISPATCH = "work_orders.dispatch"
    WORK_ORDERS_WORK_ANY = "work_orders.work_any"
    STOCK_MANAGE = "stock.manage"
    REQUISITIONS_MANAGE = "requisitions.manage"
    COMPLAINTS_RECORD = "complaints.record"
    FINES_RECORD = "fines.record"
    STAFF_EVALUATION_VIEW = "staff_evaluation.view"
    CLAIMS_OVERRIDE_TIER = "claims.override_tier"  # rule W10
    CLAIMS_CORRECT_ANY = "claims.correct_any"  # correct or withdraw a claim someone else took in
    PRODUCTS_MANAGE = "products.manage"  # product categories and models (W2 accessories, W4 categories)
    # Manager (总经理)
    RETURNS_APPROVE = "returns.approve"  # rule W9
    REQUISITIONS_APPROVE_OVER_QUOTA = "requisitions.approve_over_quota"  # rule D6
    RULES_PUBLISH = "rules.publish"  # rule E24
    USERS_MANAGE = "users.manage"
    POLICY_MANAGE = "policy.manage"  # rule W12
    FEE_SCHEDULE_MANAGE = "fee_schedule.manage"  # rule D6
    AUDIT_VIEW = "audit.view"
    FUND_MANAGE = "fund.manage"  # rule D4: remittances, the fund rate, charges
    CENTRE_SETTINGS_MANAGE = "centre_settings.manage"  # letterhead, on-site cities (S2), E16 window, locks


_OPERATOR = {
    Permission.CLAIMS_INTAKE, Permission.CALLS_REGISTER, Permission.DOCUMENTS_PRINT,
    Permission.SURVEYS_ENTER, Permission.CUSTOMERS_VIEW,
    Permission.CUSTOMER_ANSWERS,  # the desk phones the customer about a quote and hears them at pickup
    Permission.WORK_ORDERS_VIEW,  # pickup: the receipt's code opens the order at the counter
    Permission.WORK_ORDERS_HAND_OVER,
}
_TECHNICIAN = {
    Permission.CUSTOMERS_VIEW, Permission.DOCUMENTS_PRINT,
    Permission.WORK_ORDERS_VIEW, Permission.WORK_ORDERS_WORK_OWN, Permission.WORK_ORDERS_HAND_OVER,
}
_SUPERVISOR = _OPERATOR | _TECHNICIAN | {
    Permission.WORK_ORDERS_DISPATCH, Permission.WORK_ORDERS_WORK_ANY, Permission.STOCK_MANAGE,
    Permission.REQUISITIONS_MANAGE, Permission.COMPLAINTS_RECORD, Permission.FINES_RECORD,
    Permission.STAFF_EVALUATION_VIEW, Permission.CLAIMS_OVERRIDE_TIER, Permission.CLAIMS_CORRECT_ANY,
    Permission.FAULT_CATALOGUE_MANAGE,
    Permission.PRODUCTS_MANAGE,
}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset(_OPERATOR),
    Role.TECHNICIAN: frozenset(_TECHNICIAN),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]


# Names shown when an action is refused ("… needs the permission 'approve returns'").
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CLAIMS_INTAKE: QT_TRANSLATE_NOOP("Permissions", "take in claims"),
    Permission.CALLS_REGISTER: QT_TRANSLATE_NOOP("Permissions", "register calls"),
    Permission.DOCUMENTS_PRINT: QT_TRANSLATE_NOOP("Permissions", "print documents"),
    Permission.SURVEYS_ENTER: QT_TRANSLATE_NOOP("Permissions", "enter survey results"),
    Permission.CUSTOMERS_VIEW: QT_TRANSLATE_NOOP("Permissions", "look up customers"),
    Permission.CUSTOMER_ANSWERS: QT_TRANSLATE_NOOP("Permissions", "record the customer's answers"),
    Permission.WORK_ORDERS_VIEW: QT_TRANSLATE_NOOP("Permissions", "see work orders"),
    Permission.WORK_ORDERS_WORK_OWN: QT_TRANSLATE_NOOP("Permissions", "work on own work orders"),
    Permission.WORK_ORDERS_HAND_OVER: QT_TRANSLATE_NOOP("Permissions", "hand over units and close orders"),
    Permission.FAULT_CATALOGUE_MANAGE: QT_TRANSLATE_NOOP("Permissions", "edit the fault catalogue"),
    Permission.WORK_ORDERS_DISPATCH: QT_TRANSLATE_NOOP("Permissions", "dispatch work orders"),
    Permission.WORK_ORDERS_WORK_ANY: QT_TRANSLATE_NOOP("Permissions", "work on any work order"),
    Permission.STOCK_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage stock"),
    Permission.REQUISITIONS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage requisitions"),
    Permission.COMPLAINTS_RECORD: QT_TRANSLATE_NOOP("Permissions", "record complaints"),
    Permission.FINES_RECORD: QT_TRANSLATE_NOOP("Permissions", "record fines"),
    Permission.STAFF_EVALUATION_VIEW: QT_TRANSLATE_NOOP("Permissions", "see staff evaluation"),
    Permission.CLAIMS_OVERRIDE_TIER: QT_TRANSLATE_NOOP("Permissions", "override a warranty tier"),
    Permission.CLAIMS_CORRECT_ANY: QT_TRANSLATE_NOOP("Permissions", "correct or withdraw any claim"),
    Permission.PRODUCTS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "keep the product catalogue"),
    Permission.RETURNS_APPROVE: QT_TRANSLATE_NOOP("Permissions", "approve returns"),
    Permission.REQUISITIONS_APPROVE_OVER_QUOTA: QT_TRANSLATE_NOOP(
        "Permissions", "approve over-quota requisitions"
    ),
    Permission.RULES_PUBLISH: QT_TRANSLATE_NOOP("Permissions", "publish the assessment rules"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    Permission.POLICY_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage the warranty policy"),
    Permission.FEE_SCHEDULE_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage the fee schedule"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("Permissions", "view the audit log"),
    Permission.FUND_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage the service fund"),
    Permission.CENTRE_SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage the centre settings"),
}
