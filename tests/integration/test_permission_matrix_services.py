"""Every role x every service action: allowed or refused exactly as the README's matrix says.

An allowed call may still fail on its data (a ValidationError for a made-up record): what matters
here is that only a refused role gets MissingPermission, naming the permission the matrix names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    CallChannel,
    ClaimChannel,
    ComplaintCategory,
    ComplaintChannel,
    FineReason,
    WorkOrderState,
)
from desktop_app.core.warranty_policy import DEFAULT_POLICY
from desktop_app.db.opening import Database
from desktop_app.errors import KnownError
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.audit_log import AuditFilter, AuditLog
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.centre_settings import CentreSettingsService
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.fault_catalogue import FaultCatalogue, FaultInput
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.parts_catalogue import PartsCatalogue
from desktop_app.services.policy import PolicyService
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
Call = Callable[[Depot, Actor], Any]


def _intake_form(serial: str) -> IntakeForm:
    return IntakeForm(customer=CustomerInput(name="刘洋", phone="13812345678"),
                      unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=200)),
                      channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))


ACTIONS: dict[str, tuple[Permission | tuple[Permission, ...], Call]] = {
    "take in a claim": (Permission.CLAIMS_INTAKE, lambda d, a: ClaimIntakeService(d.db.sessions).take_in(
        a, _intake_form(f"M-{a.username}"))),
    "register a call": (Permission.CALLS_REGISTER, lambda d, a: CallRegister(d.db.sessions).register(
        a, CallForm(CallChannel.PHONE, "周先生", "13800000001", "咨询"))),
    "print a receipt": (Permission.DOCUMENTS_PRINT, lambda d, a: ReceiptService(d.db.sessions).receipt(
        a, "SC-1999-000001", language="zh_CN", translate=lambda c, t: t)),
    "enter a survey": (Permission.SURVEYS_ENTER, lambda d, a: SurveyService(d.db.sessions).unreturned(a)),
    "see a work order": (Permission.WORK_ORDERS_VIEW, lambda d, a: WorkOrderDetails(d.db.sessions).get(a, "WO-1999-1")),
    "record the customer's opinion on someone else's order": (
        Permission.CUSTOMER_ANSWERS, lambda d, a: WorkOrderService(d.db.sessions).record_customer_opinion(
            a, d.unassigned_order, "满意")),
    "edit the fault catalogue": (Permission.FAULT_CATALOGUE_MANAGE, lambda d, a: FaultCatalogue(d.db.sessions).add(
        a, 999, FaultInput(f"f-{a.username}", "某故障", ""))),
    "dispatch": (Permission.WORK_ORDERS_DISPATCH, lambda d, a: WorkOrderService(d.db.sessions).dispatch(a, 1, 999)),
    "work on someone else's order": (Permission.WORK_ORDERS_WORK_ANY, lambda d, a: WorkOrderService(
        d.db.sessions).set_state(a, d.unassigned_order, WorkOrderState.DIAGNOSING)),
    "issue parts to someone else's order": (Permission.WORK_ORDERS_WORK_ANY, lambda d, a: BenchService(
        d.db.sessions).use_parts(a, d.unassigned_order, [(d.part_ids["FAN-01"], 1)])),
    "cancel an order": (Permission.WORK_ORDERS_DISPATCH, lambda d, a: WorkOrderService(d.db.sessions).cancel(
        a, d.unassigned_order, "客户撤回")),
    "adjust stock": (Permission.STOCK_MANAGE, lambda d, a: StockAdmin(d.db.sessions).adjust(
        a, "FAN-01", 5, "盘点")),
    "suggest a requisition": (Permission.REQUISITIONS_MANAGE, lambda d, a: RequisitionService(d.db.sessions).suggest(
        a, TODAY)),
    "approve an over-quota requisition": (Permission.REQUISITIONS_APPROVE_OVER_QUOTA, lambda d, a: RequisitionService(
        d.db.sessions).approve_over_quota(a, "RQ-1999-000001")),
    "apply for a return to the manufacturer": (Permission.STOCK_MANAGE, lambda d, a: ManufacturerReturns(
        d.db.sessions).create(a, [ReturnLineInput(reason="坏", part_no="FAN-01")])),
    "record a complaint": (Permission.COMPLAINTS_RECORD, lambda d, a: AssessmentService(d.db.sessions)
                           .register_complaint(a, ComplaintInput(ComplaintChannel.CALL, TODAY, "客户",
                                                                 ComplaintCategory.OTHER, "说明"))),
    "record a fine": (Permission.FINES_RECORD, lambda d, a: AssessmentService(d.db.sessions).record_fine(
        a, d.staff["tech"].staff_id, FineReason.DISOBEYED_DISPATCH, TODAY)),
    "see the staff evaluation": (Permission.STAFF_EVALUATION_VIEW, lambda d, a: EvaluationService(
        d.db.sessions).month(a, TODAY)),
    "override a warranty tier": ((Permission.CLAIMS_INTAKE, Permission.CLAIMS_OVERRIDE_TIER), lambda d, a: ClaimIntakeService(
        d.db.sessions).take_in(a, _override(a))),
    "approve a return": (Permission.RETURNS_APPROVE, lambda d, a: ClaimIntakeService(d.db.sessions).pending_returns(a)),
    "publish the assessment rules": (Permission.RULES_PUBLISH, lambda d, a: AssessmentService(d.db.sessions)
                                     .publish_rules(a, RuleTerms.from_dict({"fines": {r.value: "10" for r in FineReason},
                                                                            "attitude_bonus_deduction": "0"}), TODAY)),
    "manage users": (Permission.USERS_MANAGE, lambda d, a: AccountService(d.db.sessions).set_active(a, "tech2", False)),
    "publish the warranty policy": (Permission.POLICY_MANAGE, lambda d, a: PolicyService(d.db.sessions).publish(
        a, DEFAULT_POLICY, TODAY)),
    "publish the fee schedule": (Permission.FEE_SCHEDULE_MANAGE, lambda d, a: PartsCatalogue(d.db.sessions)
                                 .publish_fee_schedule(a, TODAY, {"FAN-01": (Decimal("36.00"), Decimal("46.00"))})),
    "view the audit log": (Permission.AUDIT_VIEW, lambda d, a: AuditLog(d.db.sessions).count(a, AuditFilter())),
    "manage the service fund": (Permission.FUND_MANAGE, lambda d, a: FundService(d.db.sessions).record_remittance(
        a, TODAY, Decimal("100.00"))),
    "manage the centre settings": (Permission.CENTRE_SETTINGS_MANAGE, lambda d, a: CentreSettingsService(
        d.db.sessions).current(a)),
}


def _override(actor: Actor):  # type: ignore[no-untyped-def]
    from desktop_app.core.vocabulary import Remedy

    return IntakeForm(**{**_intake_form(f"O-{actor.username}").__dict__, "override_remedy": Remedy.FREE_REPAIR,
                         "override_reason": "厂家同意"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    saved = depot.take_in("SN-UNASSIGNED", TODAY - dt.timedelta(days=200))
    from sqlalchemy import select

    from desktop_app.db.models import WorkOrder

    with database.sessions.read() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == saved.work_order_number))
    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech2"].staff_id)
    depot.unassigned_order = order_id  # type: ignore[attr-defined]  # dispatched to someone else
    return depot


ROLE_ACTORS = {Role.OPERATOR: "operator", Role.TECHNICIAN: "tech", Role.SUPERVISOR: "sup", Role.MANAGER: "manager"}


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_role_and_action(depot: Depot, role: Role, action: str) -> None:
    needed, call = ACTIONS[action]
    permissions = needed if isinstance(needed, tuple) else (needed,)
    actor = depot.staff[ROLE_ACTORS[role]]
    missing = {p for p in permissions if not allows(role, p)}
    if not missing:
        try:
            call(depot, actor)
        except MissingPermission as refused:  # pragma: no cover - the failure message says which
            pytest.fail(f"{role.value} was refused {action}: {refused}")
        except KnownError:
            pass  # allowed, but the made-up record does not exist: not a permission matter
    else:
        with pytest.raises(MissingPermission) as refused:
            call(depot, actor)
        assert refused.value.permission in missing
