"""The whole schema of the first release (models.py as of release 1).

Revision ID: 0001
Revises: -
Create Date: 2026-11-25 23:36:04.312089
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity_ideas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('builtin_id', sa.String(length=64), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('cost_band', sa.String(length=32), nullable=False),
    sa.Column('energy', sa.String(length=32), nullable=False),
    sa.Column('place', sa.String(length=32), nullable=False),
    sa.Column('created_by_slot', sa.String(length=1), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint("cost_band IN ('free', 'low', 'medium', 'high')", name=op.f('ck_activity_ideas_cost_band_known')),
    sa.CheckConstraint("created_by_slot IS NULL OR created_by_slot IN ('a', 'b')", name=op.f('ck_activity_ideas_created_by_slot_is_a_or_b')),
    sa.CheckConstraint("energy IN ('low', 'medium', 'high')", name=op.f('ck_activity_ideas_energy_known')),
    sa.CheckConstraint("place IN ('home', 'out', 'anywhere')", name=op.f('ck_activity_ideas_place_known')),
    sa.CheckConstraint('minutes IS NULL OR minutes > 0', name=op.f('ck_activity_ideas_minutes_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_ideas')),
    sa.UniqueConstraint('builtin_id', name=op.f('uq_activity_ideas_builtin_id'))
    )
    op.create_table('appreciation_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_slot', sa.String(length=1), nullable=False),
    sa.Column('to_slot', sa.String(length=1), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('read_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint("from_slot IN ('a', 'b')", name=op.f('ck_appreciation_notes_from_slot_is_a_or_b')),
    sa.CheckConstraint("to_slot IN ('a', 'b')", name=op.f('ck_appreciation_notes_to_slot_is_a_or_b')),
    sa.CheckConstraint('from_slot <> to_slot', name=op.f('ck_appreciation_notes_to_the_other_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appreciation_notes'))
    )
    with op.batch_alter_table('appreciation_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appreciation_notes_created_at'), ['created_at'], unique=False)

    op.create_table('check_ins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_slot', sa.String(length=1), nullable=False),
    sa.Column('checked_in_at', sa.String(length=32), nullable=False),
    sa.Column('closeness', sa.Integer(), nullable=False),
    sa.Column('communication', sa.Integer(), nullable=False),
    sa.Column('trust', sa.Integer(), nullable=False),
    sa.Column('affection', sa.Integer(), nullable=False),
    sa.Column('fun', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("partner_slot IN ('a', 'b')", name=op.f('ck_check_ins_partner_slot_is_a_or_b')),
    sa.CheckConstraint('affection IS NULL OR affection BETWEEN 1 AND 5', name=op.f('ck_check_ins_affection_range')),
    sa.CheckConstraint('closeness IS NULL OR closeness BETWEEN 1 AND 5', name=op.f('ck_check_ins_closeness_range')),
    sa.CheckConstraint('communication IS NULL OR communication BETWEEN 1 AND 5', name=op.f('ck_check_ins_communication_range')),
    sa.CheckConstraint('fun IS NULL OR fun BETWEEN 1 AND 5', name=op.f('ck_check_ins_fun_range')),
    sa.CheckConstraint('trust IS NULL OR trust BETWEEN 1 AND 5', name=op.f('ck_check_ins_trust_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_ins'))
    )
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_ins_checked_in_at'), ['checked_in_at'], unique=False)

    op.create_table('conversation_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('script_id', sa.String(length=64), nullable=False),
    sa.Column('script_version', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('finished_at', sa.String(length=32), nullable=True),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('rating_before_a', sa.Integer(), nullable=True),
    sa.Column('rating_before_b', sa.Integer(), nullable=True),
    sa.Column('rating_after_a', sa.Integer(), nullable=True),
    sa.Column('rating_after_b', sa.Integer(), nullable=True),
    sa.CheckConstraint('current_step >= 0', name=op.f('ck_conversation_sessions_current_step_not_negative')),
    sa.CheckConstraint('rating_after_a IS NULL OR rating_after_a BETWEEN 1 AND 5', name=op.f('ck_conversation_sessions_rating_after_a_range')),
    sa.CheckConstraint('rating_after_b IS NULL OR rating_after_b BETWEEN 1 AND 5', name=op.f('ck_conversation_sessions_rating_after_b_range')),
    sa.CheckConstraint('rating_before_a IS NULL OR rating_before_a BETWEEN 1 AND 5', name=op.f('ck_conversation_sessions_rating_before_a_range')),
    sa.CheckConstraint('rating_before_b IS NULL OR rating_before_b BETWEEN 1 AND 5', name=op.f('ck_conversation_sessions_rating_before_b_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation_sessions'))
    )
    with op.batch_alter_table('conversation_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_sessions_started_at'), ['started_at'], unique=False)

    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=True),
    sa.Column('sealed_body', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_drafts_author_slot_is_a_or_b')),
    sa.CheckConstraint("kind IN ('journal_entry', 'reply', 'appreciation_note', 'agenda_topic')", name=op.f('ck_drafts_kind_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts'))
    )
    op.create_table('journals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journals'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot', sa.String(length=1), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("slot IN ('a', 'b')", name=op.f('ck_partners_slot_is_a_or_b')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('slot', name=op.f('uq_partners_slot'))
    )
    op.create_table('program_enrolments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.String(length=64), nullable=False),
    sa.Column('program_version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('finished_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint("status IN ('active', 'paused', 'finished', 'left')", name=op.f('ck_program_enrolments_status_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_enrolments'))
    )
    op.create_table('sealed_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.String(length=64), nullable=False),
    sa.Column('asked_at', sa.String(length=32), nullable=False),
    sa.Column('sealed_answer_a', sa.LargeBinary(), nullable=True),
    sa.Column('sealed_answer_b', sa.LargeBinary(), nullable=True),
    sa.Column('answered_a_at', sa.String(length=32), nullable=True),
    sa.Column('answered_b_at', sa.String(length=32), nullable=True),
    sa.Column('revealed_answer_a', sa.Text(), nullable=True),
    sa.Column('revealed_answer_b', sa.Text(), nullable=True),
    sa.Column('revealed_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint('revealed_at IS NULL OR (revealed_answer_a IS NOT NULL AND revealed_answer_b IS NOT NULL)', name=op.f('ck_sealed_answers_revealed_together')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sealed_answers'))
    )
    with op.batch_alter_table('sealed_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sealed_answers_question_id'), ['question_id'], unique=False)

    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('vault_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_vault_meta'))
    )
    op.create_table('agenda_topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('discussed_at', sa.String(length=32), nullable=True),
    sa.Column('check_in_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_agenda_topics_author_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['check_in_id'], ['check_ins.id'], name=op.f('fk_agenda_topics_check_in_id_check_ins'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_topics'))
    )
    op.create_table('conversation_step_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("author_slot IS NULL OR author_slot IN ('a', 'b')", name=op.f('ck_conversation_step_notes_author_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['session_id'], ['conversation_sessions.id'], name=op.f('fk_conversation_step_notes_session_id_conversation_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation_step_notes')),
    sa.UniqueConstraint('session_id', 'step_index', 'author_slot', name=op.f('uq_conversation_step_notes_session_id_step_index_author_slot'))
    )
    op.create_table('journal_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('visibility', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sealed_body', sa.LargeBinary(), nullable=True),
    sa.Column('mood', sa.String(length=32), nullable=True),
    sa.Column('prompt_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("(visibility = 'private' AND sealed_body IS NOT NULL AND title = '' AND body = '') OR (visibility = 'shared' AND sealed_body IS NULL)", name=op.f('ck_journal_entries_private_text_is_sealed')),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_journal_entries_author_slot_is_a_or_b')),
    sa.CheckConstraint("visibility IN ('shared', 'private')", name=op.f('ck_journal_entries_visibility_known')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_journal_entries_journal_id_journals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entries'))
    )
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entries_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_entries_journal_id'), ['journal_id'], unique=False)

    op.create_table('plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idea_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.String(length=32), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('recurrence_rule', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('reminder_minutes', sa.Integer(), nullable=True),
    sa.Column('created_by_slot', sa.String(length=1), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("created_by_slot IN ('a', 'b')", name=op.f('ck_plans_created_by_slot_is_a_or_b')),
    sa.CheckConstraint("status IN ('planned', 'done', 'skipped', 'cancelled')", name=op.f('ck_plans_status_known')),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_plans_duration_positive')),
    sa.CheckConstraint('reminder_minutes IS NULL OR reminder_minutes >= 0', name=op.f('ck_plans_reminder_not_negative')),
    sa.ForeignKeyConstraint(['idea_id'], ['activity_ideas.id'], name=op.f('fk_plans_idea_id_activity_ideas'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_idea_id'), ['idea_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_starts_at'), ['starts_at'], unique=False)

    op.create_table('program_step_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.String(length=64), nullable=False),
    sa.Column('partner_slot', sa.String(length=1), nullable=True),
    sa.Column('completed_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("partner_slot IS NULL OR partner_slot IN ('a', 'b')", name=op.f('ck_program_step_progress_partner_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['program_enrolments.id'], name=op.f('fk_program_step_progress_enrolment_id_program_enrolments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_step_progress')),
    sa.UniqueConstraint('enrolment_id', 'step_id', 'partner_slot', name=op.f('uq_program_step_progress_enrolment_id_step_id_partner_slot'))
    )
    op.create_table('entry_reactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('reaction', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_entry_reactions_author_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_entry_reactions_entry_id_journal_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_reactions')),
    sa.UniqueConstraint('entry_id', 'author_slot', 'reaction', name=op.f('uq_entry_reactions_entry_id_author_slot_reaction'))
    )
    op.create_table('entry_read_markers',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('reader_slot', sa.String(length=1), nullable=False),
    sa.Column('read_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("reader_slot IN ('a', 'b')", name=op.f('ck_entry_read_markers_reader_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_entry_read_markers_entry_id_journal_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'reader_slot', name=op.f('pk_entry_read_markers'))
    )
    op.create_table('entry_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_entry_replies_author_slot_is_a_or_b')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_entry_replies_entry_id_journal_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_replies'))
    )
    with op.batch_alter_table('entry_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_replies_entry_id'), ['entry_id'], unique=False)

    op.create_table('journal_entry_tags',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_entry_tags_entry_id_journal_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_journal_entry_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'tag_id', name=op.f('pk_journal_entry_tags'))
    )
    with op.batch_alter_table('journal_entry_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('plan_exceptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_starts_at', sa.String(length=32), nullable=False),
    sa.Column('new_starts_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_exceptions_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_exceptions')),
    sa.UniqueConstraint('plan_id', 'occurrence_starts_at', name=op.f('uq_plan_exceptions_plan_id_occurrence_starts_at'))
    )
    op.create_table('plan_reflections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_starts_at', sa.String(length=32), nullable=False),
    sa.Column('author_slot', sa.String(length=1), nullable=False),
    sa.Column('enjoyment', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f('ck_plan_reflections_author_slot_is_a_or_b')),
    sa.CheckConstraint('enjoyment IS NULL OR enjoyment BETWEEN 1 AND 5', name=op.f('ck_plan_reflections_enjoyment_range')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_reflections_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_reflections')),
    sa.UniqueConstraint('plan_id', 'occurrence_starts_at', 'author_slot', name=op.f('uq_plan_reflections_plan_id_occurrence_starts_at_author_slot'))
    )


def downgrade() -> None:
    op.drop_table('plan_reflections')
    op.drop_table('plan_exceptions')
    with op.batch_alter_table('journal_entry_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entry_tags_tag_id'))

    op.drop_table('journal_entry_tags')
    with op.batch_alter_table('entry_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_replies_entry_id'))

    op.drop_table('entry_replies')
    op.drop_table('entry_read_markers')
    op.drop_table('entry_reactions')
    op.drop_table('program_step_progress')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_starts_at'))
        batch_op.drop_index(batch_op.f('ix_plans_idea_id'))

    op.drop_table('plans')
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entries_journal_id'))
        batch_op.drop_index(batch_op.f('ix_journal_entries_created_at'))

    op.drop_table('journal_entries')
    op.drop_table('conversation_step_notes')
    op.drop_table('agenda_topics')
    op.drop_table('vault_meta')
    op.drop_table('tags')
    with op.batch_alter_table('sealed_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sealed_answers_question_id'))

    op.drop_table('sealed_answers')
    op.drop_table('program_enrolments')
    op.drop_table('partners')
    op.drop_table('journals')
    op.drop_table('drafts')
    with op.batch_alter_table('conversation_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conversation_sessions_started_at'))

    op.drop_table('conversation_sessions')
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_ins_checked_in_at'))

    op.drop_table('check_ins')
    with op.batch_alter_table('appreciation_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appreciation_notes_created_at'))

    op.drop_table('appreciation_notes')
    op.drop_table('activity_ideas')
