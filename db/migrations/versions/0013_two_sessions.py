"""the office's 两会 dates by year (over the shipped data file)

A new table only: no record is changed, so the audit chain needs no baseline rows.
"""

import sqlalchemy as sa

from db.migrations.columns import tracked_table
from alembic import op


revision, down_revision = '0013', '0012'


def upgrade() -> None:
    tracked_table(
        'two_sessions',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('start', sa.Date(), nullable=False),
        sa.Column('end', sa.Date(), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('confirmed', sa.Boolean(), nullable=False),
        sa.UniqueConstraint('year', name=op.f('uq_two_sessions_year'))
    )


def downgrade() -> None:
    op.drop_table('two_sessions')
