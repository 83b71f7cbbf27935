"""The script state machine: rounds with roles swapped, next and back, breaks, the step timer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lifeline_desktop.domain.conversation import (
    ConversationRun,
    Role,
    RoundOutline,
    ScriptOutline,
    StepOutline,
    StepTimer,
    check_rating,
    expand,
)
from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot

A, B = PartnerSlot.A, PartnerSlot.B
NOW = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def outline() -> ScriptOutline:
    return ScriptOutline(
        opening=(StepOutline(Role.BOTH, "settle in"),),
        rounds=(RoundOutline((StepOutline(Role.SPEAKER, "talk", timer_seconds=120),
                              StepOutline(Role.LISTENER, "sum up")), repeat=2, swap_roles=True),
                RoundOutline((StepOutline(Role.SPEAKER, "same speaker twice"),), repeat=2, swap_roles=False)),
        closing=(StepOutline(Role.B, "only for B"),),
    )


def test_rounds_repeat_with_speaker_and_listener_swapped() -> None:
    steps = expand(outline(), first_speaker=A)
    assert [s.outline.text for s in steps] == ["settle in", "talk", "sum up", "talk", "sum up",
                                               "same speaker twice", "same speaker twice", "only for B"]
    assert [s.floor for s in steps] == [None, A, B, B, A, A, A, B]
    assert [(s.round_number, s.round_count) for s in steps[1:5]] == [(1, 2), (1, 2), (2, 2), (2, 2)]
    assert [s.index for s in steps] == list(range(8))


def test_the_other_partner_can_speak_first() -> None:
    steps = expand(outline(), first_speaker=B)
    assert [s.floor for s in steps[1:5]] == [B, A, A, B]
    assert steps[-1].floor is B  # a named partner stays that partner


def test_next_and_back_walk_the_steps_and_finish_on_the_last() -> None:
    run = ConversationRun(expand(outline()))
    assert run.is_first and not run.back()
    for _ in range(7):
        assert run.next()
    assert run.is_last and not run.finished
    assert not run.next()
    assert run.finished
    assert run.back() and not run.finished and run.position == 6


def test_a_saved_position_resumes_there() -> None:
    run = ConversationRun(expand(outline()), position=3)
    assert run.current.outline.text == "talk" and run.current.floor is B
    assert ConversationRun(expand(outline()), position=99).is_last  # a shorter new version: clamp, no crash


def test_a_break_keeps_the_step_and_pauses_the_timer() -> None:
    run = ConversationRun(expand(outline()), position=1)
    assert run.timer is not None
    run.timer.start(0.0)
    info = run.take_break(NOW, 30.0)
    assert info.until == NOW + timedelta(minutes=20)
    assert not run.timer.running and run.timer.remaining(500.0) == 90.0
    assert not run.next() and not run.back()  # nothing moves during a break
    assert run.end_break().index == 1
    assert run.position == 1 and run.on_break is None
    assert run.next()


def test_a_break_is_at_least_twenty_minutes() -> None:
    run = ConversationRun(expand(outline()))
    with pytest.raises(InvalidInput, match="at least 20 minutes"):
        run.take_break(NOW, 0.0, minutes=5)
    assert run.take_break(NOW, 0.0, minutes=45).until == NOW + timedelta(minutes=45)


def test_moving_resets_the_timer_of_the_new_step() -> None:
    run = ConversationRun(expand(outline()))
    assert run.timer is None
    run.next()
    assert run.timer is not None and run.timer.remaining(0.0) == 120.0
    run.timer.start(0.0)
    run.next()
    assert run.timer is None
    run.back()
    assert run.timer is not None and not run.timer.running and run.timer.remaining(99.0) == 120.0


def test_timer_start_pause_extend_and_end() -> None:
    timer = StepTimer(60.0)
    assert not timer.running and timer.remaining(100.0) == 60.0
    timer.start(100.0)
    assert timer.remaining(130.0) == 30.0
    timer.pause(130.0)
    assert timer.remaining(1000.0) == 30.0
    timer.toggle(1000.0)
    assert timer.running
    assert timer.has_ended(1030.0) and timer.remaining(1100.0) == 0.0
    timer.extend(1100.0)  # +1 minute after it ended: a fresh minute from now
    assert timer.remaining(1100.0) == 60.0 and not timer.has_ended(1159.0) and timer.has_ended(1160.0)
    paused = StepTimer(30.0)
    paused.extend(0.0)
    assert paused.remaining(0.0) == 90.0


def test_ratings_go_from_one_to_ten() -> None:
    assert check_rating(1) == 1 and check_rating(10) == 10 and check_rating(None) is None
    for bad in (0, 11, -3):
        with pytest.raises(InvalidInput):
            check_rating(bad)


def test_a_run_needs_steps() -> None:
    with pytest.raises(InvalidInput):
        ConversationRun([])
