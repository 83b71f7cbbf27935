"""Every program file loads and every reference resolves; a missing reference is named in the error."""

from __future__ import annotations

import shutil

import pytest

from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.content.programs import load_programs
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.resource_paths import resources_dir


def test_every_program_loads_and_every_reference_exists():
    programs = load_programs()
    assert len(programs) >= 3
    known = {"prompt": {p.id for p in builtin_prompts()}, "idea": {i.id for i in builtin_ideas()},
             "script": {s.id for s in builtin_library().all()}}
    for program in programs:
        for _unit, step in program.steps():
            if step.kind != "do":
                assert step.ref in known[step.kind], (program.id, step.id)
    trust = next(p for p in programs if p.id == "trust-with-counsellor")
    assert trust.with_counsellor and "counsellor" in (trust.counsellor_note or "")
    assert {p.unit for p in programs} == {"day", "week"}


@pytest.fixture
def content_copy(tmp_path):
    root = tmp_path / "resources"
    shutil.copytree(resources_dir() / "content", root / "content")
    return root


def test_a_missing_reference_is_named(content_copy):
    path = content_copy / "content" / "programs" / "daily-closeness.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('ref = "daily-high-low"', 'ref = "no-such-idea"'),
                    encoding="utf-8")
    with pytest.raises(ContentError, match=r"daily-closeness.toml.*step 'd2'.*idea.*'no-such-idea'"):
        load_programs(content_copy)


def test_a_step_without_its_ref_is_named(content_copy):
    path = content_copy / "content" / "programs" / "five-practices.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('ref = "intimacy-001"\n', "", 1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"five-practices.toml.*units.0.steps.0.*needs a ref"):
        load_programs(content_copy)
