"""Check-ins by both partners, in both orders: sealed until both answered, then revealed together."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores

A, B = PartnerSlot.A, PartnerSlot.B
MARKER = "ZEBRA-MARKER-7731"


def _raw_db(couple) -> bytes:
    folder = couple.gate.folder
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("lifeline.db"))


@pytest.mark.parametrize("first", [A, B])
def test_answers_stay_sealed_until_both_answered_in_either_order(couple, first):
    second = first.other
    with couple.as_(first) as s:
        status = s.checkins.answer(Scores(7, 6, 8, 5, 9), f"{MARKER} from the first")
        assert status.i_answered and not status.other_answered and not status.revealed
        assert status.mine is not None and status.mine.note.endswith("from the first")
        assert s.checkins.revealed_rounds() == []
    with couple.as_(second) as s:
        before = s.checkins.status()
        assert before.other_answered and not before.i_answered and before.due
        assert before.mine is None and before.both is None  # nothing of the first answer can be shown
        assert MARKER not in repr(before) and MARKER not in repr(s.today.today())
        after = s.checkins.answer(Scores(4, 5, 6, 7, 8), "second")
        assert after.revealed and after.both is not None
        assert after.both[first].note == f"{MARKER} from the first"
        assert after.both[first].scores == Scores(7, 6, 8, 5, 9)
    with couple.as_(first) as s:
        rounds = s.checkins.revealed_rounds()
        assert len(rounds) == 1 and rounds[0].answers[second].scores.fun == 8


def test_the_sealed_note_is_never_plain_text_in_the_database_file(couple):
    with couple.as_(A) as s:
        s.checkins.answer(Scores(5, 5, 5, 5, 5), MARKER)
        with s._context.transaction() as orm:  # the raw row: the plain columns are empty
            from lifeline_desktop.store.models import CheckInRow
            row = orm.query(CheckInRow).one()
            assert row.note == "" and row.closeness is None and row.sealed


def test_a_new_round_starts_after_the_rhythm_and_a_lone_answer_stays_sealed(couple):
    with couple.as_(A) as s:
        s.checkins.answer(Scores(5, 5, 5, 5, 5), "alone")
        assert s.checkins.rhythm_days() == 7
    couple.clock.advance(timedelta(days=7))
    with couple.as_(B) as s:
        status = s.checkins.status()
        assert not status.other_answered and status.due  # the old round is over; nothing of it is shown
        s.checkins.set_rhythm(14)
        assert s.checkins.status().rhythm_days == 14
        assert s.checkins.revealed_rounds() == []


def test_bad_scores_and_revealed_answers_are_refused(couple):
    with couple.as_(A) as s:
        with pytest.raises(InvalidInput, match="1 to 10"):
            s.checkins.answer(Scores(0, 5, 5, 5, 5))
        with pytest.raises(InvalidInput):
            s.checkins.set_rhythm(3)
        s.checkins.answer(Scores(5, 5, 5, 5, 5))
        s.checkins.answer(Scores(6, 5, 5, 5, 5))  # changing my mind before the reveal is fine
        assert s.checkins.status().mine.scores.closeness == 6
    with couple.as_(B) as s:
        s.checkins.answer(Scores(5, 5, 5, 5, 5))
        with pytest.raises(InvalidInput, match="both answered"):
            s.checkins.answer(Scores(1, 1, 1, 1, 1))


def test_agenda_topics_from_both_partners_until_discussed(couple):
    with couple.as_(A) as s:
        s.checkins.add_topic("Weekend plans")
        with pytest.raises(InvalidInput):
            s.checkins.add_topic("   ")
    with couple.as_(B) as s:
        topic = s.checkins.add_topic("Evening routine")
        assert [t.title for t in s.checkins.agenda()] == ["Weekend plans", "Evening routine"]
        s.checkins.mark_discussed(topic)
        assert [t.title for t in s.checkins.agenda()] == ["Weekend plans"]
