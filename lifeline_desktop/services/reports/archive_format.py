"""The Lifeline archive's format: its name, versions, and the README written into every archive, which documents it.

Version 2 (this one) added the sections after `plans`, and ids and the last missing columns to the version 1
sections. Version 1 archives are still read: what they lack comes back with plain defaults (a reaction dated as
its entry, a plan created when it starts).
"""

from __future__ import annotations

FORMAT, VERSION = "lifeline-archive", 2
READABLE_VERSIONS = (1, 2)

ARCHIVE_README = """# A Lifeline archive

This folder (or .zip) holds what {names} kept in Lifeline, exported on {day}. IT IS NOT ENCRYPTED: anyone who can
open it can read it. Keep it somewhere safe.

`entries/` holds the journal entries as Markdown files, one per entry, to read with any editor. `lifeline.json` is
everything, in one JSON file (UTF-8). Moments are UTC ISO 8601 text, days YYYY-MM-DD, partners "a" or "b".

## lifeline.json (version 2)

- `format` ("lifeline-archive"), `version` (2), `scope` ("shared": the shared vault, made with both partners'
  consent; or "private": one partner's private space, made by its owner alone), `exported_at`, `exported_by`,
  `partners` ({{"a": {{"name", "colour"}}, "b": …}}).
- `id` and `…_id` numbers link records inside this archive only (a plan's `idea_id` is the `id` of one of `ideas`).
- `entries`: id, author, title, body (Markdown), mood, tags, prompt_id, created_at, updated_at, replies [author,
  body, created_at, updated_at], reactions [author, reaction, created_at], read_at {{partner: when last read}}.
- `tags`: every tag name. `appreciations`: id, from, to, body, created_at, read_at.
- `milestones`: kind, title, note, happened_on, added_by, created_at, reminder_plan (a plan, as below, or null).
- `plans`: id, title, starts_at, time_zone (IANA), duration_minutes, recurrence_rule (RFC 5545 RRULE or null),
  status, reminder_minutes, created_by, created_at, updated_at, place, notes, phones_away, from_wish, idea_id,
  exceptions [occurrence_starts_at, new_starts_at (null: cancelled)], outcomes [occurrence_starts_at, outcome,
  marked_by, marked_at], reflections [author, enjoyment 1-5, note, occurrence_starts_at, created_at].

The sections below hold one record per row of the app's table, with the table's own column names:

- `ideas` (activity ideas: your own, and the built-in ones you marked favourite, "not for us" or put away).
- `wishes`: wishes drawn from the jar and revealed to both (author_slot, text, drawn_at, drawn_by_slot,
  revealed_at, plan_id). A wish still in the jar keeps its surprise even here: its words are not in the shared
  archive, only `wishes_in_the_jar` ({{partner: how many}}); its author takes them in their own private archive.
- `scripts`: conversation scripts you wrote (the script file's TOML text).
- `conversations`: each guided conversation, finished or paused (script_id, started_at, finished_at,
  current_step, ratings before and after, first_speaker, break_until, journal_entry_id of its summary), with its
  shared `notes` [step_index, author_slot (null: written together), note, created_at] and revealed `follow_ups`
  [partner_slot, rating, answered_at, revealed_at].
- `check_ins`: every revealed check-in (partner_slot, round_key, closeness, communication, trust, affection, fun
  1-10, note, checked_in_at, revealed_at); `agenda`: topics for check-ins (author_slot, title, discussed_at,
  check_in_id).
- `checkups`: the guide's check-ups (started_at, revealed_at) with each partner's revealed `turns` (answers as JSON
  text); `answers`: questions you both answered, revealed together (question_id, revealed_answer_a/_b, …).
- `programs`: enrolments (program_id, status, started_at, paused_at, own_pace, …) with the `steps` each partner
  (or both together, partner_slot null) finished.
- `hidden_memories`: what "On this day" is not to bring back (kind, item_id: an entry, appreciation or plan).
- `settings`: your shared choices (check-in rhythm, the guide's path, "On this day" on or off, …) by their keys.

Not in a shared archive: private entries and notes, private reflections, unsent drafts, each partner's safety
answer and own choices, and anything the other partner has not seen yet (a check-in, check-up, follow-up or answer
still waiting for both). A private archive holds its owner's private `entries`, their `wishes` still in the jar
(author_slot, text, created_at) and their private `notes` from conversations (script_id, conversation_started_at,
step_index, note, created_at), nothing of the other partner's; unsent drafts and the safety answers stay behind.

Lifeline can bring this archive back into a new vault ("Import a Lifeline archive"). The new vault keeps the
names and colours you gave it.
"""
