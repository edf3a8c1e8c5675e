"""sites plans drills equipment supplies"""

from alembic import op
import sqlalchemy as sa

from db.migrations.columns import indexes, place_columns, tracked_table


revision, down_revision = '0002', '0001'


def upgrade() -> None:
    tracked_table('attachment',
    sa.Column('owner_table', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('stored_name', sa.String(length=80), nullable=False),
    sa.Column('content_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.UniqueConstraint('stored_name', name=op.f('uq_attachment_stored_name'))
    )
    op.create_index('ix_attachment_owner', 'attachment', ['owner_table', 'owner_id'], unique=False)

    tracked_table('check',
    sa.Column('target_table', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('inspector', sa.String(length=60), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('mileage_km', sa.Float(), nullable=True)
    )
    op.create_index('ix_check_target', 'check', ['target_table', 'target_id', 'done_on'], unique=False)

    tracked_table('check_template_item',
    sa.Column('target', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False)
    )
    indexes('check_template_item', 'target')

    tracked_table('plan',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('author', sa.String(length=40), nullable=False),
    sa.Column('reviewer', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('evaluated_on', sa.Date(), nullable=True),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False)
    )
    indexes('plan', 'archived', 'name')

    tracked_table('rule',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('value', sa.String(length=80), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.UniqueConstraint('key', name=op.f('uq_rule_key'))
    )
    tracked_table('site',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    *place_columns(),
    sa.Column('contact', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('occupancy', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False)
    )
    indexes('site', 'archived', 'name', 'village')

    tracked_table('supply',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('location', sa.String(length=60), nullable=False),
    sa.Column('quota', sa.Float(), nullable=False),
    sa.Column('balance', sa.Float(), nullable=False),
    sa.Column('on_loan', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.UniqueConstraint('name', name=op.f('uq_supply_name'))
    )
    indexes('supply', 'archived', 'balance')

    tracked_table('vehicle',
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('tank_l', sa.Float(), nullable=True),
    sa.Column('foam_l', sa.Float(), nullable=True),
    sa.Column('pump_lps', sa.Float(), nullable=True),
    sa.Column('in_service_on', sa.Date(), nullable=True),
    sa.Column('mileage_km', sa.Float(), nullable=True),
    sa.Column('insurance_due', sa.Date(), nullable=True),
    sa.Column('inspection_due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.UniqueConstraint('plate', name=op.f('uq_vehicle_plate'))
    )
    indexes('vehicle', 'archived', 'status')

    op.create_table('check_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=True),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['check_id'], ['check.id'], name=op.f('fk_check_result_check_id_check'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_result'))
    )
    indexes('check_result', 'check_id')

    tracked_table('drill',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('organiser', sa.String(length=40), nullable=False),
    sa.Column('scenario', sa.Text(), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('other_units', sa.Text(), nullable=False),
    sa.Column('other_headcount', sa.Integer(), nullable=False),
    sa.Column('conclusion', sa.String(length=10), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('evaluators', sa.String(length=120), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_drill_plan_id_plan')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_drill_site_id_site'))
    )
    indexes('drill', 'archived', 'name', 'plan_id', 'site_id', 'starts_at')

    tracked_table('equipment',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('spec', sa.String(length=80), nullable=False),
    sa.Column('manufactured_on', sa.Date(), nullable=True),
    sa.Column('location', sa.String(length=60), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('compartment', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('last_test_on', sa.Date(), nullable=True),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('retire_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_equipment_vehicle_id_vehicle')),
    sa.UniqueConstraint('code', name=op.f('uq_equipment_code'))
    )
    indexes('equipment', 'archived', 'category', 'name', 'next_due', 'retire_on', 'status', 'vehicle_id')

    op.create_table('kit_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('compartment', sa.String(length=30), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_kit_item_vehicle_id_vehicle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kit_item'))
    )
    indexes('kit_item', 'vehicle_id')

    op.create_table('plan_site',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_site_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_plan_site_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', 'site_id', name=op.f('pk_plan_site'))
    )
    tracked_table('plan_version',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('revised_on', sa.Date(), nullable=False),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_version_plan_id_plan'), ondelete='CASCADE'),
    sa.UniqueConstraint('plan_id', 'number', name='uq_plan_version_number')
    )
    indexes('plan_version', 'plan_id')

    tracked_table('repair_ticket',
    sa.Column('target_table', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('assigned_to', sa.String(length=60), nullable=False),
    sa.Column('cost', sa.Float(), nullable=True),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('previous_status', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['check.id'], name=op.f('fk_repair_ticket_check_id_check'))
    )
    indexes('repair_ticket', 'status')
    op.create_index('ix_repair_ticket_target', 'repair_ticket', ['target_table', 'target_id'], unique=False)

    op.create_table('supply_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supply_id', sa.Integer(), nullable=False),
    sa.Column('batch', sa.String(length=40), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('balance', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['supply_id'], ['supply.id'], name=op.f('fk_supply_batch_supply_id_supply'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_batch'))
    )
    indexes('supply_batch', 'expires_on', 'supply_id')

    op.create_table('drill_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drill_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['drill_id'], ['drill.id'], name=op.f('fk_drill_attendance_drill_id_drill'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_drill_attendance_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_attendance')),
    sa.UniqueConstraint('drill_id', 'member_id', name='uq_drill_attendance')
    )
    indexes('drill_attendance', 'drill_id', 'member_id')

    op.create_table('drill_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drill_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['drill_id'], ['drill.id'], name=op.f('fk_drill_event_drill_id_drill'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_event'))
    )
    indexes('drill_event', 'drill_id')

    op.create_table('drill_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drill_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=60), nullable=False),
    sa.Column('rating', sa.String(length=10), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['drill_id'], ['drill.id'], name=op.f('fk_drill_score_drill_id_drill'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_score')),
    sa.UniqueConstraint('drill_id', 'item', name='uq_drill_score_item')
    )
    indexes('drill_score', 'drill_id')

    tracked_table('finding',
    sa.Column('drill_id', sa.Integer(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=40), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('triggers_revision', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['drill_id'], ['drill.id'], name=op.f('fk_finding_drill_id_drill'), ondelete='CASCADE')
    )
    indexes('finding', 'deadline', 'drill_id')

    tracked_table('stock_move',
    sa.Column('supply_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('balance_after', sa.Float(), nullable=False),
    sa.Column('handler', sa.String(length=40), nullable=False),
    sa.Column('borrower', sa.String(length=60), nullable=False),
    sa.Column('due_back', sa.Date(), nullable=True),
    sa.Column('returned', sa.Boolean(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['supply_batch.id'], name=op.f('fk_stock_move_batch_id_supply_batch')),
    sa.ForeignKeyConstraint(['loan_id'], ['stock_move.id'], name=op.f('fk_stock_move_loan_id_stock_move')),
    sa.ForeignKeyConstraint(['supply_id'], ['supply.id'], name=op.f('fk_stock_move_supply_id_supply'))
    )
    op.create_index('ix_stock_move_supply_date', 'stock_move', ['supply_id', 'moved_on'], unique=False)

    tracked_table('revision_task',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_revision_task_finding_id_finding')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_revision_task_plan_id_plan')),
    sa.ForeignKeyConstraint(['version_id'], ['plan_version.id'], name=op.f('fk_revision_task_version_id_plan_version'))
    )
    indexes('revision_task', 'plan_id')


def downgrade() -> None:
    # Newest first; a table's indexes go with it.
    for table in (
        'revision_task',
        'stock_move',
        'finding',
        'drill_score',
        'drill_event',
        'drill_attendance',
        'supply_batch',
        'repair_ticket',
        'plan_version',
        'plan_site',
        'kit_item',
        'equipment',
        'drill',
        'check_result',
        'vehicle',
        'supply',
        'site',
        'rule',
        'plan',
        'check_template_item',
        'check',
        'attachment',
    ):
        op.drop_table(table)
