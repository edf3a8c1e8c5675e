"""water sources surveys inspections"""

from alembic import op
import sqlalchemy as sa

from db.migrations.columns import indexes, place_columns, tracked_table


revision, down_revision = '0004', '0003'


def upgrade() -> None:
    tracked_table('survey',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False)
    )
    tracked_table('water_source',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('form', sa.String(length=10), nullable=False),
    *place_columns(),
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
    sa.ForeignKeyConstraint(['parent_id'], ['water_source.id'], name=op.f('fk_water_source_parent_id_water_source')),
    sa.UniqueConstraint('code', name=op.f('uq_water_source_code'))
    )
    indexes('water_source', 'archived')
    op.create_index('ix_water_source_filter', 'water_source', ['type', 'status', 'village'], unique=False)
    indexes('water_source', 'flow_class')
    op.create_index('ix_water_source_grid', 'water_source', ['lat_wgs', 'lon_wgs'], unique=False)
    indexes('water_source', 'name', 'next_due', 'status', 'village')

    tracked_table('flow_test',
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
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_flow_test_source_id_water_source'))
    )
    indexes('flow_test', 'source_id')

    tracked_table('inspection',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_inspection_source_id_water_source')),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_inspection_survey_id_survey'))
    )
    indexes('inspection', 'inspected_on')
    op.create_index('ix_inspection_source_date', 'inspection', ['source_id', 'inspected_on'], unique=False)

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
    indexes('inspection_item', 'inspection_id')

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
    indexes('survey_item', 'source_id', 'survey_id')

    tracked_table('water_repair',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('reported_to', sa.String(length=100), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_water_repair_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['source_id'], ['water_source.id'], name=op.f('fk_water_repair_source_id_water_source'))
    )
    indexes('water_repair', 'source_id', 'status')


def downgrade() -> None:
    # Newest first; a table's indexes go with it.
    for table in (
        'water_repair',
        'survey_item',
        'inspection_item',
        'inspection',
        'flow_test',
        'water_source',
        'survey',
    ):
        op.drop_table(table)
