from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from lifeline_desktop.content.loading import ContentError, content_files
from lifeline_desktop.content.prompts import Depth, Practice, load_prompt_file, load_prompts
from lifeline_desktop.domain.partners import PartnerSlot


def test_every_prompt_file_loads_with_unique_ids_and_known_tags():
    files = content_files("prompts")
    assert len(files) >= 5
    ids: list[str] = []
    for path in files:
        prompts = load_prompt_file(path)
        assert prompts, path.name
        ids += [p.id for p in prompts]
    assert len(ids) == len(set(ids)) >= 365
    prompts = load_prompts()
    assert {p.practice for p in prompts} == set(Practice)
    assert {p.depth for p in prompts} == set(Depth)
    spread = Counter(p.practice for p in prompts)
    assert min(spread.values()) >= 60  # spread across the five practices
    texts = [p.text.casefold() for p in prompts]
    assert len(set(texts)) == len(texts)


def test_a_broken_prompt_file_names_the_file_the_item_and_the_field(tmp_path):
    folder = tmp_path / "content" / "prompts"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(
        '[[prompt]]\nid = "ok-001"\nversion = 1\npractice = "trust"\ndepth = "light"\ntext = "A good long prompt?"\n'
        '[[prompt]]\nid = "bad-002"\nversion = 1\npractice = "gardening"\ndepth = "light"\n'
        'text = "Another one here?"\n',
        encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_prompts(tmp_path)
    assert "broken.toml" in str(caught.value) and "bad-002" in str(caught.value) and "practice" in str(caught.value)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    folder = tmp_path / "content" / "prompts"
    folder.mkdir(parents=True)
    item = ('[[prompt]]\nid = "same-001"\nversion = 1\npractice = "trust"\ndepth = "light"\n'
            'text = "A good long prompt?"\n')
    (folder / "one.toml").write_text(item, encoding="utf-8")
    (folder / "two.toml").write_text(item, encoding="utf-8")
    with pytest.raises(ContentError, match="same-001"):
        load_prompts(tmp_path)


def test_prompt_of_the_day_never_repeats_within_a_year_and_both_partners_see_the_same(open_as):
    rosa = open_as(PartnerSlot.A)
    start = date(2026, 3, 14)
    year = [rosa.journal.prompts.prompt_of_the_day(start + timedelta(days=n)).id for n in range(365)]
    assert len(set(year)) == 365
    again = rosa.journal.prompts.prompt_of_the_day(start)
    another = rosa.journal.prompts.prompt_of_the_day(start, offset=1)
    assert again.id == year[0] and another.id != year[0]
    mei = open_as(PartnerSlot.B)
    assert mei.journal.prompts.prompt_of_the_day(start).id == year[0]
