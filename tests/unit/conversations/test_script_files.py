"""Every built-in script loads and validates; broken script files give errors naming file, step and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.content.scripts import (
    ScriptFileError,
    load_common,
    load_library,
    load_script_file,
    load_scripts,
    parse_script,
    script_files,
)
from lifeline_desktop.domain.conversation import Role, expand
from tests.support.script_text import TINY_SCRIPT_WITH_ROUNDS as GOOD

REQUIRED_TOPICS = {  # the list, each covered by at least one script
    "daily-unwind", "weekly-check-in", "passing-the-floor", "reflect-and-validate", "story-behind-disagreement",
    "after-a-fight", "rebuilding-trust", "fears-and-dreams", "curious-again", "appreciation-exchange",
    "affection-and-touch", "planning-time-together", "apology-and-forgiveness", "needs-and-boundaries",
}


@pytest.mark.parametrize("path", script_files(), ids=lambda p: p.name)
def test_every_script_file_loads_and_validates(path: Path) -> None:
    script = load_script_file(path)
    assert path.stem == script.id  # one script per file, named after its id
    steps = expand(script.outline)
    assert steps, "a script has steps"
    assert all(step.outline.text for step in steps)
    if any(step.outline.role in (Role.SPEAKER, Role.LISTENER) for step in steps):
        assert {step.floor for step in steps if step.outline.role is Role.SPEAKER} <= {s.speaker for s in steps}
    if "trust" in script.practices:
        assert re.search(r"counsellor|therapist", script.professional_note)


def test_the_library_has_twenty_unique_scripts_covering_every_topic() -> None:
    scripts = load_scripts()
    ids = [s.id for s in scripts]
    assert len(ids) >= 20 and len(set(ids)) == len(ids)
    assert set(ids) >= REQUIRED_TOPICS
    trust = next(s for s in scripts if s.id == "rebuilding-trust")
    assert "alongside a counsellor or couples therapist" in trust.professional_note
    assert any("counsellor" in step.text for step in trust.outline.opening)


def test_the_shared_words_offer_a_break_and_a_safety_note() -> None:
    common = load_common()
    assert "afraid of your partner" in common.safety_note and "helpline" in common.safety_note
    assert "http" not in common.safety_note
    assert len(common.break_ideas) >= 3
    assert load_library().get("daily-unwind") is not None


def test_a_good_file_parses() -> None:
    script = parse_script(GOOD, "tiny.toml")
    assert [s.floor for s in expand(script.outline)][1:] == ["a", "b", "b", "a"]


@pytest.mark.parametrize(("change", "expected"), [
    (('timer_seconds = 60', 'timer_seconds = 0'), r"tiny\.toml: round 1, step 1, field “timer_seconds”"),
    (('timer_seconds = 60', 'timer_seconds = 86400'), r"round 1, step 1, field “timer_seconds”"),
    (('timer_seconds = 60', 'timer_seconds = "a minute"'), r"round 1, step 1, field “timer_seconds”"),
    (('for = "listener"', 'for = "referee"'), r"round 1, step 2, field “for”: must be one of both, speaker"),
    (('text = "Hello."', 'text = "   "'), r"opening step 1, field “text”: the words to show are empty"),
    (('text = "Hello."', 'txt = "Hello."'), r"opening step 1, field “text”: is missing"),
    (('minutes = 10', ''), r"tiny\.toml: field “minutes”: is missing"),
    (('practices = ["communication"]', 'practices = ["trust"]'), r"professional_note"),
    (('practices = ["communication"]', 'practices = ["gardening"]'), r"field “practices”: unknown practice"),
    (('version = 1', 'version = 1\ncolour = "red"'), r"field “colour”: is not a field scripts know"),
])
def test_a_broken_file_names_the_file_the_step_and_the_field(change: tuple[str, str], expected: str) -> None:
    with pytest.raises(ScriptFileError, match=expected):
        parse_script(GOOD.replace(*change, 1), "tiny.toml")


def test_not_toml_and_any_language(tmp_path: Path) -> None:
    with pytest.raises(ScriptFileError, match=r"broken\.toml: is not valid TOML"):
        parse_script('id = "x\n[[steps]', "broken.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes("title = 'caf\xe9'".encode("latin-1"))
    with pytest.raises(ScriptFileError, match=r"latin1\.toml: is not UTF-8"):
        load_script_file(bad)
    words = parse_script(GOOD.replace("Hello.", "你好，慢慢来。مرحبا"), "tiny.toml")
    assert words.outline.opening[0].text == "你好，慢慢来。مرحبا"


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "scripts"
    folder.mkdir(parents=True)
    (folder / "one.toml").write_text(GOOD, encoding="utf-8")
    (folder / "two.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ContentError, match=r"two\.toml.*'tiny'.*one\.toml"):
        load_scripts(tmp_path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_gives_a_clean_error_never_a_crash(text: str) -> None:
    try:
        parse_script(text, "random.toml")
    except ScriptFileError as error:
        assert str(error).startswith("random.toml: ")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(GOOD.splitlines()), st.sampled_from(["", "x", "= 3", "[[rounds]]", "for = 7", "[steps]"]))
def test_mangled_lines_give_a_clean_error(line: str, replacement: str) -> None:
    try:
        parse_script(GOOD.replace(line, replacement, 1) if line else GOOD, "mangled.toml")
    except ScriptFileError as error:
        assert str(error).startswith("mangled.toml: ")
