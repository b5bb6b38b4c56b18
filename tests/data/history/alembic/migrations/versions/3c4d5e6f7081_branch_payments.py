"""payments branch

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
"""
from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7081'
down_revision = '2b3c4d5e6f70'
branch_labels = ('payments',)
depends_on = None

MEMO_SQL = "ALTER TABLE payments ADD COLUMN memo text"


def upgrade():
    op.create_table('payments',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('account_id', sa.Integer(), nullable=False))
    op.create_foreign_key('fk_payments_account', 'payments', 'accounts', ['account_id'], ['id'])
    op.execute(MEMO_SQL)


def downgrade():
    op.drop_constraint('fk_payments_account', 'payments', type_='foreignkey')
    op.drop_table('payments')
