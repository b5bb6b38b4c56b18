"""add balance

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2024-02-08 16:30:12.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "2b3c4d5e6f70"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("accounts", sa.Column("balance", sa.Numeric(12, 2), nullable=True))
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.alter_column("email", new_column_name="email_address")
        batch_op.create_unique_constraint("uq_accounts_owner", ["owner"])


def downgrade() -> None:
    pass
