"""create accounts

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2024-02-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1a2b3c4d5e6f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=255), nullable=False),
        sa.Column('owner', sa.String(length=120), nullable=False),
        sa.Column('legacy_flag', sa.Boolean(), server_default=sa.text('false')),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_accounts_email'), 'accounts', ['email'], unique=True)


def downgrade():
    op.drop_index(op.f('ix_accounts_email'), table_name='accounts')
    op.drop_table('accounts')
