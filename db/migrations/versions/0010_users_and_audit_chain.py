"""the program's users, and a hash on every audit row (the audit chain)

``audit_log.row_hash`` holds SHA-256 over the row's content and the previous row's hash, so a
changed, inserted or deleted audit row breaks the chain. Rows written before this revision get
their hashes the first time the chain is sealed (``db.audit``).
"""

import sqlalchemy as sa

from db.migrations.columns import tracked_table
from alembic import op


revision, down_revision = '0010', '0009'


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    tracked_table(
        'app_user',
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('disabled', sa.Boolean(), nullable=False),
        sa.Column('failed_logins', sa.Integer(), nullable=False),
        sa.Column('last_failed_at', sa.DateTime(), nullable=True),
        sa.UniqueConstraint('name', name=op.f('uq_app_user_name'))
    )


def downgrade() -> None:
    op.drop_table('app_user')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('row_hash')
