"""Our own scripts in the encrypted vault, and the history of past conversations, on real SQLCipher files."""

from __future__ import annotations

import tomllib
from datetime import timedelta

import pytest
from sqlalchemy import select

from lifeline_desktop.content.scripts import parse_script
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.conversations.own_scripts import export_text
from lifeline_desktop.services.conversations.scripts import (
    ScriptNotValid,
    check_draft,
    duplicate_draft,
    read_script_file,
    to_toml,
    toml_string,
)
from lifeline_desktop.services.conversations.views import RoundDraft, ScriptDraft, StepDraft
from lifeline_desktop.store.models import UserScriptRow
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B
SECRET = "OTTER-rosa-private-history-note"


def small_draft(title: str = "Our Sunday talk") -> ScriptDraft:
    return ScriptDraft(
        title=title, summary="A short talk on Sunday evenings.", helps_when="The week ahead looks busy.",
        not_for="A fight that is still hot.", practices=["communication"], minutes=15,
        opening=[StepDraft("both", "Sit somewhere comfortable.")],
        rounds=[RoundDraft("Turns", 2, True, [StepDraft("speaker", "What is on your mind?", 120),
                                               StepDraft("listener", "Say back what you heard.", None, "shared",
                                                         ["I didn't give advice"])])],
        closing=[StepDraft("both", "Thank each other.")])


def test_the_writer_round_trips_every_built_in_script() -> None:
    from lifeline_desktop.content.scripts import load_scripts

    for script in load_scripts():
        again = parse_script(export_text(script), "again.toml")
        assert again.outline == script.outline and again.title == script.title
        assert again.professional_note == script.professional_note
        assert (again.first_speaker_question, again.topics, again.conflict) == (
            script.first_speaker_question, script.topics, script.conflict)


def test_strings_are_escaped_for_toml() -> None:
    tricky = 'He said "hi" \\ then\ttab\nnew line \x00 \x7f café 你好 \U0001f33f'
    assert tomllib.loads(f"x = {toml_string(tricky)}")["x"] == tricky


def test_messages_are_for_people() -> None:
    draft = small_draft()
    draft.rounds[0].steps[1].role = ""
    draft.closing[0].text = " "
    draft.rounds[0].steps[0].timer_seconds = 5
    draft.practices = []
    with pytest.raises(ScriptNotValid) as raised:
        check_draft(draft)
    assert raised.value.messages == [
        "Please choose at least one practice.",
        "Step 2 (round 1): a timer lasts from 10 seconds to 60 minutes (or choose no timer).",
        "Step 3 (round 1): please choose who this step is for.",
        "Step 4: please write the words to show.",
    ]
    trust = small_draft()
    trust.practices = ["trust"]
    with pytest.raises(ScriptNotValid, match="counsellor or couples therapist"):
        check_draft(trust)
    empty = small_draft()
    empty.rounds[0].steps = []
    with pytest.raises(ScriptNotValid, match=r"Round 1: please add at least one step to this round\."):
        check_draft(empty)


def test_import_of_broken_files_says_what_is_wrong() -> None:
    with pytest.raises(ScriptNotValid, match=r"“x\.toml” is not a script file we can read \(look near line 1\)"):
        read_script_file(b'id = "x\n', "x.toml")
    with pytest.raises(ScriptNotValid, match="not plain text"):
        read_script_file(b"\xff\xfe\x00", "x.toml")
    broken = to_toml(small_draft()).replace('for = "listener"', 'for = "referee"')
    with pytest.raises(ScriptNotValid) as raised:
        read_script_file(broken.replace('id = ""', 'id = "ours-x"').encode(), "ours.toml")
    assert raised.value.messages[1] == "Step 3 (round 1): please choose who this step is for."


def test_own_scripts_are_saved_edited_imported_and_listed_as_ours(gate, make_gate) -> None:
    rosa = gate.unlock(A, ROSA.passphrase)
    service = rosa.conversations
    saved = service.own.save(small_draft())
    assert saved.id == "ours-our-sunday-talk" and saved.ours and saved.version == 1
    assert service.script(saved.id).ours
    assert any(s.id == saved.id for s in service.scripts())

    edited = ScriptDraft.from_script(saved)
    edited.title = "Our Sunday evening talk"
    assert service.own.save(edited).version == 2
    assert service.script(saved.id).title == "Our Sunday evening talk"

    copy = duplicate_draft(service.script("daily-unwind"))
    assert copy.id == "" and copy.title == "Unwinding the day (our version)"
    duplicated = service.own.save(copy)
    assert duplicated.outline == service.script("daily-unwind").outline

    exported = export_text(service.script(saved.id))
    imported = service.own.import_file(exported.encode(), "sunday.toml")
    assert imported.id == "ours-our-sunday-evening-talk" and imported.outline == saved.outline
    talk = service.start(imported.id, B)  # an own script plays like any other
    assert [s.floor for s in service.steps(talk)[1:5]] == [B, A, A, B]
    rosa.lock()

    mei = make_gate().unlock(B, MEI.passphrase)  # shared: Mei finds them after a new gate
    assert {s.id for s in mei.conversations.scripts() if s.ours} == {saved.id, duplicated.id, imported.id}
    mei.lock()


def test_a_broken_own_script_is_left_out_with_a_message(gate) -> None:
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.conversations.own.save(small_draft())
    with rosa._context.transaction() as session:
        row = session.scalars(select(UserScriptRow)).one()
        session.add(UserScriptRow(script_id="ours-broken", version=1, toml='id = "ours-broken"\n[[steps]',
                                  created_at=row.created_at, updated_at=row.created_at, created_by=A))
        row.toml = row.toml  # untouched: still fine
    rosa.lock()
    again = gate.unlock(A, ROSA.passphrase)
    scripts = again.conversations.scripts()
    assert len(scripts) >= 21 and any(s.ours for s in scripts)
    assert again.conversations.own_script_problems == [
        "One of our own scripts (number 2) could not be read and is left out of the library. The others are fine."]
    again.lock()


def test_history_has_ratings_notes_and_never_the_others_private_text(gate, make_gate, conversation_clock) -> None:
    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("daily-unwind", A, before_a=3, before_b=5)
    rosa.conversations.save_note(talk.id, 1, "We both want quieter mornings.", private=False)
    rosa.conversations.save_note(talk.id, 2, SECRET, private=True)
    conversation_clock.advance(timedelta(minutes=25))
    rosa.conversations.rate_after(talk.id, 7, 8)
    rosa.conversations.finish(talk.id)
    [entry] = rosa.conversations.history_entries()
    assert entry.duration == timedelta(minutes=25)
    assert entry.conversation.ratings.after_b == 8 and entry.conversation.title == "Unwinding the day"
    assert [n.text for n in entry.shared_notes] == ["We both want quieter mornings."]
    assert entry.shared_notes[0].step_number == 2 and entry.shared_notes[0].step_words
    assert [n.text for n in entry.my_private_notes] == [SECRET] and entry.their_private_count == 0
    rosa.lock()

    mei = make_gate().unlock(B, MEI.passphrase)
    [seen] = mei.conversations.history_entries()
    assert seen.my_private_notes == () and seen.my_private_count == 0 and seen.their_private_count == 1
    assert SECRET not in repr(seen)
    mei.lock()
