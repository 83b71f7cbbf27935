"""The check-up's content and rules load, and a rule naming something missing is refused with file, rule, field."""

from __future__ import annotations

import shutil

import pytest

from lifeline_desktop.content.checkup import load_questions
from lifeline_desktop.content.guide_rules import load_guide_rules
from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.resource_paths import resources_dir


@pytest.fixture
def content_copy(tmp_path):
    shutil.copytree(resources_dir() / "content", tmp_path / "content")
    return tmp_path


def test_the_built_in_check_up_and_rules_load(content_copy):
    assert 20 <= len(load_questions(content_copy)) <= 30
    assert load_guide_rules(content_copy).paths.program


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("paths.toml", 'program = "daily-closeness"', 'program = "no-such-program"',
     "paths.toml, program rule 'closeness-for-busy-or-distant', field program: no built-in program has the id "
     "'no-such-program'."),
    ("paths.toml", '"passing-the-floor", "reflect', '"no-such-script", "reflect',
     "paths.toml, rhythm for 'communication', field scripts: no built-in script has the id 'no-such-script'."),
    ("suggestions.toml", 'gentle_idea = "daily-high-low"', 'gentle_idea = "no-such-idea"',
     "suggestions.toml, suggestion for 'communication', field gentle_idea: no built-in idea has the id"),
    ("paths.toml", '"time-apart" = ["shifts", "apart"] } }\nwhy = "With time apart',
     '"time-apart" = ["moon"] } }\nwhy = "With time apart',
     "field when.time-apart: 'moon' is not one of its options."),
    ("questions.toml", 'kind = "safety"\ntext', 'kind = "choice"\ntext', "exactly one 'safety' question"),
])
def test_a_missing_reference_is_refused_naming_file_rule_and_field(content_copy, file, old, new, message):
    path = content_copy / "content" / "checkup" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_guide_rules(content_copy)
    assert message in str(caught.value)
