"""supply.move_count: the journal's total without counting every move"""

from alembic import op
import sqlalchemy as sa


revision, down_revision = '0005', '0004'


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
