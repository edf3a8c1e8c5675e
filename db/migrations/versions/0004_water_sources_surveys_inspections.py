"""water sources surveys inspections"""

from alembic import op
import sqlalchemy as sa

from db.migrations.columns import tracked_columns


revision, down_revision = '0004', '0003'


def upgrade() -> None:
    op.create_table('survey',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    *tracked_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey'))
    )
    op.create_table('water_source',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('form', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('village', sa.String(length=60), nullable=False),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('crs', sa.String(length=10), nullable=False),
    sa.Column('lon_wgs', sa.Float(), nullable=True),
    sa.Column('lat_wgs', sa.Float(), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('built_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('has_dry_season', sa.Boolean(), nullable=False),
    sa.Column('dry_months', sa.String(length=40), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('flow_class', sa.String(length=4), nullable=False),
    sa.Column('last_inspected_on', sa.Date(), nullable=True),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['parent_id'], ['water_source.id'], name=op.f('fk_water_source_parent_id_water_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_water_source')),
    sa.UniqueConstraint('code', name=op.f('uq_water_source_code'))
    )
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_water_source_archived'), ['archived'], unique=False)
        batch_op.create_index('ix_water_source_filter', ['type', 'status', 'village'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_source_flow_class'), ['flow_class'], unique=False)
        batch_op.create_index('ix_water_source_grid', ['lat_wgs', 'lon_wgs'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_source_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_source_next_due'), ['next_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_source_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_source_village'), ['village'], unique=False)

    op.create_table('flow_test',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('tested_on', sa.Date(), nullable=False),
    sa.Column('static_mpa', sa.Float(), nullable=False),
    sa.Column('residual_mpa', sa.Float(), nullable=False),
    sa.Column('pitot_mpa', sa.Float(), nullable=False),
    sa.Column('outlet_mm', sa.Float(), nullable=False),
    sa.Column('coefficient', sa.Float(), nullable=False),
    sa.Column('flow_lps', sa.Float(), nullable=False),
    sa.Column('rated_lps', sa.Float(), nullable=False),
    sa.Column('flow_class', sa.String(length=4), nullable=False),
    sa.Column('testers', sa.String(length=120), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_flow_test_source_id_water_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flow_test'))
    )
    with op.batch_alter_table('flow_test', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flow_test_source_id'), ['source_id'], unique=False)

    op.create_table('inspection',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=True),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_inspection_source_id_water_source')),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_inspection_survey_id_survey')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_inspected_on'), ['inspected_on'], unique=False)
        batch_op.create_index('ix_inspection_source_date', ['source_id', 'inspected_on'], unique=False)

    op.create_table('inspection_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=120), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_item_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_item'))
    )
    with op.batch_alter_table('inspection_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_item_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('survey_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_survey_item_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_survey_item_source_id_water_source')),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_survey_item_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_item')),
    sa.UniqueConstraint('survey_id', 'source_id', name='uq_survey_item')
    )
    with op.batch_alter_table('survey_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_item_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_item_survey_id'), ['survey_id'], unique=False)

    op.create_table('water_repair',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('reported_to', sa.String(length=100), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    *tracked_columns(),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_water_repair_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_water_repair_source_id_water_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_water_repair'))
    )
    with op.batch_alter_table('water_repair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_water_repair_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_water_repair_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('water_repair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_water_repair_status'))
        batch_op.drop_index(batch_op.f('ix_water_repair_source_id'))

    op.drop_table('water_repair')
    with op.batch_alter_table('survey_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_item_survey_id'))
        batch_op.drop_index(batch_op.f('ix_survey_item_source_id'))

    op.drop_table('survey_item')
    with op.batch_alter_table('inspection_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_item_inspection_id'))

    op.drop_table('inspection_item')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_source_date')
        batch_op.drop_index(batch_op.f('ix_inspection_inspected_on'))

    op.drop_table('inspection')
    with op.batch_alter_table('flow_test', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flow_test_source_id'))

    op.drop_table('flow_test')
    with op.batch_alter_table('water_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_water_source_village'))
        batch_op.drop_index(batch_op.f('ix_water_source_status'))
        batch_op.drop_index(batch_op.f('ix_water_source_next_due'))
        batch_op.drop_index(batch_op.f('ix_water_source_name'))
        batch_op.drop_index('ix_water_source_grid')
        batch_op.drop_index(batch_op.f('ix_water_source_flow_class'))
        batch_op.drop_index('ix_water_source_filter')
        batch_op.drop_index(batch_op.f('ix_water_source_archived'))

    op.drop_table('water_source')
    op.drop_table('survey')
