"""The fund statement (D4) and the monthly parts reconciliation (D9), made as PDF or XLSX to deliver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import PartCharge
from desktop_app.db.engine import SessionFactory
from desktop_app.documents.labels import is_english
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.fund_ledger import FundService, billed_parts
from desktop_app.services.fund_views import FundViews, quarter_span
from desktop_app.services.print_log import MadeDocument, PrintEntry, made

if TYPE_CHECKING:
    from desktop_app.documents import fund_statement as fs

# Who pays for the parts (D11-D14), as the reconciliation prints it.
_PAYER = {PartCharge.FUND: ("服务基金", "service fund"), PartCharge.MANUFACTURER: ("厂家", "manufacturer"),
          PartCharge.CUSTOMER: ("客户", "customer")}


def _next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class FundDocuments:
    def __init__(self, sessions: SessionFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._sessions = sessions
        self._today = today

    def statement_data(self, actor: Actor, first: str, last: str) -> fs.FundStatementData:
        from desktop_app.documents import fund_statement as fs  # reportlab/openpyxl: not at start (issue 8)

        quarters = FundService(self._sessions).statements(actor, first, last)
        start, end = quarter_span(first, last)
        rates = FundViews(self._sessions).rates(actor)
        in_force = {r.percent for r in rates if start <= r.effective_from < end}
        before = [r for r in rates if r.effective_from < start]
        if before:
            in_force.add(before[-1].percent)
        with self._sessions.read() as s:
            centre = settings.centre_info(s)
        return fs.FundStatementData(centre=centre, quarters=tuple(quarters),
                                    rate_percent=next(iter(in_force)) if len(in_force) == 1 else None,
                                    prepared_on=self._today(), prepared_by=actor.display_name)

    def make_statement(self, actor: Actor, first: str, last: str, *, language: str,
                       xlsx: bool = False) -> MadeDocument:
        """Logged as printed (or exported) only when it is delivered."""
        from desktop_app.documents import fund_statement as fs

        data = self.statement_data(actor, first, last)
        render = fs.render_fund_statement_xlsx if xlsx else fs.render_fund_statement
        return self._made(actor, "fund_statement", "fund", render(data, language=language), f"{first}-{last}")

    def reconciliation_data(self, actor: Actor, month: dt.date, *, language: str) -> fs.PartsReconciliationData:
        """Every part issued in the month (local time, as the fund tallies it), at the fee schedule (D9), less
        parts returned to stock, and the payer changes made in the month: see ``fund_ledger.billed_parts`` for
        how a return and a change are netted."""
        from desktop_app.documents import fund_statement as fs

        require(actor, Permission.REQUISITIONS_MANAGE)
        month = month.replace(day=1)
        local = dt.datetime.now().astimezone().tzinfo
        start = dt.datetime.combine(month, dt.time(), local)
        end = dt.datetime.combine(_next_month(month), dt.time(), local)
        english = is_english(language)
        with self._sessions.read() as s:
            lines = []
            for line in billed_parts(s, start, end, local):
                zh, en = _PAYER.get(line.charged_to, (line.charged_to.value, line.charged_to.value))
                lines.append(fs.ReconciliationLine(part_no=line.part_no, name=line.name, quantity=line.quantity,
                                                   unit_price=line.unit_price, amount=line.amount,
                                                   charged_to=en if english else zh, order_number=line.order_number,
                                                   rejudged_issue=line.rejudged_issue))
            centre = settings.centre_info(s)
        return fs.PartsReconciliationData(centre=centre, month=month, lines=tuple(lines),
                                          prepared_by=actor.display_name)

    def make_reconciliation(self, actor: Actor, month: dt.date, *, language: str,
                            xlsx: bool = False) -> MadeDocument:
        """Logged as printed (or exported) only when it is delivered."""
        from desktop_app.documents import fund_statement as fs

        data = self.reconciliation_data(actor, month, language=language)
        render = fs.render_parts_reconciliation_xlsx if xlsx else fs.render_parts_reconciliation
        return self._made(actor, "parts_reconciliation", "month", render(data, language=language),
                          f"{data.month:%Y-%m}")

    def _made(self, actor: Actor, document: str, entity: str, content: bytes, period: str) -> MadeDocument:
        return made(self._sessions, content, period,
                    PrintEntry(actor, document, entity, None, details=(("period", period),), audit_target=True))
