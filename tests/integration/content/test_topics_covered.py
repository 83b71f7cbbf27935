"""Every topic a couple can leave out is also one the app speaks to: prompts, ideas, and a script or program step."""

from __future__ import annotations

from lifeline_desktop.content.ideas import load_ideas
from lifeline_desktop.content.programs import builtin_programs
from lifeline_desktop.content.prompts import load_prompts
from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.domain.vocabulary import Topic

# Activity ideas are not the way into a betrayal: the scripts and the program meant alongside a counsellor are.
NO_IDEAS_ON_PURPOSE = {Topic.BETRAYAL}


def test_every_topic_has_prompts_ideas_and_a_script_or_program_step() -> None:
    prompts = load_prompts()
    prompt_topics = {p.id: set(p.topics) for p in prompts}
    in_prompts = {t for p in prompts for t in p.topics}
    in_ideas = {t for i in load_ideas() for t in i.topics}
    in_scripts = {t for s in builtin_library().all() for t in s.topics}
    in_programs = {t for program in builtin_programs() for t in program.topics}
    in_program_steps = {t for program in builtin_programs() for _unit, step in program.steps()
                        if step.kind == "prompt" and step.ref for t in prompt_topics.get(step.ref, set())}
    spoken_to = in_scripts | in_programs | in_program_steps
    in_ideas |= NO_IDEAS_ON_PURPOSE
    missing = {topic.value: [kind for kind, found in (("prompts", in_prompts), ("ideas", in_ideas),
                                                       ("a script or program step", spoken_to))
                             if topic not in found]
               for topic in Topic}
    assert {topic: kinds for topic, kinds in missing.items() if kinds} == {}
