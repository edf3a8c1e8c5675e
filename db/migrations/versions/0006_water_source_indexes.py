"""water source indexes: due dates of live sources, and the register's text search

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.create_index('ix_water_source_due', ['next_due', 'archived'], unique=False)
        batch_op.create_index(
            'ix_water_source_text', ['code', 'name', 'village', 'address', 'archived'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.drop_index('ix_water_source_text')
        batch_op.drop_index('ix_water_source_due')
