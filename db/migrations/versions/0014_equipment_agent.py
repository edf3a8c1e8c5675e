"""equipment.agent: an extinguisher's 灭火剂类型 as a field of its own

Empty for every item already stored: the name or the spec is not a reliable guess (泡沫 and
MS/MP were read as 干粉), so the office fills the type in; until then an extinguisher follows
the plain 灭火器 rules. No record changes here, so the audit chain needs no baseline rows.
"""

from alembic import op
import sqlalchemy as sa


revision, down_revision = '0014', '0013'


def upgrade() -> None:
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agent', sa.String(length=10), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_column('agent')
