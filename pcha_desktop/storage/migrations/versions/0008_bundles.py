"""The signed report bundle: the district's UCCARE pass results and its bundle exports; the province's
registered keys, imported bundles and records merged by uuid.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

New tables only; every existing row is kept as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('bundle_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('records', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('sequence >= 1', name=op.f('ck_bundle_export_sequence_from_1')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle_export')),
    sa.UniqueConstraint('period', 'sequence', name='uq_bundle_export_period_sequence'),
    sa.UniqueConstraint('uuid', name=op.f('uq_bundle_export_uuid'))
    )
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_export_period'), ['period'], unique=False)

    op.create_table('imported_bundle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('district_name', sa.String(length=100), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('key_fingerprint', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('manifest_json', sa.Text(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('sequence >= 1', name=op.f('ck_imported_bundle_sequence_from_1')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_bundle')),
    sa.UniqueConstraint('manifest_sha256', name=op.f('uq_imported_bundle_manifest_sha256')),
    sa.UniqueConstraint('uuid', name=op.f('uq_imported_bundle_uuid'))
    )
    with op.batch_alter_table('imported_bundle', schema=None) as batch_op:
        batch_op.create_index('ix_imported_bundle_district_period', ['district_code', 'period'], unique=False)

    op.create_table('quality_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('fiscal_year BETWEEN 2500 AND 2700', name=op.f('ck_quality_assessment_fiscal_year_in_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_assessment')),
    sa.UniqueConstraint('fiscal_year', name=op.f('uq_quality_assessment_fiscal_year')),
    sa.UniqueConstraint('uuid', name=op.f('uq_quality_assessment_uuid'))
    )
    op.create_table('registered_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(district_code) = 4', name=op.f('ck_registered_key_district_code_has_four_digits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registered_key')),
    sa.UniqueConstraint('public_key', name=op.f('uq_registered_key_public_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_registered_key_uuid'))
    )
    with op.batch_alter_table('registered_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registered_key_district_code'), ['district_code'], unique=False)

    op.create_table('province_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('source_updated_at', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('bundle_id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['bundle_id'], ['imported_bundle.id'], name=op.f('fk_province_record_bundle_id_imported_bundle'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_province_record')),
    sa.UniqueConstraint('record_uuid', name=op.f('uq_province_record_record_uuid')),
    sa.UniqueConstraint('uuid', name=op.f('uq_province_record_uuid'))
    )
    with op.batch_alter_table('province_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_province_record_bundle_id'), ['bundle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_province_record_district_code'), ['district_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('province_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_province_record_district_code'))
        batch_op.drop_index(batch_op.f('ix_province_record_bundle_id'))

    op.drop_table('province_record')
    with op.batch_alter_table('registered_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registered_key_district_code'))

    op.drop_table('registered_key')
    op.drop_table('quality_assessment')
    with op.batch_alter_table('imported_bundle', schema=None) as batch_op:
        batch_op.drop_index('ix_imported_bundle_district_period')

    op.drop_table('imported_bundle')
    with op.batch_alter_table('bundle_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_export_period'))

    op.drop_table('bundle_export')
