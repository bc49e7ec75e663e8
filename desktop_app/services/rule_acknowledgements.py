"""The signed rule-set acknowledgement (E24): its printable sheet, and recording a sheet signed on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import AssessmentRuleSet, RuleAcknowledgement, Staff
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, settings
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.staff_departures import departure_days, worked_on

# The document words for roles and fine reasons are the month-end documents' own (one wording).
from desktop_app.documents.vocabulary_words import FINE_REASON, ROLE, word


_MAX_ID = 2**31 - 1  # the database's integer column


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= _MAX_ID


class RuleAcknowledgements:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def record_signed(self, actor: Actor, staff_id: int, version: int, signed_on: dt.date) -> None:
        """The manager files the sheet a staff member signed on paper: the employer's proof (E24)."""
        require(actor, Permission.RULES_PUBLISH)
        # Checked before any statement: PostgreSQL refuses an id beyond its integer range with a raw
        # error, and a missing date would fail the comparison below with a TypeError.
        if not _is_id(version):
            if isinstance(version, int) and not isinstance(version, bool):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no rule set version {version}."),
                                      field="version", version=version)
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a rule set version."), field="version")
        if not _is_id(staff_id):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a staff member."), field="staff")
        if not isinstance(signed_on, dt.date) or isinstance(signed_on, dt.datetime):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a date."), field="signed_on")
        with self._sessions.write() as s, s.begin():
            rules = s.scalar(select(AssessmentRuleSet).where(AssessmentRuleSet.version == version))
            if rules is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no rule set version {version}."),
                                      field="version", version=version)
            person = s.get(Staff, staff_id)
            if person is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a staff member."), field="staff")
            today = self._clock().astimezone().date()
            if not rules.published_on <= signed_on <= today:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The signing date must lie between the publication ({published}) and today."),
                    field="signed_on", published=rules.published_on.isoformat())
            if not person.active:
                # A former employee's sheet, signed before he left, is exactly the proof the employer
                # needs for his fines (E24); one dated after he left cannot be genuine.
                left_on = departure_days(s, [person.id]).get(person.id)
                if not worked_on(left_on, signed_on):
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "{name} left on {left}: a sheet signed after that day cannot be filed."),
                        field="signed_on", name=person.display_name, left=left_on.isoformat())
            if s.scalar(select(RuleAcknowledgement.id).where(RuleAcknowledgement.rule_set_id == rules.id,
                                                              RuleAcknowledgement.staff_id == staff_id)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} has already acknowledged version {version}."),
                    field="staff", name=person.display_name, version=version)
            ack = RuleAcknowledgement(rule_set_id=rules.id, staff_id=staff_id, acknowledged_on=signed_on)
            s.add(ack)
            s.flush()
            audit_trail.record(s, actor, "rule_acknowledgement", ack.id, "create", audit_trail.created_values(ack),
                               summary="signed sheet filed")

    def make_sheet(self, actor: Actor, staff_id: int, version: int, *, language: str) -> MadeDocument:
        """The acknowledgement sheet to sign (or the signed one, with its date); logged as printed only
        when it is delivered: the sheet handed out is part of the employer's proof (E24)."""
        from desktop_app.documents import rules_acknowledgement as ra  # reportlab: not at start (issue 8)

        require(actor, Permission.DOCUMENTS_PRINT)
        with self._sessions.read() as s:
            rules = s.scalar(select(AssessmentRuleSet).where(AssessmentRuleSet.version == version))
            person = s.get(Staff, staff_id)
            if rules is None or person is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no rule set version {version}."),
                                      field="version", version=version)
            signed_on = s.scalar(select(RuleAcknowledgement.acknowledged_on).where(
                RuleAcknowledgement.rule_set_id == rules.id, RuleAcknowledgement.staff_id == staff_id))
            issuer = s.get(Staff, rules.published_by_id)
            terms = RuleTerms.from_dict(rules.rules)
            data = ra.AcknowledgementData(
                centre=settings.centre_info(s), staff_name=person.display_name,
                role=word(ROLE, person.role.value, language), rule_version=rules.version,
                published_on=rules.published_on,
                fines=tuple(ra.FineAmount(reason=word(FINE_REASON, reason.value, language), amount=amount)
                            for reason, amount in terms.fines.items()),
                attitude_bonus_deduction=terms.attitude_bonus_deduction, acknowledged_on=signed_on,
                issued_by=issuer.display_name if issuer is not None else None)
            rule_set_id = rules.id
        pdf = ra.render_rules_acknowledgement(data, language=language)
        return made(self._sessions, pdf, f"v{version}", PrintEntry(
            actor, "rules_acknowledgement", "assessment_rule_set", rule_set_id, details=(("staff_id", staff_id),)))
