"""stock move indexes: the journal by date, open loans, returns by loan"""

from alembic import op


revision, down_revision = '0003', '0002'


def upgrade() -> None:
    with op.batch_alter_table('stock_move', schema=None) as batch_op:
        batch_op.create_index('ix_stock_move_moved_on', ['moved_on', 'id'], unique=False)
        batch_op.create_index('ix_stock_move_loans', ['kind', 'returned', 'due_back'], unique=False)
        batch_op.create_index('ix_stock_move_loan_id', ['loan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stock_move', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_move_loan_id')
        batch_op.drop_index('ix_stock_move_loans')
        batch_op.drop_index('ix_stock_move_moved_on')
