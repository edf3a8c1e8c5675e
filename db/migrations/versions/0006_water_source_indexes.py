"""water source indexes: due dates of live sources, and the register's text search"""

from alembic import op


revision, down_revision = '0006', '0005'


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
