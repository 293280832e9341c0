"""sender authenticity verdict on each message

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 14:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender_auth_json', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('sender_auth_json')
