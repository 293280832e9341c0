"""store integrity: a case's binding to its message, and one-off store flags

Existing cases get their binding on the first open after this migration (it needs the
keyring, which migrations do not have): intake.context calls
storage.privacy.bind_unbound_cases while the flag `case_binding` is "pending", audited
as "case.bind", then sets it to "done". From then on a case without a binding is refused.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("binding", sa.String(length=64), nullable=True))
    flags = op.create_table(
        "store_flags",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.bulk_insert(flags, [{"name": "case_binding", "value": "pending"}])


def downgrade() -> None:
    op.drop_table("store_flags")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("binding")
