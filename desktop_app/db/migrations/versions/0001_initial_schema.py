"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27 05:00:12.724126
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('person', 'company', name=op.f('ck_customers_kind'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('contact_person', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('phone2', sa.String(length=50), nullable=True),
    sa.Column('city', sa.String(length=50), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('is_key_customer', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone'), ['phone'], unique=False)
        batch_op.create_index('ix_customers_phone2', ['phone2'], unique=False)

    op.create_table('fee_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_schedules')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_fee_schedules_effective_from'))
    )
    op.create_table('number_sequences',
    sa.Column('prefix', sa.String(length=50), nullable=False),
    sa.Column('period', sa.String(length=50), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'period', name=op.f('pk_number_sequences'))
    )
    op.create_table('parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_no', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('compatible_models', sa.JSON(), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=True),
    sa.Column('is_wear_part', sa.Boolean(), nullable=False),
    sa.Column('unit_of_measure', sa.String(length=20), nullable=False),
    sa.Column('reorder_level', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parts')),
    sa.UniqueConstraint('part_no', name=op.f('uq_parts_part_no'))
    )
    op.create_table('product_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_product_categories_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.Enum('operator', 'technician', 'supervisor', 'manager', name=op.f('ck_staff_role'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_sign_ins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('assessment_rule_sets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('published_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['published_by_id'], ['staff.id'], name=op.f('fk_assessment_rule_sets_published_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_rule_sets')),
    sa.UniqueConstraint('version', name=op.f('uq_assessment_rule_sets_version'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['staff.id'], name=op.f('fk_audit_log_user_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_log_user_at', ['user_id', 'at'], unique=False)

    op.create_table('fault_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_category_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['product_category_id'], ['product_categories.id'], name=op.f('fk_fault_categories_product_category_id_product_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fault_categories')),
    sa.UniqueConstraint('product_category_id', 'code', name=op.f('uq_fault_categories_product_category_id'))
    )
    op.create_table('fee_schedule_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('cost_price', sa.BigInteger(), nullable=False),
    sa.Column('fee_price', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_fee_schedule_items_part_id_parts')),
    sa.ForeignKeyConstraint(['schedule_id'], ['fee_schedules.id'], name=op.f('fk_fee_schedule_items_schedule_id_fee_schedules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_schedule_items')),
    sa.UniqueConstraint('schedule_id', 'part_id', name=op.f('uq_fee_schedule_items_schedule_id'))
    )
    with op.batch_alter_table('fee_schedule_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fee_schedule_items_part_id'), ['part_id'], unique=False)

    op.create_table('fund_rate_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('rate_percent', sa.Numeric(precision=6, scale=3), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_fund_rate_versions_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_rate_versions')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_fund_rate_versions_effective_from'))
    )
    op.create_table('labour_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['fee_schedules.id'], name=op.f('fk_labour_rates_schedule_id_fee_schedules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_rates')),
    sa.UniqueConstraint('schedule_id', 'code', name=op.f('uq_labour_rates_schedule_id'))
    )
    op.create_table('printed_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('document', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_printed_documents_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_documents'))
    )
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('accessories', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['product_categories.id'], name=op.f('fk_products_category_id_product_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('model', name=op.f('uq_products_model'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_category_id'), ['category_id'], unique=False)

    op.create_table('remittances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=50), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_remittances_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remittances'))
    )
    with op.batch_alter_table('remittances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remittances_paid_on'), ['paid_on'], unique=False)

    op.create_table('requisitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'awaiting_approval', 'submitted', 'shipped', 'partially_received', 'received', 'cancelled', name=op.f('ck_requisitions_status'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('shipping', sa.Enum('normal', 'ems', 'rail_express', 'air', name=op.f('ck_requisitions_shipping'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('urgent_cost', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_requisitions_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_requisitions_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requisitions')),
    sa.UniqueConstraint('number', name=op.f('uq_requisitions_number'))
    )
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requisitions_month'), ['month'], unique=False)

    op.create_table('return_applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('status', sa.Enum('draft', 'applied', 'approved', 'shipped', 'acknowledged', 'refused', name=op.f('ck_return_applications_status'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approval_reference', sa.String(length=100), nullable=True),
    sa.Column('shipped_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('freight_out', sa.BigInteger(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_return_applications_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_applications')),
    sa.UniqueConstraint('number', name=op.f('uq_return_applications_number'))
    )
    op.create_table('warranty_policy_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.Column('published_by_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['published_by_id'], ['staff.id'], name=op.f('fk_warranty_policy_versions_published_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_policy_versions')),
    sa.UniqueConstraint('version', name=op.f('uq_warranty_policy_versions_version'))
    )
    op.create_table('requisition_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('requisition_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('over_quota', sa.Boolean(), nullable=False),
    sa.Column('received_quantity', sa.Integer(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_requisition_lines_positive_quantity')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_requisition_lines_part_id_parts')),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_requisition_lines_requisition_id_requisitions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requisition_lines'))
    )
    with op.batch_alter_table('requisition_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requisition_lines_requisition_id'), ['requisition_id'], unique=False)

    op.create_table('rule_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['rule_set_id'], ['assessment_rule_sets.id'], name=op.f('fk_rule_acknowledgements_rule_set_id_assessment_rule_sets')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_rule_acknowledgements_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_acknowledgements')),
    sa.UniqueConstraint('rule_set_id', 'staff_id', name=op.f('uq_rule_acknowledgements_rule_set_id'))
    )
    with op.batch_alter_table('rule_acknowledgements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rule_acknowledgements_staff_id'), ['staff_id'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=100), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('sale_date', sa.Date(), nullable=True),
    sa.Column('invoice_no', sa.String(length=100), nullable=True),
    sa.Column('sale_registered', sa.Boolean(), nullable=False),
    sa.Column('centre_received_date', sa.Date(), nullable=True),
    sa.Column('replaced_by_unit_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_units_customer_id_customers')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_units_product_id_products')),
    sa.ForeignKeyConstraint(['replaced_by_unit_id'], ['units.id'], name=op.f('fk_units_replaced_by_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('serial', name=op.f('uq_units_serial'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_product_id'), ['product_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('channel', sa.Enum('walk_in', 'phone', 'mail', 'fax', 'email', 'qq', 'website', 'on_site_request', name=op.f('ck_claims_channel'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('claim_date', sa.Date(), nullable=False),
    sa.Column('fault_description', sa.Text(), nullable=False),
    sa.Column('requested_remedy', sa.Enum('return', 'exchange', 'free_repair', 'paid_repair', 'negotiated', name=op.f('ck_claims_requested_remedy'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('accessories_received', sa.JSON(), nullable=False),
    sa.Column('accessories_missing', sa.JSON(), nullable=False),
    sa.Column('has_invoice', sa.Boolean(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.Enum('return', 'exchange', 'free_repair', 'paid_repair', 'negotiated', name=op.f('ck_claims_decision'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('offered_remedies', sa.JSON(), nullable=False),
    sa.Column('cost_bearer', sa.Enum('manufacturer_doa', 'manufacturer_early_defect', 'fund_in_warranty', 'fund_out_of_warranty', 'customer', name=op.f('ck_claims_cost_bearer'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('decision_detail', sa.JSON(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Enum('open', 'awaiting_approval', 'in_progress', 'completed', 'cancelled', name=op.f('ck_claims_status'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_claims_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_claims_created_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_claims_customer_id_customers')),
    sa.ForeignKeyConstraint(['override_by_id'], ['staff.id'], name=op.f('fk_claims_override_by_id_staff')),
    sa.ForeignKeyConstraint(['policy_version_id'], ['warranty_policy_versions.id'], name=op.f('fk_claims_policy_version_id_warranty_policy_versions')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_claims_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
    sa.UniqueConstraint('number', name=op.f('uq_claims_number'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_claim_date'), ['claim_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_status'), ['status'], unique=False)
        batch_op.create_index('ix_claims_status_date', ['status', 'claim_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_unit_id'), ['unit_id'], unique=False)

    op.create_table('calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('channel', sa.Enum('phone', 'fax', 'letter', 'email', 'qq', 'website', name=op.f('ck_calls_channel'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('caller_name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('needs_visit', sa.Boolean(), nullable=False),
    sa.Column('reply_due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('replied_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('replied_by_id', sa.Integer(), nullable=True),
    sa.Column('reply_note', sa.Text(), nullable=True),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('registered_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_calls_claim_id_claims')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_calls_customer_id_customers')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['staff.id'], name=op.f('fk_calls_registered_by_id_staff')),
    sa.ForeignKeyConstraint(['replied_by_id'], ['staff.id'], name=op.f('fk_calls_replied_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls')),
    sa.UniqueConstraint('number', name=op.f('uq_calls_number'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calls_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_received_at'), ['received_at'], unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('part_id', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('cost_bearer', sa.Enum('manufacturer_doa', 'manufacturer_early_defect', 'fund_in_warranty', 'fund_out_of_warranty', 'customer', name=op.f('ck_return_lines_cost_bearer'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('packed', sa.Boolean(), nullable=False),
    sa.Column('acknowledged_quantity', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['return_applications.id'], name=op.f('fk_return_lines_application_id_return_applications')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_return_lines_claim_id_claims')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_return_lines_part_id_parts')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_return_lines_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_lines'))
    )
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_lines_application_id'), ['application_id'], unique=False)

    op.create_table('work_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('bench', 'on_site', 'installation', 'visit', name=op.f('ck_work_orders_kind'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('state', sa.Enum('received', 'dispatched', 'diagnosing', 'awaiting_approval', 'awaiting_parts', 'repairing', 'repaired', 'ready_for_pickup', 'shipped_back', 'closed', 'cancelled', name=op.f('ck_work_orders_state'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=True),
    sa.Column('dispatched_by_id', sa.Integer(), nullable=True),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fault_category_id', sa.Integer(), nullable=True),
    sa.Column('cause_class', sa.Enum('quality_defect', 'user_damage', 'not_reproducible', name=op.f('ck_work_orders_cause_class'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('diagnosis_note', sa.Text(), nullable=True),
    sa.Column('final_decision', sa.Enum('return', 'exchange', 'free_repair', 'paid_repair', 'negotiated', name=op.f('ck_work_orders_final_decision'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('quote_parts', sa.BigInteger(), nullable=True),
    sa.Column('quote_labour', sa.BigInteger(), nullable=True),
    sa.Column('quote_travel', sa.BigInteger(), nullable=True),
    sa.Column('quote_accepted', sa.Boolean(), nullable=True),
    sa.Column('quote_decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('replacement_unit_id', sa.Integer(), nullable=True),
    sa.Column('required_arrival_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('departed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('called_headquarters', sa.Boolean(), nullable=True),
    sa.Column('late_arrival', sa.Boolean(), nullable=False),
    sa.Column('report_fault_cause', sa.Text(), nullable=True),
    sa.Column('report_solution', sa.Text(), nullable=True),
    sa.Column('report_customer_opinion', sa.Text(), nullable=True),
    sa.Column('report_no_parts', sa.Boolean(), nullable=False),
    sa.Column('repeat_of_id', sa.Integer(), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_work_orders_call_id_calls')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_work_orders_claim_id_claims')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_work_orders_customer_id_customers')),
    sa.ForeignKeyConstraint(['dispatched_by_id'], ['staff.id'], name=op.f('fk_work_orders_dispatched_by_id_staff')),
    sa.ForeignKeyConstraint(['fault_category_id'], ['fault_categories.id'], name=op.f('fk_work_orders_fault_category_id_fault_categories')),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['work_orders.id'], name=op.f('fk_work_orders_repeat_of_id_work_orders')),
    sa.ForeignKeyConstraint(['replacement_unit_id'], ['units.id'], name=op.f('fk_work_orders_replacement_unit_id_units')),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_work_orders_technician_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_work_orders_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_orders')),
    sa.UniqueConstraint('number', name=op.f('uq_work_orders_number'))
    )
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_orders_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_orders_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_orders_state'), ['state'], unique=False)
        batch_op.create_index('ix_work_orders_tech_state', ['technician_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_orders_technician_id'), ['technician_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_orders_unit_id'), ['unit_id'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('received_via', sa.Enum('call', 'letter', 'visit', name=op.f('ck_complaints_received_via'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('complainant', sa.String(length=100), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('about_staff_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.Enum('quarrel', 'asking_for_money', 'late_personal', 'repeat_repair_personal', 'attitude', 'non_quality', 'design_defect', 'other', name=op.f('ck_complaints_category'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('registered', 'verified', 'rejected', name=op.f('ck_complaints_status'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('findings', sa.Text(), nullable=True),
    sa.Column('verified_by_id', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('registered_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['about_staff_id'], ['staff.id'], name=op.f('fk_complaints_about_staff_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_complaints_customer_id_customers')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_complaints_product_id_products')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['staff.id'], name=op.f('fk_complaints_registered_by_id_staff')),
    sa.ForeignKeyConstraint(['verified_by_id'], ['staff.id'], name=op.f('fk_complaints_verified_by_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_complaints_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints')),
    sa.UniqueConstraint('number', name=op.f('uq_complaints_number'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaints_about_staff_id'), ['about_staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaints_received_on'), ['received_on'], unique=False)

    op.create_table('fines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Enum('left_without_calling_hq', 'late_arrival', 'incomplete_report', 'disobeyed_dispatch', name=op.f('ck_fines_reason'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('facts_on', sa.Date(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.Enum('suggested', 'confirmed', 'dismissed', name=op.f('ck_fines_status'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'], name=op.f('fk_fines_decided_by_id_staff')),
    sa.ForeignKeyConstraint(['rule_set_id'], ['assessment_rule_sets.id'], name=op.f('fk_fines_rule_set_id_assessment_rule_sets')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_fines_staff_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_fines_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fines'))
    )
    with op.batch_alter_table('fines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fines_staff_id'), ['staff_id'], unique=False)

    op.create_table('fund_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('quarter', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.Enum('accrual', 'charge', 'carry_forward', 'excess_paid', name=op.f('ck_fund_ledger_kind'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('return_application_id', sa.Integer(), nullable=True),
    sa.Column('requisition_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_fund_ledger_requisition_id_requisitions')),
    sa.ForeignKeyConstraint(['return_application_id'], ['return_applications.id'], name=op.f('fk_fund_ledger_return_application_id_return_applications')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_fund_ledger_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_ledger'))
    )
    with op.batch_alter_table('fund_ledger', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_ledger_entry_date'), ['entry_date'], unique=False)

    op.create_table('stock_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('receipt', 'issue', 'return_to_stock', 'adjustment', name=op.f('ck_stock_movements_kind'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('requisition_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('is_tool_check_in', sa.Boolean(), nullable=False),
    sa.CheckConstraint('quantity <> 0', name=op.f('ck_stock_movements_nonzero_quantity')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_stock_movements_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_stock_movements_by_id_staff')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_stock_movements_part_id_parts')),
    sa.ForeignKeyConstraint(['requisition_id'], ['requisitions.id'], name=op.f('fk_stock_movements_requisition_id_requisitions')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_stock_movements_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements'))
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('surveys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('filled_on', sa.Date(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('overall', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('customer_name', sa.String(length=100), nullable=True),
    sa.Column('entered_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['entered_by_id'], ['staff.id'], name=op.f('fk_surveys_entered_by_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_surveys_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_surveys')),
    sa.UniqueConstraint('work_order_id', name=op.f('uq_surveys_work_order_id'))
    )
    op.create_table('work_order_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('from_state', sa.Enum('received', 'dispatched', 'diagnosing', 'awaiting_approval', 'awaiting_parts', 'repairing', 'repaired', 'ready_for_pickup', 'shipped_back', 'closed', 'cancelled', name=op.f('ck_work_order_events_from_state'), native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('to_state', sa.Enum('received', 'dispatched', 'diagnosing', 'awaiting_approval', 'awaiting_parts', 'repairing', 'repaired', 'ready_for_pickup', 'shipped_back', 'closed', 'cancelled', name=op.f('ck_work_order_events_to_state'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_work_order_events_by_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_work_order_events_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_events'))
    )
    with op.batch_alter_table('work_order_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_events_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('demerits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('major', 'criticism', name=op.f('ck_demerits_kind'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('facts_on', sa.Date(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=True),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('bonus_deduction', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_demerits_complaint_id_complaints')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'], name=op.f('fk_demerits_decided_by_id_staff')),
    sa.ForeignKeyConstraint(['rule_set_id'], ['assessment_rule_sets.id'], name=op.f('fk_demerits_rule_set_id_assessment_rule_sets')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_demerits_staff_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_demerits_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demerits'))
    )
    with op.batch_alter_table('demerits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demerits_staff_id'), ['staff_id'], unique=False)

    op.create_table('work_order_parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('charged_to', sa.Enum('customer', 'fund', 'manufacturer', name=op.f('ck_work_order_parts_charged_to'), native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('stock_movement_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_work_order_parts_part_id_parts')),
    sa.ForeignKeyConstraint(['stock_movement_id'], ['stock_movements.id'], name=op.f('fk_work_order_parts_stock_movement_id_stock_movements')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'], name=op.f('fk_work_order_parts_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_parts'))
    )
    with op.batch_alter_table('work_order_parts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_parts_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_order_parts_work_order_id'), ['work_order_id'], unique=False)


    _make_audit_log_append_only()

def downgrade() -> None:
    _drop_audit_log_triggers()
    with op.batch_alter_table('work_order_parts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_parts_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_work_order_parts_part_id'))

    op.drop_table('work_order_parts')
    with op.batch_alter_table('demerits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demerits_staff_id'))

    op.drop_table('demerits')
    with op.batch_alter_table('work_order_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_events_work_order_id'))

    op.drop_table('work_order_events')
    op.drop_table('surveys')
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_part_id'))

    op.drop_table('stock_movements')
    with op.batch_alter_table('fund_ledger', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fund_ledger_entry_date'))

    op.drop_table('fund_ledger')
    with op.batch_alter_table('fines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fines_staff_id'))

    op.drop_table('fines')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaints_received_on'))
        batch_op.drop_index(batch_op.f('ix_complaints_about_staff_id'))

    op.drop_table('complaints')
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_orders_unit_id'))
        batch_op.drop_index(batch_op.f('ix_work_orders_technician_id'))
        batch_op.drop_index('ix_work_orders_tech_state')
        batch_op.drop_index(batch_op.f('ix_work_orders_state'))
        batch_op.drop_index(batch_op.f('ix_work_orders_customer_id'))
        batch_op.drop_index(batch_op.f('ix_work_orders_claim_id'))

    op.drop_table('work_orders')
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_lines_application_id'))

    op.drop_table('return_lines')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calls_received_at'))
        batch_op.drop_index(batch_op.f('ix_calls_customer_id'))

    op.drop_table('calls')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_unit_id'))
        batch_op.drop_index('ix_claims_status_date')
        batch_op.drop_index(batch_op.f('ix_claims_status'))
        batch_op.drop_index(batch_op.f('ix_claims_customer_id'))
        batch_op.drop_index(batch_op.f('ix_claims_claim_date'))

    op.drop_table('claims')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_product_id'))
        batch_op.drop_index(batch_op.f('ix_units_customer_id'))

    op.drop_table('units')
    with op.batch_alter_table('rule_acknowledgements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rule_acknowledgements_staff_id'))

    op.drop_table('rule_acknowledgements')
    with op.batch_alter_table('requisition_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requisition_lines_requisition_id'))

    op.drop_table('requisition_lines')
    op.drop_table('warranty_policy_versions')
    op.drop_table('return_applications')
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requisitions_month'))

    op.drop_table('requisitions')
    with op.batch_alter_table('remittances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remittances_paid_on'))

    op.drop_table('remittances')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_category_id'))

    op.drop_table('products')
    op.drop_table('printed_documents')
    op.drop_table('labour_rates')
    op.drop_table('fund_rate_versions')
    with op.batch_alter_table('fee_schedule_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fee_schedule_items_part_id'))

    op.drop_table('fee_schedule_items')
    op.drop_table('fault_categories')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_user_at')
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    op.drop_table('assessment_rule_sets')
    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('product_categories')
    op.drop_table('parts')
    op.drop_table('number_sequences')
    op.drop_table('fee_schedules')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_phone2')
        batch_op.drop_index(batch_op.f('ix_customers_phone'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))

    op.drop_table('customers')


# The audit log is evidence (rule E24): the database itself refuses to change or delete it.
_SQLITE_AUDIT_TRIGGERS = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]
_POSTGRES_AUDIT_TRIGGERS = [
    """CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
]


def _make_audit_log_append_only() -> None:
    dialect = op.get_bind().dialect.name
    statements = _POSTGRES_AUDIT_TRIGGERS if dialect == "postgresql" else _SQLITE_AUDIT_TRIGGERS
    for statement in statements:
        op.execute(statement)


def _drop_audit_log_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
