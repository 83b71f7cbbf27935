"""No near-duplicate prompts, no eight-word run shared between any two items (prompts, ideas, script steps), and
the counts the library promises."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict

from lifeline_desktop.domain.vocabulary import Practice
from tests.integration.content.corpus import content, texts, words

RUN = 8
MAX_LIKENESS = 0.85


def shared_runs(items: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(label, label, the words) for each eight-word run that appears in two different items: every run is hashed
    once, so the check stays linear in the amount of text."""
    first_seen: dict[tuple[str, ...], str] = {}
    found: dict[tuple[str, str], str] = {}
    for label, text in items:
        runs = {tuple(ws[i:i + RUN]) for ws in [words(text)] for i in range(len(ws) - RUN + 1)}
        for run in runs:
            owner = first_seen.setdefault(run, label)
            if owner != label:
                found.setdefault((owner, label), " ".join(run))
    return [(a, b, run) for (a, b), run in found.items()]


def near_duplicates(items: list[tuple[str, str]]) -> list[tuple[str, str, float]]:
    """Pairs more alike than MAX_LIKENESS (difflib ratio, lowercased). Sorted by length, each text is compared only
    with the longer texts whose length still allows that likeness (ratio <= 2 * shorter / total)."""
    lowered = sorted(((text.lower(), label) for label, text in items), key=lambda pair: len(pair[0]))
    found = []
    matcher = difflib.SequenceMatcher()
    for index, (text_b, b) in enumerate(lowered):
        matcher.set_seq2(text_b)  # the expensive side, prepared once
        for text_a, a in reversed(lowered[:index]):
            if 2 * len(text_a) / (len(text_a) + len(text_b)) <= MAX_LIKENESS:
                break
            matcher.set_seq1(text_a)
            if matcher.quick_ratio() > MAX_LIKENESS and matcher.ratio() > MAX_LIKENESS:
                found.append((*sorted((a, b)), round(matcher.ratio(), 2)))
    return found


def test_the_checks_themselves_can_fail() -> None:
    items = [("one", "Sit side by side and say one thing you liked about today."),
             ("two", "Before bed, sit side by side and say one thing you liked about today, slowly."),
             ("three", "A completely different sentence about a walk in the rain.")]
    assert [(a, b) for a, b, _run in shared_runs(items)] == [("one", "two")]
    assert [(a, b) for a, b, _r in near_duplicates(items)] == [("one", "two")]


def test_no_script_step_shares_an_eight_word_run_with_any_other_item() -> None:
    runs = shared_runs(list(texts()))
    with_scripts = [run for run in runs if run[0].startswith("script") or run[1].startswith("script")]
    assert with_scripts == []


def test_no_two_items_of_any_kind_share_an_eight_word_run() -> None:
    assert shared_runs(list(texts())) == []


def test_no_two_prompts_are_near_duplicates() -> None:
    assert near_duplicates([(p.id, p.text) for p in content().prompts]) == []


def test_script_and_program_counts() -> None:
    data = content()
    assert len(data.scripts) >= 34
    assert len(data.programs) >= 6
    assert len(data.sources) >= 10


def test_prompt_counts() -> None:
    prompts = content().prompts
    per_practice = Counter(p.practice for p in prompts)
    assert len(prompts) >= 730
    assert {practice: per_practice[practice] for practice in Practice if per_practice[practice] < 140} == {}


def test_idea_counts() -> None:
    ideas = content().ideas
    leading: defaultdict[str, int] = defaultdict(int)
    for idea in ideas:
        leading[idea.practices[0]] += 1
    assert len(ideas) >= 300
    assert {p: leading[p] for p in ("trust", "communication", "emotional-intimacy") if leading[p] < 50} == {}
