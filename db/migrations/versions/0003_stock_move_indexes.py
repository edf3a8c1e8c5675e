"""stock move indexes: the journal by date, open loans, returns by loan

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


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
