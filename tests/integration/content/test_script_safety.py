"""The safety rules of the script library, checked on every built-in script: a professional note on every script
about conflict, hurt, trust, money or boundaries; an alternative on every step that asks for eye contact or
touch; roles chosen before the first step where they carry weight; and the issue's specific fixes."""

from __future__ import annotations

import re

import pytest

from lifeline_desktop.content.scripts import NOTE_TOPICS, Script, ScriptFileError, parse_script
from tests.integration.content.corpus import content, script_steps
from tests.support.script_text import TINY_SCRIPT as TINY

HARD_WORDS = re.compile(r"\b(fight|argu\w*|conflict|disagree\w*|hurt|betray\w*|affair|trust|money|debt|"
                        r"boundar\w*|complain\w*|flooded|sex\w*|desire|grie\w*|illness|caring)\b", re.IGNORECASE)
TOUCH_OR_GAZE = re.compile(r"\b(eye contact|eyes|look at each other|face each other|touch\w*|hug\w*|cuddl\w*|"
                           r"kiss\w*|hold(?:ing)? (?:hands?|each other|them|you|me)|hands? held|squeez\w*|"
                           r"stroke|massage|caress\w*|embrac\w*|in each other's arms|curl up)\b", re.IGNORECASE)
NAMED_IN_THE_ISSUE = {"after-a-fight", "apology-and-forgiveness", "story-behind-disagreement", "money-without-blame",
                      "needs-and-boundaries", "rebuilding-trust"}


def scripts() -> tuple[Script, ...]:
    return content().scripts


def by_id(script_id: str) -> Script:
    return next(s for s in scripts() if s.id == script_id)


def test_every_hard_topic_script_carries_a_professional_note() -> None:
    missing = []
    for script in scripts():
        about = " ".join((script.title, script.summary, script.helps_when))
        hard = ("trust" in script.practices or script.conflict or set(script.topics) & NOTE_TOPICS
                or HARD_WORDS.search(about) or script.id in NAMED_IN_THE_ISSUE)
        if hard and not re.search(r"counsellor|therapist|doctor|helpline|support service", script.professional_note):
            missing.append(script.id)
    assert missing == []
    assert {s.id for s in scripts() if s.conflict} >= NAMED_IN_THE_ISSUE - {"rebuilding-trust", "money-without-blame"}


def test_the_validator_asks_for_the_note_by_topic_and_by_conflict() -> None:
    with pytest.raises(ScriptFileError, match="professional_note"):
        parse_script(TINY.replace("minutes = 10", 'minutes = 10\ntopics = ["money"]'), "tiny.toml")
    with pytest.raises(ScriptFileError, match="professional_note"):
        parse_script(TINY.replace("minutes = 10", "minutes = 10\nconflict = true"), "tiny.toml")
    kept = parse_script(TINY.replace("minutes = 10", 'minutes = 10\nconflict = true\nprofessional_note = '
                                     '"A couples counsellor can help when this keeps happening."'), "tiny.toml")
    assert kept.conflict and kept.professional_note
    assert parse_script(TINY.replace("minutes = 10", 'minutes = 10\ntopics = ["spirituality"]'), "t.toml").topics


def test_every_step_asking_for_eye_contact_or_touch_offers_an_alternative() -> None:
    missing = [f"{script.id} {place}" for script in scripts() for place, step in script_steps(script)
               if TOUCH_OR_GAZE.search(step.text) and not step.alternative]
    assert missing == []
    offered = sum(1 for script in scripts() for _place, step in script_steps(script) if step.alternative)
    assert offered >= 15


def test_an_alternative_is_checked_like_the_words() -> None:
    script = parse_script(TINY.replace('text = "Hello."', 'text = "Hold hands."\nalternative = " Sit side by side. "'),
                          "tiny.toml")
    assert script.outline.opening[0].alternative == "Sit side by side."
    with pytest.raises(ScriptFileError, match=r"opening step 1, field “alternative”: the alternative is empty"):
        parse_script(TINY.replace('text = "Hello."', 'text = "Hello."\nalternative = "   "'), "tiny.toml")
    with pytest.raises(ScriptFileError, match="alternative"):
        parse_script(TINY.replace('text = "Hello."', 'text = "Hello."\nalternative = "' + "x" * 401 + '"'), "t.toml")


def test_roles_that_carry_weight_are_chosen_before_the_first_step() -> None:
    for script_id in ("rebuilding-trust", "apology-and-forgiveness", "after-betrayal-pacing",
                      "after-betrayal-questions", "after-betrayal-rebuilding"):
        script = by_id(script_id)
        assert script.first_speaker_question.endswith("?"), script_id
        asks_inside = [place for place, step in script_steps(script)
                       if re.search(r"\b(decide|agree on|choose) who\b", step.text, re.IGNORECASE)]
        assert asks_inside == [], script_id
    assert "hurt" in by_id("rebuilding-trust").first_speaker_question
    assert "apologis" in by_id("apology-and-forgiveness").first_speaker_question
    with pytest.raises(ScriptFileError, match="first_speaker_question"):
        parse_script(TINY.replace("minutes = 10", 'minutes = 10\nfirst_speaker_question = "Who was hurt"'), "t.toml")


def test_the_trust_program_sends_a_betrayal_to_scripts_made_for_it() -> None:
    program = next(p for p in content().programs if p.id == "trust-with-counsellor")
    refs = {step.id: step.ref for _unit, step in program.steps() if step.kind == "script"}
    assert not set(refs.values()) & {"story-behind-disagreement", "weekly-check-in", "apology-and-forgiveness"}
    assert {"after-betrayal-pacing", "after-betrayal-questions", "after-betrayal-rebuilding"} <= set(refs.values())
    for script_id in set(refs.values()):
        assert by_id(script_id).professional_note, script_id
    betrayal = [s for s in scripts() if "betrayal" in s.topics]
    assert len(betrayal) >= 3 and all("counsellor" in s.professional_note for s in betrayal)


def test_rebuilding_trust_never_asks_for_details() -> None:
    words = " ".join(step.text for _place, step in script_steps(by_id("rebuilding-trust")))
    assert "answers you need" not in words
    assert "not for details" in words


def test_the_smaller_fixes() -> None:
    curious = list(script_steps(by_id("curious-again")))
    asks = [place for place, step in curious if re.search(r"\bask (one )?(a )?follow-up", step.text, re.I)]
    ticks = [place for place, step in curious if "I asked a follow-up question" in step.checklist]
    assert asks and ticks and asks[0] < ticks[0]

    winding = by_id("winding-down")
    spelled = {"five": 5, "ten": 10, "fifteen": 15}
    said = re.search(r"(\w+)-minute", winding.summary)
    assert said is not None and spelled[said.group(1)] == winding.minutes

    passing = by_id("passing-the-floor")
    assert re.search(r"flooded[:,(] ", passing.not_for)
    assert all("love-languages" not in s.id for s in scripts())
    assert all("love-languages" not in (step.ref or "") for p in content().programs for _u, step in p.steps())

