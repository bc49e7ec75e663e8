"""A made document and its line in the printed-documents log, written only once it was really delivered."""

# Why the log waits for the delivery: supervisors and the staff evaluation read the log as "this was
# handed out" (the receipt the customer signs, the survey form of E17, the acknowledgement sheet of
# E24, the return application's list of D15). A PDF rendered and then lost to a full disk, a
# read-only folder, a refusing printer or a cancelled dialog was never handed out. So a service
# only *makes* a document; the caller delivers it with ``MadeDocument.deliver`` (or ``save_to``),
# and the log and the audit entry are written, in one transaction, once the delivery returned.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import PrintedDocument
from desktop_app.documents.saving import save_document
from desktop_app.errors import DatabaseUnavailable
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor

T = TypeVar("T")
TARGET_LENGTH = 100  # PrintedDocument.target is a str100


class DeliveredNotLogged(DatabaseUnavailable):
    """The document reached the printer or the file, but its log line could not be written."""


@dataclass(frozen=True)
class PrintEntry:
    """What the log and the audit trail will say about each delivery of one made document."""

    actor: Actor
    document: str  # "service_receipt", "survey_form", …
    entity: str
    entity_id: int | None
    copies: int = 1
    details: tuple[tuple[str, Any], ...] = ()  # more for the audit entry: language, paper, …
    audit_target: bool = False  # the audit entry names the file or printer too (the log always does)


@dataclass(frozen=True)
class MadeDocument:
    """A rendered document (PDF or XLSX bytes) that nobody has received yet: nothing is logged.

    Every successful ``deliver`` logs once; a failed one logs nothing, and the same document may be
    delivered again (another folder, another printer).
    """

    content: bytes
    reference: str  # the number the document carries (claim, work order, …): names its preview and file
    entry: PrintEntry
    _sessions: SessionFactory = field(repr=False, compare=False)

    def deliver(self, write: Callable[[bytes], T], *, target: str | None = None) -> T:
        """``write(content)`` saves or prints; only when it returns is the delivery logged and
        audited. ``target``: the file or printer it went to."""
        result = write(self.content)
        try:
            record_printed(self._sessions, self.entry, target)
        except DatabaseUnavailable as exc:
            # The paper is out or the file is saved: "nothing was saved, try again" would have it
            # printed twice, and a receipt in two versions at the counter.
            raise DeliveredNotLogged(QT_TRANSLATE_NOOP(
                "Errors", "The document was printed or saved, but the database could not be reached to record "
                "it in the print log. Do not print it again; tell your supervisor that it is missing from the log."
            )) from exc
        return result

    def save_to(self, path: Path) -> Path:
        """Writes the file whole or not at all (``SaveFailed`` names the trouble), then logs it."""
        return self.deliver(lambda content: save_document(path, content), target=str(path))


def made(sessions: SessionFactory, content: bytes, reference: str, entry: PrintEntry) -> MadeDocument:
    return MadeDocument(content, reference, entry, sessions)


def record_printed(sessions: SessionFactory, entry: PrintEntry, target: str | None) -> None:
    """One delivery: its PrintedDocument row and its audit entry in one transaction."""
    changes: dict[str, Any] = {"document": entry.document, **dict(entry.details)}
    if entry.audit_target:
        changes["target"] = target
    with sessions.write() as s, s.begin():
        s.add(PrintedDocument(by_id=entry.actor.staff_id or None, document=entry.document, entity=entry.entity,
                              entity_id=entry.entity_id, copies=entry.copies,
                              target=(target or "")[:TARGET_LENGTH] or None))
        audit_trail.record(s, entry.actor, entry.entity, entry.entity_id, "print", changes)
