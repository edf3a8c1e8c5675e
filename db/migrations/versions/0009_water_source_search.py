"""water source search: a trigram text index (SQLite) and an index that counts 今天可用

On SQLite the register's text search reads an FTS5 trigram index kept by triggers, so
finding "S0999" among 100,000 sources reads a few index pages instead of every row (a search
shorter than three characters, or a SQLite without FTS5, still scans). PostgreSQL keeps its
ILIKE search. ``ix_water_source_available`` lets the 今天可用 filter count from the index.
Statistics (ANALYZE) let SQLite walk the sort column's index for a page of a broad filter.
"""

from alembic import op
from sqlalchemy import text

revision, down_revision = '0009', '0008'

TEXT_INDEX = 'water_source_text'
COLUMNS = 'code, name, address, village'


def _has_trigram(bind) -> bool:
    try:
        bind.execute(text("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')"))
    except Exception:
        return False
    bind.execute(text('DROP TABLE temp.trigram_probe'))
    return True


def upgrade() -> None:
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.create_index(
            'ix_water_source_available',
            ['archived', 'status', 'has_dry_season', 'dry_months'],
            unique=False,
        )
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    if _has_trigram(bind):
        op.execute(
            f"CREATE VIRTUAL TABLE {TEXT_INDEX} USING fts5({COLUMNS}, content='water_source', "
            "content_rowid='id', tokenize='trigram')"
        )
        new = ', '.join(f'new.{c}' for c in COLUMNS.split(', '))
        old = ', '.join(f'old.{c}' for c in COLUMNS.split(', '))
        op.execute(
            f"CREATE TRIGGER {TEXT_INDEX}_ai AFTER INSERT ON water_source BEGIN "
            f"INSERT INTO {TEXT_INDEX}(rowid, {COLUMNS}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {TEXT_INDEX}_ad AFTER DELETE ON water_source BEGIN "
            f"INSERT INTO {TEXT_INDEX}({TEXT_INDEX}, rowid, {COLUMNS}) "
            f"VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {TEXT_INDEX}_au AFTER UPDATE OF {COLUMNS} ON water_source BEGIN "
            f"INSERT INTO {TEXT_INDEX}({TEXT_INDEX}, rowid, {COLUMNS}) "
            f"VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {TEXT_INDEX}(rowid, {COLUMNS}) VALUES (new.id, {new}); END"
        )
        op.execute(f"INSERT INTO {TEXT_INDEX}({TEXT_INDEX}) VALUES ('rebuild')")
    op.execute('ANALYZE')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for suffix in ('ai', 'ad', 'au'):
            op.execute(f'DROP TRIGGER IF EXISTS {TEXT_INDEX}_{suffix}')
        op.execute(f'DROP TABLE IF EXISTS {TEXT_INDEX}')
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.drop_index('ix_water_source_available')
