"""a complaint keeps the complainant's phone in its own column (rules E3, E5, S3)

Revision ID: 0014_complaint_contact_phone
Revises: 0013_hand_over_index
Create Date: 2026-11-28 15:40:00

A complaint is answered, so the phone it came with is data. Before this revision the complaint form
linked the customer on record with that phone, or else appended the phone to the description as its
last line, in the interface's language: ``"\\nPhone: 13812345678"`` or ``"\\n联系电话：13812345678"``
(``"Phone: {phone}"`` in gui/evaluation/complaint_form.py and its Chinese translation), the phone
already normalised by core.phone_numbers. Backfill: such a last line moves into ``contact_phone`` and
leaves the description; a description whose last line only looks like one (not a phone in its stored
form) stays as it is. A complaint linked to a customer had no phone of its own and keeps none.
Plain ADD COLUMN on both databases (nullable, no key, no index), as 0011. Downgrade puts the phone
back at the end of the description (in the English form) and drops the column.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0014_complaint_contact_phone'
down_revision = '0013_hand_over_index'
branch_labels = None
depends_on = None

# The stop-gap's prefixes: the English source text and its zh_CN translation, as the form wrote them.
PREFIXES = ('Phone: ', '联系电话：')
# A phone as core.phone_numbers stores it: a mobile, a landline 0755-26781234[-801], a 400/800 number.
_STORED_PHONE = re.compile(r'1[3-9]\d{9}|0\d{2,3}-[2-9]\d{6,7}(?:-\d{1,6})?|(?:400|800)-?\d{3}-?\d{4}', re.ASCII)

_complaints = sa.table('complaints', sa.column('id', sa.Integer()), sa.column('description', sa.Text()),
                       sa.column('contact_phone', sa.String(50)))


def split_phone(description: str) -> tuple[str, str] | None:
    """The description without the stop-gap's last line, and the phone that line held; None if none."""
    text, newline, last = description.rpartition('\n')
    if not newline:
        return None
    for prefix in PREFIXES:
        if last.startswith(prefix) and _STORED_PHONE.fullmatch(last[len(prefix):]):
            return text, last[len(prefix):]
    return None


def upgrade() -> None:
    op.add_column('complaints', sa.Column('contact_phone', sa.String(length=50), nullable=True))
    bind = op.get_bind()
    candidates = bind.execute(sa.select(_complaints.c.id, _complaints.c.description)
                              .where(sa.or_(*(_complaints.c.description.contains('\n' + p) for p in PREFIXES)))
                              .order_by(_complaints.c.id)).all()
    for complaint_id, description in candidates:
        found = split_phone(description)
        if found is not None:
            text, phone = found
            bind.execute(_complaints.update().where(_complaints.c.id == complaint_id)
                         .values(description=text, contact_phone=phone))


def downgrade() -> None:
    bind = op.get_bind()
    kept = bind.execute(sa.select(_complaints.c.id, _complaints.c.description, _complaints.c.contact_phone)
                        .where(_complaints.c.contact_phone.is_not(None))).all()
    for complaint_id, description, phone in kept:  # nothing is lost: back where the stop-gap kept it
        bind.execute(_complaints.update().where(_complaints.c.id == complaint_id)
                     .values(description=f"{description}\n{PREFIXES[0]}{phone}"))
    if bind.dialect.name == 'sqlite':  # in place: alembic would not drop a column outside a batch
        bind.exec_driver_sql("ALTER TABLE complaints DROP COLUMN contact_phone")
    else:
        op.drop_column('complaints', 'contact_phone')
