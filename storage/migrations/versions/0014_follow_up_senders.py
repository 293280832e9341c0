"""keyed hash of the mailbox that wrote each mail, and the mark on a mail filed into a
case from another mailbox than its request's (intake/follow_ups.py)

Revision ID: 0014
Revises: 0013
"""

from alembic import op
import sqlalchemy as sa


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sender_hmac", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("other_sender", sa.Boolean(), nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_sender_hmac"), ["sender_hmac"])


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_sender_hmac"))
        batch_op.drop_column("other_sender")
        batch_op.drop_column("sender_hmac")
