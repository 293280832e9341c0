"""two indexes no query needs: messages.source and cases.status

Every message row is written three times (captured, moved on the server, its stages),
each time on PostgreSQL with an entry in each of its indexes, and every case once: an
index that no query reads only costs those writes. `ix_messages_source` holds as many
values as the agency has mailboxes (one, usually), so no query narrows by it; its
readers also filter on a state of few rows (intake status) or on the mail's digest
(intake.poll), indexed and selective. `ix_cases_status` is the first column of
`ix_cases_status_received_at`, which answers every query on status alone.

Revision ID: 0015
Revises: 0014
"""

from alembic import op


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_source")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status")


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_status", ["status"], unique=False)
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index("ix_messages_source", ["source"], unique=False)
