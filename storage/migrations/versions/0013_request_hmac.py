"""keyed hash of a request's text on each message, to know a request sent again

Revision ID: 0013
Revises: 0012
"""

from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_hmac", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_request_hmac"), ["request_hmac"])


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_request_hmac"))
        batch_op.drop_column("request_hmac")
