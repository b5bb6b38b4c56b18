"""merge payments and audit heads

Revision ID: 0f1e2d3c4b5a
Revises: 3c4d5e6f7081, 4d5e6f708192
"""
revision = '0f1e2d3c4b5a'
down_revision = ('3c4d5e6f7081', '4d5e6f708192')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
