"""The check-up in turns: sealed until both finished (in either order, with a lock between), half-way resumes,
one partner never answering leaves the other with "waiting" and nothing more."""

from __future__ import annotations

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.guide.views import CheckupState
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


@pytest.mark.parametrize("first", [A, B])
def test_answers_stay_sealed_until_both_finished_in_either_order(couple, first):
    second = first.other
    with couple.as_(first) as s:
        take_checkup(s, profile(2, counsellor="thinking"))
        status = s.guide.checkup.status()
        assert status.state is CheckupState.WAITING and not status.other_finished
        assert s.guide.reveal() is None
    with couple.as_(second) as s:  # a lock in between: the first partner's answers open for nobody
        status = s.guide.checkup.status()
        assert status.state is CheckupState.MY_TURN and status.other_finished and status.my_answers == {}
        assert "thinking" not in repr(status) and "thinking" not in repr(s.today.today())
        take_checkup(s, profile(4))
        reveal = s.guide.reveal()
        assert reveal is not None and reveal.answers[first]["counsellor"] == "thinking"
        assert "safety" not in reveal.answers[first] and "safety" not in reveal.answers[second]
    with couple.as_(first) as s:
        assert s.guide.checkup.status().state is CheckupState.REVEALED


def test_a_half_way_check_up_resumes_and_reveals_nothing(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(3), finish=False)
        with pytest.raises(InvalidInput):
            s.guide.checkup.save_answer("counsellor", "maybe")  # not one of its options
    with couple.as_(A) as s:
        status = s.guide.checkup.status()
        assert status.state is CheckupState.MY_TURN and status.my_answers["known-feelings"] == 3
        assert status.my_answers["safety"] == "no"  # my own answer, back to me only
    with couple.as_(B) as s:
        status = s.guide.checkup.status()
        assert status.state is CheckupState.MY_TURN and not status.other_finished and status.my_answers == {}


def test_finishing_needs_every_question(couple):
    with couple.as_(A) as s:
        s.guide.checkup.start()
        s.guide.checkup.save_answer("known-feelings", 4)
        with pytest.raises(InvalidInput):
            s.guide.checkup.finish_turn()


def test_one_partner_never_answering_leaves_the_other_waiting(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(4))
    for _ in range(3):
        with couple.as_(A) as s:
            guide = s.today.today().guide
            assert guide is not None and guide.checkup.state is CheckupState.WAITING
            assert guide.proposal is None and guide.path is None


def test_a_question_on_a_left_out_topic_is_not_asked(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(4, leave_out=("sexual-intimacy",)))
        assert s.guide.checkup.status().state is CheckupState.WAITING
