from __future__ import annotations

import re
from datetime import date

import pytest

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.export import ExportFailed, entries_markdown, write_export

A, B = PartnerSlot.A, PartnerSlot.B


def test_markdown_export_reads_back_with_entries_replies_and_own_private_only_when_asked(open_as, tmp_path):
    rosa = open_as(A)
    shared = rosa.journal.add_entry("Sunday", "We **finally** rested.", tags=["rest"], prompt_id="intimacy-001")
    mine = rosa.journal.add_entry("Mine", "private words", private=True)
    mei = open_as(B)
    mei.journal.reply(shared, "More Sundays like that.\nPlease.")
    mei.journal.toggle_reaction(shared, "heart")
    rosa = open_as(A)
    ids = [shared, mine]
    without = entries_markdown(rosa.journal.export_entries(ids, include_private=False), {A: "Rosa", B: "Mei"},
                               date(2026, 1, 2))
    assert "private words" not in without
    text = entries_markdown(rosa.journal.export_entries(ids, include_private=True), {A: "Rosa", B: "Mei"},
                            date(2026, 1, 2))
    path = tmp_path / "journal.md"
    write_export(path, text.encode())
    back = path.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", back, flags=re.MULTILINE)
    assert headings == ["Sunday", "Mine"]
    assert "We **finally** rested." in back and "> More Sundays like that.\n> Please." in back
    assert "Mei sent ♥" in back and "tags: rest" in back and "not encrypted" in back
    assert "What made you smile today" in back  # the prompt it answers


def test_an_unwritable_export_path_gives_a_sentence_and_leaves_nothing(tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("keep me")
    with pytest.raises(ExportFailed, match="choose another folder"):
        write_export(not_a_folder / "out.md", b"hello")
    with pytest.raises(ExportFailed):
        write_export(tmp_path / "missing" / "out.md", b"hello")
    assert not_a_folder.read_text() == "keep me" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
