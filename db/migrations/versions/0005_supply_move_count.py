"""supply.move_count: the journal's total without counting every move

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('supply', schema=None) as batch_op:
        batch_op.add_column(sa.Column('move_count', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        "UPDATE supply SET move_count = "
        "(SELECT COUNT(*) FROM stock_move WHERE stock_move.supply_id = supply.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table('supply', schema=None) as batch_op:
        batch_op.drop_column('move_count')
