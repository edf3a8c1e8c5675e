"""the office's vocabularies: values it added to descriptive lists and its own synonyms"""

import sqlalchemy as sa

from db.migrations.columns import tracked_table
from alembic import op


revision, down_revision = '0008', '0007'


def upgrade() -> None:
    tracked_table(
        'vocab_entry',
        sa.Column('vocab', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('written', sa.String(length=100), nullable=False),
        sa.Column('written_key', sa.String(length=100), nullable=False),
        sa.Column('canonical', sa.String(length=100), nullable=False),
        sa.UniqueConstraint(
            'vocab', 'kind', 'written_key', name=op.f('uq_vocab_entry_vocab')
        )
    )


def downgrade() -> None:
    op.drop_table('vocab_entry')
