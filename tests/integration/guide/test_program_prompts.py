"""Programs use prompts across depths as their weeks go on, and a prompt step never shows a topic the couple chose
to leave out in the check-up: it takes another prompt of the same practice and depth instead."""

from __future__ import annotations

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Topic
from lifeline_desktop.services.programs.prompt_steps import prompt_for_step
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B
PROMPTS = {p.id: p for p in builtin_prompts()}
ORDER = {Depth.LIGHT: 0, Depth.DEEPER: 1, Depth.DEEPEST: 2}


def _prompt_steps(session, program_id):
    session.programs.enrol(program_id)
    view = session.programs.current()
    assert view is not None and view.program.id == program_id
    return [(step.id, PROMPTS[step.ref]) for step in view.steps if step.kind == "prompt"]


def test_a_left_out_topic_is_swapped_for_a_prompt_of_the_same_practice_and_depth(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(4, leave_out=("spirituality",)))
    with couple.as_(B) as s:
        take_checkup(s, profile(4))
        steps = _prompt_steps(s, "meaning-and-rituals")
    named = {step.id: step.ref for _u, step in s.programs.program("meaning-and-rituals").steps()}
    assert PROMPTS[named["m4-write"]].topics == (Topic.SPIRITUALITY,)  # what the program itself names
    shown = dict(steps)["m4-write"]
    assert shown.id != named["m4-write"] and Topic.SPIRITUALITY not in shown.topics
    assert (shown.practice, shown.depth) == (PROMPTS[named["m4-write"]].practice, Depth.DEEPEST)
    depths = [ORDER[prompt.depth] for _id, prompt in steps]
    assert depths == sorted(depths) and depths[0] < depths[-1]  # still deepening week by week
    untouched = [step_id for step_id, prompt in steps if prompt.id == named[step_id]]
    assert untouched == ["m1-write", "m2-write", "m3-write"]


def test_without_a_check_up_the_program_shows_the_prompts_it_names(couple):
    with couple.as_(A) as s:
        steps = _prompt_steps(s, "meaning-and-rituals")
        named = {step.id: step.ref for _u, step in s.programs.program("meaning-and-rituals").steps()}
    assert all(prompt.id == named[step_id] for step_id, prompt in steps)


def test_the_swap_is_the_same_every_time_and_never_deeper():
    for ref in ("reconnect-137", "close-126", "trust-070"):
        named = PROMPTS[ref]
        left_out = named.topics
        first = prompt_for_step("some-step", ref, PROMPTS, left_out)
        assert first == prompt_for_step("some-step", ref, PROMPTS, left_out)
        swapped = PROMPTS[first]
        assert not set(swapped.topics) & set(left_out)
        assert ORDER[swapped.depth] <= ORDER[named.depth]
    assert prompt_for_step("s", "close-016", PROMPTS, (Topic.SEXUAL_INTIMACY,)) == "close-016"
