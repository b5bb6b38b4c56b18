"""audit branch

Revision ID: 4d5e6f708192
Revises: 2b3c4d5e6f70
"""
from alembic import op

revision = '4d5e6f708192'
down_revision = '2b3c4d5e6f70'
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table('old_audit', 'audit_log')
    op.drop_column('accounts', 'legacy_flag')
    op.drop_index('ix_accounts_email', table_name='accounts')
    op.execute(sa.text('''
        CREATE INDEX ix_audit_log_at ON audit_log (created_at);
    '''))


def downgrade():
    op.rename_table('audit_log', 'old_audit')
