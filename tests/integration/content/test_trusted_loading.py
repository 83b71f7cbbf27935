"""The app loads its shipped content without pydantic (content/schema.py): every area checked with the full
schema builds exactly what the trusted loading builds, pydantic never loads on the app's own path, and a
couple's own script is still checked with every problem named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lifeline_desktop.content.check import check_all_content
from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.content.prompts import load_prompts
from lifeline_desktop.content.scripts import ScriptFileError, parse_script
from tests.support.script_text import TINY_SCRIPT as TINY

ROOT = Path(__file__).resolve().parents[3]

LOAD_EVERY_SECTION = """
import sys
from lifeline_desktop.content.cards import builtin_getting_to_know, builtin_this_or_that
from lifeline_desktop.content.checkup import builtin_questions, builtin_safety_help
from lifeline_desktop.content.guide_rules import builtin_guide_rules
from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.programs import builtin_programs
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.content.sources import builtin_sources
for load in (builtin_getting_to_know, builtin_this_or_that, builtin_questions, builtin_safety_help,
             builtin_guide_rules, builtin_ideas, builtin_programs, builtin_prompts, builtin_library,
             builtin_sources):
    assert load(), load
print("loaded", "pydantic" in sys.modules, "pydantic_core" in sys.modules)
"""


UNLOCK_THE_DEMO = """
import sys
from pathlib import Path
from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MemoryKeyring
gate = create_demo_vault(Path(sys.argv[1]), ManualClock(), RememberedKeys(MemoryKeyring()))
sam = gate.unlock(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
assert sam.journal.entries() and sam.play.quiz.questions()
sam.lock()
print("unlocked", "pydantic" in sys.modules)
"""


def test_every_area_checked_builds_what_the_app_builds() -> None:
    assert len(check_all_content()) == 10


def test_the_app_loads_every_section_s_content_without_pydantic() -> None:
    result = subprocess.run([sys.executable, "-c", LOAD_EVERY_SECTION], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["loaded", "False", "False"]


def test_making_and_unlocking_the_demo_never_imports_pydantic(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", UNLOCK_THE_DEMO, str(tmp_path / "demo")], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["unlocked", "False"]


def test_trusted_loading_still_refuses_a_file_that_does_not_fit_the_types(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "prompts"
    folder.mkdir(parents=True)
    (folder / "a.toml").write_text('[[prompt]]\nid = "a-1"\nversion = 1\ntext = "What made you laugh today?"\n'
                                   'practice = "gardening"\ndepth = "light"\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"a\.toml, item 'a-1'.*gardening"):
        load_prompts(tmp_path, checked=False)
    with pytest.raises(ContentError, match=r"a\.toml, item 'a-1': field practice"):
        load_prompts(tmp_path)


def test_a_couples_own_script_is_checked_with_every_problem_named() -> None:
    broken = TINY.replace("minutes = 10", "minutes = 1\ncolour = 'blue'")
    with pytest.raises(ScriptFileError) as caught:
        parse_script(broken, "ours.toml")
    message = str(caught.value)
    assert "ours.toml" in message
    assert "field “minutes”" in message
    assert "field “colour”: is not a field scripts know (a typo?)" in message
    assert {(problem.field, problem.kind) for problem in caught.value.problems} >= {("colour", "extra_forbidden")}
    assert "minutes" in {problem.field for problem in caught.value.problems}


def test_every_demo_file_checked_builds_what_the_demo_builds() -> None:
    from lifeline_desktop.demo.text import DEMO_TEXTS, load_demo_text
    from lifeline_desktop.resource_paths import resources_dir

    assert {path.stem for path in (resources_dir() / "demo").glob("*.toml")} == set(DEMO_TEXTS)
    for name, model in DEMO_TEXTS.items():
        assert load_demo_text(name, model, checked=True) == load_demo_text(name, model), name
