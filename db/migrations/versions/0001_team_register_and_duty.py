"""team register and duty"""

import datetime

from alembic import op
import sqlalchemy as sa

from db.migrations.columns import indexes, tracked_table


revision, down_revision = '0001', None


def upgrade() -> None:
    tracked_table('alert_level',
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('staff', sa.Integer(), nullable=False),
    sa.Column('standby', sa.Integer(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.UniqueConstraint('level', name=op.f('uq_alert_level_level')),
    sa.UniqueConstraint('name', name=op.f('uq_alert_level_name'))
    )
    tracked_table('alert_period',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('min_staff', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False)
    )
    indexes('alert_period', 'start')

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    indexes('audit_log', 'at')
    op.create_index('ix_audit_log_record', 'audit_log', ['table_name', 'record_id'], unique=False)

    tracked_table('call_log',
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('caller_unit', sa.String(length=100), nullable=False),
    sa.Column('caller_name', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('reported_to', sa.String(length=40), nullable=False)
    )
    indexes('call_log', 'at')

    tracked_table('duty_day',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.UniqueConstraint('date', name=op.f('uq_duty_day_date'))
    )
    tracked_table('handover',
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('phones_ok', sa.Boolean(), nullable=False),
    sa.Column('radios_ok', sa.Boolean(), nullable=False),
    sa.Column('vehicles_ready', sa.Boolean(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('open_items', sa.Text(), nullable=False),
    sa.Column('handed_by', sa.String(length=40), nullable=False),
    sa.Column('received_by', sa.String(length=40), nullable=False)
    )
    indexes('handover', 'duty_date')

    tracked_table('member',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('can_lead', sa.Boolean(), nullable=False),
    sa.Column('driver', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False)
    )
    indexes('member', 'archived', 'name')

    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('duty_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['duty_day.id'], name=op.f('fk_duty_assignment_day_id_duty_day'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_duty_assignment_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_assignment')),
    sa.UniqueConstraint('day_id', 'member_id', name='uq_duty_assignment_day_member')
    )
    indexes('duty_assignment', 'day_id', 'member_id')
    op.create_index('uq_duty_assignment_one_leader', 'duty_assignment', ['day_id'], unique=True, sqlite_where=sa.text("role = 'leader'"), postgresql_where=sa.text("role = 'leader'"))

    tracked_table('leave',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_leave_member_id_member'))
    )
    indexes('leave', 'member_id')

    # Default readiness levels; the office edits them in 设置 → 战备等级.
    levels = sa.table(
        'alert_level', sa.column('level', sa.Integer), sa.column('name', sa.String),
        sa.column('staff', sa.Integer), sa.column('standby', sa.Integer),
        sa.column('colour', sa.String), sa.column('created_at', sa.DateTime),
        sa.column('created_by', sa.String), sa.column('updated_at', sa.DateTime),
        sa.column('updated_by', sa.String), sa.column('version', sa.Integer),
    )
    stamp = datetime.datetime.now().replace(microsecond=0)
    op.bulk_insert(levels, [
        {'level': level, 'name': name, 'staff': staff, 'standby': standby, 'colour': colour,
         'created_at': stamp, 'created_by': 'setup', 'updated_at': stamp, 'updated_by': 'setup',
         'version': 1}
        for level, name, staff, standby, colour in (
            (0, '常态', 1, 1, '#ffffff'),
            (1, '三级战备', 2, 2, '#fff2b3'),
            (2, '二级战备', 3, 3, '#ffd08a'),
            (3, '一级战备', 4, 4, '#ff9c8a'),
        )
    ])


def downgrade() -> None:
    # Newest first; a table's indexes go with it.
    for table in (
        'leave',
        'duty_assignment',
        'setting',
        'member',
        'handover',
        'duty_day',
        'call_log',
        'audit_log',
        'alert_period',
        'alert_level',
    ):
        op.drop_table(table)
