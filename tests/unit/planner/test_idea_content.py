"""Every idea file loads and checks out; a broken file is named with its item and field."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lifeline_desktop.content.ideas import MIN_IDEAS, IdeaCategory, load_ideas
from lifeline_desktop.content.loading import ContentError, content_files
from lifeline_desktop.domain.vocabulary import Topic


def test_every_idea_file_loads_and_there_are_enough_ideas() -> None:
    files = content_files("ideas")
    assert len(files) >= 8
    ideas = load_ideas()
    assert len(ideas) >= MIN_IDEAS
    categories = Counter(idea.category for idea in ideas)
    assert set(categories) == set(IdeaCategory)
    assert all(count >= 15 for count in categories.values())
    assert len({idea.title.casefold() for idea in ideas}) == len(ideas), "two ideas share a title"
    assert any(idea.screens for idea in ideas) and sum(not idea.screens for idea in ideas) > 120
    for practice in ("emotional-intimacy", "reconnecting", "trust", "communication", "closeness"):
        assert any(practice in idea.practices for idea in ideas), practice
    assert {idea.season for idea in ideas} >= {None, "spring", "summer", "autumn", "winter"}


def test_the_main_practices_and_the_topics_each_have_enough_ideas() -> None:
    ideas = load_ideas()
    leading = Counter(idea.practices[0] for idea in ideas)
    assert all(leading[practice] >= 50 for practice in ("trust", "communication", "emotional-intimacy")), leading
    topics = Counter(topic for idea in ideas for topic in idea.topics)
    assert all(topics[topic] >= 6 for topic in Topic if topic is not Topic.BETRAYAL), topics
    assert {idea.time_of_day for idea in ideas} == {"morning", "midday", "afternoon", "evening", "any"}


def test_ideas_assume_nothing_about_who_the_couple_are() -> None:
    words = ("husband", "wife", "boyfriend", "girlfriend", " his ", " her ", " he ", " she ", "kids", "children'")
    for idea in load_ideas():
        text = f" {idea.title} {idea.description} ".casefold()
        assert not [w for w in words if w in text], idea.id


def _write(root: Path, body: str) -> None:
    folder = root / "content" / "ideas"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(body, encoding="utf-8")


GOOD = """
[[idea]]
id = "fine-idea"
version = 1
title = "A fine idea"
description = "Two warm lines on how and why: long enough to be real guidance for the couple reading it."
category = "play"
practices = ["closeness"]
minutes = 30
cost = "free"
energy = "low"
place = "home"
"""


def test_a_bad_field_is_named_with_file_and_item(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace('cost = "free"', 'cost = "priceless"'))
    with pytest.raises(ContentError) as caught:
        load_ideas(tmp_path)
    message = str(caught.value)
    assert "broken.toml" in message and "'fine-idea'" in message and "field cost" in message


def test_an_unknown_practice_and_a_repeated_id_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace('["closeness"]', '["romance"]'))
    with pytest.raises(ContentError, match="field practices"):
        load_ideas(tmp_path)
    (tmp_path / "content" / "ideas" / "broken.toml").write_text(GOOD + GOOD, encoding="utf-8")
    with pytest.raises(ContentError, match="already used"):
        load_ideas(tmp_path)
