"""The path proposed for a set of answer profiles: each profile's expected program and focus (table-driven)."""

from __future__ import annotations

import pytest

from lifeline_desktop.content.guide_rules import builtin_guide_rules
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.rules import propose_path
from tests.integration.guide.conftest import profile

A, B = PartnerSlot.A, PartnerSlot.B
EI, RC, TR, CM, CL = (Practice.EMOTIONAL_INTIMACY, Practice.RECONNECTING, Practice.TRUST, Practice.COMMUNICATION,
                      Practice.CLOSENESS)

PROFILES = [
    # name, answers of A, answers of B, program, focus (in order), depth
    ("all steady", profile(5), profile(5), "five-practices", None, Depth.DEEPEST),
    ("talking is hard for both", profile({"communication": 2}), profile({"communication": 2}),
     "five-practices", (CM,), Depth.DEEPER),
    ("closeness tender for one", profile({"closeness": 2}), profile(4), "daily-closeness", (CL,), Depth.DEEPEST),
    ("shift work", profile(4, time_apart="shifts"), profile(4), "daily-closeness", (RC,), Depth.DEEPEST),
    ("raw hurt with a counsellor", profile({"trust": 2}, recent_hurt="recent", counsellor="yes"),
     profile({"trust": 3}, counsellor="yes"), "trust-with-counsellor", (TR,), Depth.DEEPER),
    ("raw hurt, no counsellor", profile({"trust": 2}, recent_hurt="recent"), profile(4),
     "five-practices", (TR,), Depth.DEEPER),
    ("young children", profile(4, children_at_home="young"), profile(4), "five-practices", (RC,), Depth.DEEPEST),
    ("see closeness differently", profile({"closeness": 5}), profile({"closeness": 3}),
     "five-practices", (CL,), Depth.DEEPEST),
]


@pytest.mark.parametrize(("name", "a", "b", "program", "focus_starts", "depth"), PROFILES, ids=[p[0] for p in PROFILES])
def test_each_profile_gets_its_program_and_focus(name, a, b, program, focus_starts, depth):
    proposal = propose_path({A: a, B: b}, builtin_guide_rules())
    focus = tuple(f.practice for f in proposal.focus)
    assert proposal.program_id == program, name
    assert 2 <= len(focus) <= 3
    if focus_starts:
        assert focus[:len(focus_starts)] == focus_starts, (name, focus)
    assert proposal.depth is depth
    assert all(f.why and "{" not in f.why for f in proposal.focus) and proposal.program_why


def test_the_why_refers_to_their_answers():
    proposal = propose_path({A: profile({"communication": 2}), B: profile({"communication": 2})},
                            builtin_guide_rules())
    assert proposal.focus[0].why == "You both said talking and listening feels tender right now, so it comes first."


def test_all_topics_left_out_still_gives_a_path():
    everything = tuple(t.value for t in Topic)
    proposal = propose_path({A: profile(3, leave_out=everything), B: profile(3)}, builtin_guide_rules())
    assert proposal.program_id is not None and proposal.focus and set(proposal.left_out) == set(Topic)


def test_quiet_leaves_programs_with_hard_talks_out_and_looks_like_any_other_path():
    answers = {A: profile({"trust": 2}, recent_hurt="recent", counsellor="yes"), B: profile(4, counsellor="yes")}
    quiet = propose_path(answers, builtin_guide_rules(), quiet=True)
    assert quiet.program_id != "trust-with-counsellor"
    assert "afraid" not in repr(quiet).lower() and "safe" not in repr(quiet).lower()
