"""Facts for the evaluation GUI tests: the work-order depot, a published rule set, repaired orders, a fixed clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from work_order_depot import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason, WorkOrderState as S
from desktop_app.db.opening import Database
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.tabs.staff_tab import StaffTab
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)  # the services stamp facts with the real clock: they fall in this month
TERMS = RuleTerms({FineReason.LEFT_WITHOUT_CALLING_HQ: Decimal("50.00"), FineReason.LATE_ARRIVAL: Decimal("30.00"),
                   FineReason.INCOMPLETE_REPORT: Decimal("20.00"), FineReason.DISOBEYED_DISPATCH: Decimal("100.00")},
                  Decimal("200.00"))
RULES_PUBLISHED = MONTH - dt.timedelta(days=40)


def clock_on(day: dt.date) -> Callable[[], dt.datetime]:
    moment = dt.datetime.combine(day, dt.time(10), tzinfo=dt.timezone.utc)
    return lambda: moment


def evaluation_depot(database: Database, *, rules: bool = True) -> Depot:
    depot = build_depot(database)
    if rules:
        AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, RULES_PUBLISHED)
    return depot


def repaired_order(depot: Depot, serial: str, *, who: str = "tech", report: bool = True,
                   survey: int | None = None) -> str:
    """An order the technician repaired this month; with ``survey`` it is closed and the score entered."""
    saved = depot.take_in(serial, TODAY - dt.timedelta(days=100))
    oid = depot.order_id(saved.work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff[who]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    if report:
        orders.record_report(tech, oid, fault_cause="虚焊", solution="补焊", customer_opinion="满意", no_parts=True)
    orders.set_state(tech, oid, S.REPAIRED)
    if survey is not None:
        orders.set_state(tech, oid, S.READY_FOR_PICKUP)
        orders.close(depot.staff["operator"], oid)
        scores = {k: survey for k in ("speed", "attitude", "explanation", "quality", "on_time", "overall")}
        SurveyService(depot.db.sessions).enter(depot.staff["operator"], saved.work_order_number, scores)
    return saved.work_order_number


def staff_tab(qtbot, depot: Depot, who: str = "sup", month: dt.date = MONTH,
              clock: Callable[[], dt.datetime] | None = None) -> StaffTab:
    clock = clock or clock_on(TODAY)
    sessions = depot.db.sessions
    tab = StaffTab(EvaluationListing(sessions, depot.staff[who], month, clock),
                   EvaluationServices.for_sessions(sessions, clock), depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    shown(qtbot, tab)
    return tab


def shown(qtbot, tab: StaffTab) -> StaffTab:
    """Waits for the month's figures, computed off the UI thread (issue 8)."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    return tab


def chart_shown(qtbot, tab: StaffTab) -> None:
    """Waits for the open person's twelve months, computed off the UI thread."""
    qtbot.waitUntil(lambda: len(tab.panel.ui.history_chart.series) == 12, timeout=20_000)


def row_of(tab: StaffTab, name: str) -> int:
    return next(i for i in range(tab.model.rowCount()) if tab.model.row_at(i).name == name)


def cell(tab: StaffTab, row: int, title: str) -> str:
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == title)
    return tab.model.index(row, column).data()
