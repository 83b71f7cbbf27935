"""Ids are unique across every kind and never disappear; every reference between items resolves; topic tags
come from the one Topic list."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.content.prompts import Prompt
from lifeline_desktop.content.schema import validate
from lifeline_desktop.content.scripts import ScriptFileError, parse_script
from lifeline_desktop.domain.vocabulary import Topic
from tests.integration.content.corpus import content
from tests.support.script_text import TINY_SCRIPT as TINY

STABLE_IDS = Path(__file__).with_name("stable_ids.txt")


def all_ids() -> list[tuple[str, str]]:
    data = content()
    return ([("prompt", p.id) for p in data.prompts] + [("idea", i.id) for i in data.ideas]
            + [("script", s.id) for s in data.scripts] + [("program", p.id) for p in data.programs]
            + [("source", s.id) for s in data.sources] + [("card", c.id) for c in data.this_or_that]
            + [("card", c.id) for c in data.getting_to_know])


def test_every_id_is_unique_across_all_kinds() -> None:
    counts = Counter(item_id for _kind, item_id in all_ids())
    assert [item_id for item_id, n in counts.items() if n > 1] == []


def test_published_ids_stay() -> None:
    known = set(all_ids())
    lines = [line.split() for line in STABLE_IDS.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    missing = [f"{kind} {item_id}" for kind, item_id in lines if (kind, item_id) not in known]
    assert len(lines) > 500
    assert missing == [], "published ids disappeared; saved sessions and plans refer to them"


def test_every_program_step_and_source_points_at_an_item_that_exists() -> None:
    data = content()
    known = {"prompt": {p.id for p in data.prompts}, "idea": {i.id for i in data.ideas},
             "script": {s.id for s in data.scripts}}
    broken = [f"{program.id}/{step.id} -> {step.ref}" for program in data.programs
              for _unit, step in program.steps() if step.kind != "do" and step.ref not in known[step.kind]]
    broken += [f"source {source.id} -> {script_id}" for source in data.sources for script_id in source.scripts
               if script_id not in known["script"]]
    assert broken == []


def test_programs_move_through_the_depths_as_the_weeks_go_on() -> None:
    depth_of = {p.id: p.depth.value for p in content().prompts}
    order = {"light": 0, "deeper": 1, "deepest": 2}
    for program in content().programs:
        weeks = {unit * program.unit_days // 7 for unit, step in program.steps() if step.kind == "prompt"}
        depths = [order[depth_of[step.ref]] for _unit, step in program.steps()
                  if step.kind == "prompt" and step.ref in depth_of]
        assert depths == sorted(depths), program.id
        if len(depths) >= 4 or (len(depths) >= 2 and len(weeks) >= 2):  # a daily program's second week too
            assert depths[0] < depths[-1], f"{program.id} stays at one depth"


def test_topic_tags_come_from_the_one_topic_list() -> None:
    data = content()
    used: set[Topic] = set()
    for item in (*data.prompts, *data.ideas, *data.scripts, *data.programs):
        assert all(isinstance(topic, Topic) for topic in item.topics), item.id
        used.update(item.topics)
    # every topic a couple may leave out is carried by at least one script or program
    covered = {t for item in (*data.scripts, *data.programs) for t in item.topics}
    assert covered >= set(Topic) - {Topic.LATER_LIFE}
    with pytest.raises(ScriptFileError, match="topics"):
        parse_script(TINY.replace("minutes = 10", 'minutes = 10\ntopics = ["gardening"]'), "tiny.toml")
    with pytest.raises(ValueError, match="topics"):
        validate(Prompt, {"id": "x-1", "version": 1, "text": "A question for the tests?",
                          "practice": "trust", "depth": "light", "topics": ["gardening"]})


def test_a_source_with_an_unknown_script_is_named(tmp_path: Path) -> None:
    from lifeline_desktop.content.sources import load_sources

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "sources.toml").write_text('''
[[source]]
id = "made-up"
title = "A made-up source"
about = "Only for this test: a source pointing at a script that does not exist anywhere."
reference = "Nobody, A. (2000). Nothing at all. Nowhere Press."
scripts = ["no-such-script"]
''', encoding="utf-8")
    with pytest.raises(ContentError, match=r"sources.toml, item 'made-up'.*'no-such-script'"):
        load_sources(tmp_path, script_ids={"after-a-fight"})

