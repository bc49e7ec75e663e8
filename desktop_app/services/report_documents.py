"""Month-end paperwork made as files: requisition form (D8), monthly report (D3), improvement (E2), evaluation sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.assessment import PublishedVersion, version_in_force
from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    AssessmentRuleSet,
    Complaint,
    Demerit,
    Fine,
    Requisition,
    RuleAcknowledgement,
    Staff,
    WorkOrder,
)
from desktop_app.documents.formatting import money as money_text
from desktop_app.documents.labels import is_english
from desktop_app.documents.vocabulary_words import (
    BONUS_DEDUCTED, COMPLAINT_CATEGORY, DEMERIT_KIND, FINE_REASON, REQUISITION_STATUS, ROLE, SHIPPING, word,
)
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_sheet_prints import sheet_figures
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.requisition_details import close_reason, closed_short
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.sent_monthly_reports import figures_of, sent_record


class ReportDocuments:
    """Each ``make_*`` returns the file unlogged; it is logged as printed or exported once delivered."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def make_requisition(self, actor: Actor, number: str, *, language: str, xlsx: bool = False) -> MadeDocument:
        from desktop_app.documents import requisition_form as rf  # reportlab/openpyxl: not at start (issue 8)

        require(actor, Permission.REQUISITIONS_MANAGE)
        check = RequisitionService(self._sessions).quota_check(number)
        with self._sessions.read() as s:
            req = s.scalar(select(Requisition).where(Requisition.number == number.strip()))
            names = {i: n for i, n in s.execute(select(Staff.id, Staff.display_name))}
            lines = tuple(rf.RequisitionLine(part_no=l.part.part_no, name=l.part.name, unit=l.part.unit_of_measure,
                                             quantity=l.quantity, unit_price=l.unit_price,
                                             amount=l.unit_price * l.quantity, over_quota=l.over_quota,
                                             closed=closed_short(req, l))
                          for l in sorted(req.lines, key=lambda x: x.id))
            data = rf.RequisitionData(
                centre=settings.centre_info(s), number=req.number, month=req.month,
                status=word(REQUISITION_STATUS, req.status.value, language), shipping=word(SHIPPING, req.shipping.value, language),
                urgent_cost=req.urgent_cost, lines=lines, quota=check.quota, used_before=check.used, total=check.this,
                excess=check.excess, prepared_by=names.get(req.created_by_id, ""),
                approved_by=names.get(req.approved_by_id) if req.approved_by_id else None, note=req.note,
                close_reason=close_reason(s, req))
        content = (rf.render_requisition_xlsx if xlsx else rf.render_requisition_pdf)(data, language=language)
        return self._made(actor, "requisition_form", "requisition", req.id, content, req.number)

    def make_monthly(self, actor: Actor, month: dt.date, *, language: str, xlsx: bool = False,
                     as_sent: bool = False) -> MadeDocument:
        """The month as it reads now, or (``as_sent``) with the figures kept when it was marked sent (D3).
        A sent month's paper says which version it is, so a reprint is never taken for what was sent."""
        from desktop_app.documents import monthly_report as mr
        from desktop_app.documents.monthly_labels import monthly_labels

        require(actor, Permission.REQUISITIONS_MANAGE)
        lab, month = monthly_labels(language), month.replace(day=1)
        record = sent_record(self._sessions, month)
        if as_sent and record is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The report for {month} is not marked sent: there is no version as sent to reprint."),
                field="month", month=f"{month:%Y-%m}")
        note = None
        if as_sent and record.report is not None:
            report = record.report
            note = lab["as_sent"].format(day=record.sent_on.isoformat())
        else:
            report = MonthlyReports(self._sessions).repair_monthly(actor, month)
            if record is not None and record.report is None:  # marked before the figures were kept
                note = lab["sent_not_kept"].format(day=record.sent_on.isoformat())
            elif record is not None and figures_of(report) != figures_of(record.report):
                note = lab["current_data"]
        with self._sessions.read() as s:
            centre = settings.centre_info(s)
        data = mr.MonthlyReportData(
            centre=centre, month=report.month, prepared_by=actor.display_name, prepared_on=dt.date.today(),
            version_note=note,
            models=tuple(mr.ModelRow(model=m.model, name=m.name, received=m.received, repaired=m.repaired,
                                     exchanged=m.exchanged, returned=m.returned, in_warranty=m.in_warranty,
                                     extended_warranty=m.extended_warranty, out_of_warranty=m.out_of_warranty,
                                     doa=m.doa, early_defects=m.early_defects,
                                     faults=tuple(mr.FaultCount(fault=f, count=c) for f, c in m.faults.most_common()))
                         for m in report.models),
            parts=tuple(mr.PartUsage(part_no=p.part_no, name=p.name, quantity=p.quantity, value=p.value)
                        for p in report.parts))
        out = (mr.render_monthly_report_xlsx if xlsx else mr.render_monthly_report_pdf)(data, language=language)
        return self._made(actor, "monthly_report", "month", None, out, f"{report.month:%Y-%m}")

    def make_improvement(self, actor: Actor, first: dt.date, last: dt.date, *, language: str) -> MadeDocument:
        from desktop_app.documents import improvement_report as imp

        report = MonthlyReports(self._sessions).improvement(actor, first, last)
        with self._sessions.read() as s:
            centre = settings.centre_info(s)
        data = imp.ImprovementData(
            centre=centre, first_month=first, last_month=last, prepared_by=actor.display_name,
            models=tuple(imp.ModelFaults(model=m, faults=tuple(imp.FaultCount(fault=f, count=c) for f, c in counts))
                         for m, counts in report.top_faults.items()),
            repeat_repairs=tuple(imp.RepeatRepair(order=a, earlier_order=b, model=m) for a, b, m in report.repeat_repairs),
            design_defects=tuple(imp.ComplaintNote(number=n, description=d, model=m) for n, m, d in report.design_defects),
            non_quality_complaints=tuple(imp.ComplaintNote(number=n, description=d)
                                         for n, d in report.non_quality_complaints))
        pdf = imp.render_improvement_report(data, language=language)
        return self._made(actor, "improvement_report", "month", None, pdf, f"{first:%Y-%m}-{last:%Y-%m}")

    def make_evaluation(self, actor: Actor, username: str, month: dt.date, *, language: str) -> MadeDocument:
        from desktop_app.documents import evaluation_sheet as ev

        with self._sessions.read() as s:
            person = s.scalar(select(Staff).where(Staff.username == username.strip()))
            if person is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no user “{username}”."),
                                      field="staff", username=username.strip())
        service = EvaluationService(self._sessions)
        month = month.replace(day=1)
        result = service.for_sheet(actor, person.id, month, language=language)  # refused while fines are pending
        history = service.history(actor, person.id, month)
        end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        with self._sessions.read() as s:
            sets = list(s.scalars(select(AssessmentRuleSet)))
            chosen = version_in_force([PublishedVersion(r.id, r.version, r.published_on) for r in sets], end)
            demerits = {d.complaint_id: d for d in s.scalars(select(Demerit).join(Complaint, Demerit.complaint_id == Complaint.id)
                                                            .where(Complaint.number.in_(result.evidence.complaints)))}
            fine_rows = list(s.scalars(select(Fine).where(Fine.id.in_(result.evidence.fines))
                                       .order_by(Fine.facts_on, Fine.id)))  # dated in order (E24)
            cited = _cited_rule_sets(s, person.id, month, end, fine_rows, demerits.values())
            rule_versions = _rule_version_lines(s, person.id, sets, cited or ([chosen.id] if chosen else []))
            complaints = tuple(ev.ComplaintEntry(number=c.number, category=word(COMPLAINT_CATEGORY, c.category.value, language),
                                                 outcome=_outcome(demerits.get(c.id), language),
                                                 late_from=dict(result.evidence.late_complaints).get(c.number))
                               for c in s.scalars(select(Complaint).where(Complaint.number.in_(result.evidence.complaints))
                                                  .order_by(Complaint.received_on, Complaint.id)))
            versions = {r.id: r.version for r in sets}
            fines = tuple(ev.FineEntry(reason=word(FINE_REASON, f.reason.value, language), amount=f.amount,
                                       order_number=s.scalar(select(WorkOrder.number).where(WorkOrder.id == f.work_order_id))
                                       if f.work_order_id else None, rule_version=versions.get(f.rule_set_id),
                                       facts_on=f.facts_on, late_from=dict(result.evidence.late_fines).get(f.id))
                          for f in fine_rows)
            centre = settings.centre_info(s)
        f, signed = result.figures, result.evidence.signed  # a signed month reprints what was signed (E24)
        data = ev.EvaluationData(
            signed=ev.SignedNote(signed_on=signed.signed_on, recorded_by=signed.recorded_by,
                                 fines_total=signed.fines_total, major_demerits=signed.major_demerits,
                                 current_fines_total=f.fines_total, current_major_demerits=f.major_demerits)
            if signed else None,
            centre=centre, staff_name=person.display_name, role=word(ROLE, person.role.value, language), month=month,
            rule_versions=rule_versions,  # E24: those cited, else the one in force at month end
            figures=ev.Figures(**({} if not result.repair_figures else dict(  # the desk: repair figures a dash
                completed=f.completed, surveys=f.surveys, satisfaction=f.satisfaction,
                answered_24h_rate=f.answered_24h_rate, on_time_rate=f.on_time_rate, repeats=f.repeats,
                incomplete_reports=f.incomplete_reports)), verified_complaints=f.verified_complaints,
                major_demerits=signed.major_demerits if signed else f.major_demerits,
                fines_total=signed.fines_total if signed else f.fines_total),
            completed_orders=result.evidence.completed, late_orders=result.evidence.late_or_slow,
            repeat_orders=result.evidence.repeats, incomplete_orders=result.evidence.incomplete_reports,
            complaints=complaints, fines=fines,
            history=tuple(ev.ChartMonth(month=m, completed=fig.completed, satisfaction=fig.satisfaction)
                          for m, fig in history))
        pdf = ev.render_evaluation_sheet(data, language=language)
        # Its log entry keeps the month and what the paper shows: a signature is recorded only for
        # a delivered sheet that shows the figures of today (evaluation_sheet_prints, E24).
        shown = sheet_figures(data.figures.fines_total, data.figures.major_demerits, result.evidence.fines,
                              result.evidence.complaints)
        return self._made(actor, "evaluation_sheet", "staff", person.id, pdf, f"{person.username}-{month:%Y-%m}",
                          shown.details(month))

    def _made(self, actor: Actor, document: str, entity: str, entity_id: int | None, content: bytes,
              reference: str, details: tuple = ()) -> MadeDocument:
        return made(self._sessions, content, reference, PrintEntry(actor, document, entity, entity_id,
                                                                   details=details))


def _cited_rule_sets(s: Session, staff_id: int, first: dt.date, last: dt.date, fines: Iterable[Fine],
                     demerits: Iterable[Demerit]) -> list[int]:
    """The rule sets the month's fines and demerits cite (E24): the sheet must show the person's
    signature of each, not of whatever version happens to be in force at month end."""
    ids = {f.rule_set_id for f in fines} | {d.rule_set_id for d in demerits}
    ids |= set(s.scalars(select(Demerit.rule_set_id).where(
        Demerit.staff_id == staff_id, Demerit.facts_on >= first, Demerit.facts_on <= last)))
    return sorted(ids)


def _rule_version_lines(s: Session, staff_id: int, sets: list[AssessmentRuleSet], ids: list[int]) -> tuple:
    """Each version with this person's own acknowledgement of it (None: never signed), oldest first."""
    from desktop_app.documents.evaluation_sheet import RuleVersionLine

    signed = dict(s.execute(select(RuleAcknowledgement.rule_set_id, RuleAcknowledgement.acknowledged_on)
                            .where(RuleAcknowledgement.staff_id == staff_id,
                                   RuleAcknowledgement.rule_set_id.in_(ids))).all()) if ids else {}
    by_id = {r.id: r for r in sets}
    return tuple(RuleVersionLine(version=by_id[i].version, published_on=by_id[i].published_on,
                                 acknowledged_on=signed.get(i))
                 for i in sorted(ids, key=lambda i: by_id[i].version))


def _outcome(demerit: Demerit | None, language: str) -> str:
    """What the verified complaint brought (E3, E21): the demerit and any bonus deducted."""
    if demerit is None:
        return ""
    outcome = word(DEMERIT_KIND, demerit.kind.value, language)
    if demerit.bonus_deduction:
        zh, en = BONUS_DEDUCTED
        outcome += ("; " if is_english(language) else "，") + (en if is_english(language) else zh).format(
            amount=money_text(demerit.bonus_deduction))
    return outcome
