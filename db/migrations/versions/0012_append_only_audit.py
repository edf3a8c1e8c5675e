"""seal the audit chain; SQLite triggers keep the audit trail append-only

Rows written before this revision have no hash: they are sealed here, once, in id order. Records that
earlier upgrades made or changed without an audit row (the alert levels 0001 seeds, the
counts and due dates 0005 and 0007 fill in) get one audit row by 程序升级, so the chain starts
from the records as they are. Then two triggers refuse UPDATE and DELETE on ``audit_log``.

A later migration that must rewrite ``audit_log`` (batch_alter_table recreates the table and
drops the triggers) creates these triggers again; one that changes records writes audit rows
for them (``db.audit_verify.baseline``).
"""

from alembic import op

from db.audit_verify import baseline
from db.chain import TRIGGERS, append_only_sql, seal_unhashed

revision, down_revision = '0012', '0011'


def upgrade() -> None:
    conn = op.get_bind()
    seal_unhashed(conn)
    baseline(conn)
    if conn.dialect.name == 'sqlite':
        for statement in append_only_sql():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in TRIGGERS.values():
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
