"""The demo's words live in resources/demo/*.toml: every file loads, and what it names by title exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.demo import text
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.resource_paths import resources_dir


def test_every_demo_file_loads() -> None:
    couple = text.demo_couple()
    assert {partner.name for partner in couple.values()} == {"Sam", "Alex"}
    journal = text.demo_journal()
    for slot in PartnerSlot:
        mine = journal.of(slot)
        assert mine.entries and any(entry.private for entry in mine.entries)
        assert text.demo_checkins().notes(slot)
    assert text.demo_planner().a.weekly.reflection
    assert text.demo_conversations().check_in_notes
    story = text.demo_story()
    assert story.a.earlier and story.b.earlier and len(story.milestones) >= 3
    loaded = {"couple", "journal", "planner", "checkins", "conversations", "story"}
    assert {path.stem for path in (resources_dir() / "demo").glob("*.toml")} == loaded


def test_what_partner_b_answers_is_an_entry_partner_a_wrote() -> None:
    journal = text.demo_journal()
    shared_by_a = {entry.title for entry in journal.a.entries if not entry.private}
    shared_by_a |= {entry.title for entry in journal.a.prompted}
    answered = [item.to for item in (*journal.b.replies, *journal.b.reactions, *journal.b.agenda)]
    assert answered
    assert set(answered) <= shared_by_a


def test_a_broken_demo_file_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "planner.toml").write_text('[a]\nwish = "A night away"\n', encoding="utf-8")
    monkeypatch.setattr(text, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match=r"demo/planner\.toml: field a\.weekly"):
        text.load_demo_text("planner", text.DemoPlanner, checked=True)
    with pytest.raises(ContentError, match=r"demo/planner\.toml: .*weekly"):  # the app's own, trusting load
        text.load_demo_text("planner", text.DemoPlanner)
