"""Enrol, follow a program to its end (pause, resume, own pace), finish with a reflection in the journal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot

A, B = PartnerSlot.A, PartnerSlot.B


def test_following_the_daily_program_to_its_end(couple):
    with couple.as_(A) as s:
        enrolment = s.programs.enrol("daily-closeness")
        with pytest.raises(InvalidInput, match="already"):
            s.programs.enrol("daily-closeness")
        view = s.programs.current()
        assert view is not None and view.next_step.id == "d1" and view.due_unit == 0
    couple.clock.advance(timedelta(days=3))
    with couple.as_(B) as s:  # progress is shared: Mei sees what Rosa started
        view = s.programs.current()
        assert view.due_unit == 3 and view.behind
        s.programs.mark_done(enrolment, "d1")
        assert s.programs.current().next_step.id == "d2"
        s.programs.pause(enrolment)
        with pytest.raises(InvalidInput, match="Resume"):
            s.programs.mark_done(enrolment, "d2")
    couple.clock.advance(timedelta(days=10))
    with couple.as_(A) as s:
        assert s.programs.current().status == "paused"
        s.programs.resume(enrolment)
        assert s.programs.current().due_unit == 3  # paused days do not count
        s.programs.set_own_pace(enrolment, True)
        for step in s.programs.current().steps:
            s.programs.mark_done(enrolment, step.id)
        view = s.programs.enrolment(enrolment)
        assert view.all_done and view.done_count == 14
        entry_id = s.programs.finish(enrolment, "We keep the six-second hello.")
        assert s.programs.current() is None
        assert s.journal.entry(entry_id).body == "We keep the six-second hello."
        assert s.programs.enrolments()[0].status == "finished"
    with couple.as_(B) as s:  # the reflection is shared
        assert any(e.title.startswith("We finished") for e in s.journal.entries())


def test_undo_a_step_and_unknown_steps(couple):
    with couple.as_(A) as s:
        enrolment = s.programs.enrol("five-practices", own_pace=True)
        s.programs.mark_done(enrolment, "w1-write")
        s.programs.mark_done(enrolment, "w1-write")  # twice is once
        assert s.programs.current().done_count == 1
        s.programs.mark_done(enrolment, "w1-write", done=False)
        assert s.programs.current().done_count == 0
        with pytest.raises(InvalidInput):
            s.programs.mark_done(enrolment, "no-such-step")
        with pytest.raises(InvalidInput):
            s.programs.finish(enrolment, "  ")
