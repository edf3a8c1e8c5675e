"""water sources never inspected are due from the day they were registered"""

import datetime as dt

import sqlalchemy as sa
from alembic import op


revision, down_revision = '0007', '0006'

source = sa.table(
    'water_source',
    sa.column('id', sa.Integer),
    sa.column('created_at', sa.DateTime),
    sa.column('last_inspected_on', sa.Date),
    sa.column('next_due', sa.Date),
)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(source.c.id, source.c.created_at).where(
            source.c.last_inspected_on.is_(None), source.c.next_due.is_(None)
        )
    ).all()
    changes = [
        {'sid': sid, 'due': (created or dt.datetime.now()).date()} for sid, created in rows
    ]
    if changes:
        conn.execute(
            source.update()
            .where(source.c.id == sa.bindparam('sid'))
            .values(next_due=sa.bindparam('due')),
            changes,
        )


def downgrade() -> None:
    op.execute(
        source.update()
        .where(source.c.last_inspected_on.is_(None))
        .values(next_due=None)
    )
