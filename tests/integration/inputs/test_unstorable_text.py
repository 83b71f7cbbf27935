"""A lone surrogate ("\\ud800", half of an emoji's UTF-16 pair, left by some pastes) cannot be stored as UTF-8.

Every service that takes text refuses it with a sentence a user can read, stores nothing, and the vault stays
healthy: never a UnicodeEncodeError, never half a row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.services.journal.drafts import DraftKind
from lifeline_desktop.services.journal.views import JournalFilter
from lifeline_desktop.services.planner.views import IdeaDraft, PlanDraft
from lifeline_desktop.services.session import Session
from lifeline_desktop.store.integrity import check_integrity
from tests.integration.conversations.test_own_scripts_and_history import small_draft

A = PartnerSlot.A
BROKEN = "half a heart \ud83d and \ud800 more"


def _plan(**changes: object) -> PlanDraft:
    fields: dict[str, object] = {"title": "Picnic", "starts_local": datetime(2026, 3, 1, 12, 0),
                                 "time_zone": "Europe/Berlin"}
    fields.update(changes)
    return PlanDraft(**fields)  # type: ignore[arg-type]


def _entry(s: Session) -> int:
    return s.journal.add_entry("A fine title", "fine words")


def _talk(s: Session) -> int:
    return s.conversations.start("daily-unwind", first_speaker=A).id


def _plan_start(s: Session) -> tuple[int, datetime]:
    plan_id = s.planner.add_plan(_plan())
    occurrence = s.planner.occurrences(datetime(2026, 1, 1).astimezone(), datetime(2027, 1, 1).astimezone())[0]
    return plan_id, occurrence.original_start


WRITES: dict[str, Callable[[Session], object]] = {
    "entry title": lambda s: s.journal.add_entry(BROKEN, "fine"),
    "entry body": lambda s: s.journal.add_entry("fine", BROKEN),
    "private entry": lambda s: s.journal.add_entry("fine", BROKEN, private=True),
    "entry tag": lambda s: s.journal.add_entry("fine", "fine", tags=[BROKEN]),
    "entry mood": lambda s: s.journal.add_entry("fine", "fine", mood=BROKEN),
    "entry edit": lambda s: s.journal.update_entry(_entry(s), "fine", BROKEN),
    "reply": lambda s: s.journal.reply(_entry(s), BROKEN),
    "draft": lambda s: s.journal.drafts.save(DraftKind.JOURNAL_ENTRY, {"title": BROKEN}),
    "appreciation note": lambda s: s.journal.appreciation.send(BROKEN),
    "sealed answer": lambda s: s.journal.sealed.answer(s.journal.sealed.ask("reconnect-045"), BROKEN),
    "plan title": lambda s: s.planner.add_plan(_plan(title=BROKEN)),
    "plan notes": lambda s: s.planner.add_plan(_plan(notes=BROKEN)),
    "plan place": lambda s: s.planner.add_plan(_plan(place=BROKEN)),
    "reflection": lambda s: s.planner.reflect(*_plan_start(s), 4, BROKEN),
    "private reflection": lambda s: s.planner.reflect(*_plan_start(s), 4, BROKEN, private=True),
    "idea": lambda s: s.planner.add_idea(IdeaDraft(BROKEN)),
    "idea description": lambda s: s.planner.add_idea(IdeaDraft("fine", BROKEN)),
    "wish": lambda s: s.planner.wishes.add(BROKEN),
    "check-in note": lambda s: s.checkins.answer(Scores(5, 5, 5, 5, 5), BROKEN),
    "agenda topic": lambda s: s.checkins.add_topic(BROKEN),
    "conversation note": lambda s: s.conversations.save_note(_talk(s), 0, BROKEN, private=False),
    "private conversation note": lambda s: s.conversations.save_note(_talk(s), 0, BROKEN, private=True),
    "own script": lambda s: s.conversations.own.save(replace(small_draft(), summary=BROKEN)),
    "program reflection": lambda s: s.programs.finish(s.programs.enrol("daily-closeness"), BROKEN),
}


@pytest.mark.parametrize("what", list(WRITES))
def test_a_lone_surrogate_is_refused_with_a_sentence_and_nothing_is_stored(couple, what):
    with couple.as_(A) as s:
        entries_before = len(s.journal.entries())
        with pytest.raises(InvalidInput, match="cannot be saved"):
            WRITES[what](s)
        assert all(BROKEN not in e.title + e.body for e in s.journal.entries())
        assert len(s.journal.entries()) <= entries_before + 1  # at most the fine entry a step made first
        assert check_integrity(s._context.engine) == []


@pytest.mark.parametrize("query", [BROKEN, "\ud800", "\udfff" * 3, "ok \ud800ok"])
def test_a_search_holding_a_lone_surrogate_finds_nothing_and_does_not_fail(couple, query):
    with couple.as_(A) as s:
        s.journal.add_entry("Walk", "by the river")
        s.journal.add_entry("Walk", "private river", private=True)
        assert s.journal.page(JournalFilter(text=query)).entries == ()
        assert s.journal.count(JournalFilter(text=query)) == 0
        assert s.journal.search(query) == []


def test_the_sentence_names_no_code_and_the_session_goes_on(couple):
    with couple.as_(A) as s:
        with pytest.raises(InvalidInput) as raised:
            s.journal.add_entry("Title", BROKEN)
        message = str(raised.value)
        assert "surrogate" not in message and "utf" not in message.casefold()
        s.journal.add_entry("Title", "after the refusal")  # the vault goes on working
        assert [e.body for e in s.journal.entries()] == ["after the refusal"]
