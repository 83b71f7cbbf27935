"""Importing real exports (jrnl, Day One, a Markdown folder): all or nothing, duplicates said, media listed."""

from __future__ import annotations

import threading

import pytest

from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import ImportDestination, ImportFormat
from lifeline_desktop.services.imports.views import ImportCancelled, ImportRefused
from tests.support.import_corpus import FIXTURES, write_jrnl_export

SHARED, PRIVATE = ImportDestination.SHARED, ImportDestination.PRIVATE


def test_a_real_jrnl_export_comes_in_with_dates_titles_tags_and_every_script(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        report = rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "ours.json", SHARED)
        assert report.imported == 6 and not report.duplicates
        entries = {e.title: e for e in rosa.journal.entries()}
        leap = entries["A leap day dinner."]
        assert leap.created_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2020-02-29 19:40"
        assert "カフェで朝ごはん." in entries and "صباح هادئ." in entries
        assert "🌱" in entries["صباح هادئ."].body
        detail = rosa.journal.entry(entries["صباح هادئ."].id)
        assert set(detail.tags) == {"newyear", "us"}
    with couple.as_(PartnerSlot.B) as mei:  # shared: Mei reads them too
        assert len(mei.journal.entries()) == 6


def test_importing_the_same_export_twice_skips_every_duplicate_and_says_so(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "ours.json", SHARED)
        again = rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "ours.json", SHARED)
        assert again.imported == 0 and len(again.duplicates) == 6
        assert "6 already there" in again.summary()
        assert len(rosa.journal.entries()) == 6


def test_a_private_import_stays_private_and_the_partner_sees_no_text(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        report = rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "ours.json", PRIVATE)
        assert report.imported == 6
        assert all(e.private for e in rosa.journal.entries())
        again = rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "ours.json", PRIVATE)
        assert again.imported == 0 and len(again.duplicates) == 6
    with couple.as_(PartnerSlot.B) as mei:
        assert mei.journal.entries() == []
        assert mei.journal.other_private_trace().count == 6


def test_broken_jrnl_dates_refuse_the_whole_import_and_name_the_entries(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        with pytest.raises(ImportRefused) as refused:
            rosa.imports.import_file(ImportFormat.JRNL, FIXTURES / "jrnl" / "broken-dates.json", SHARED)
        assert "entry 3" in str(refused.value) and "entry 5" in str(refused.value)
        assert "2021-13-45" in str(refused.value) and "Nothing was imported" in str(refused.value)
        assert rosa.journal.entries() == []


def test_a_day_one_zip_comes_in_and_its_photo_and_recording_are_listed_not_imported(couple):
    with couple.as_(PartnerSlot.B) as mei:
        report = mei.imports.import_file(ImportFormat.DAY_ONE, FIXTURES / "dayone" / "export.zip", SHARED)
        assert report.imported == 4
        assert report.not_imported == ("photo in the entry of 2018-04-21", "recording in the entry of 2021-08-14")
        entries = {e.title: e for e in mei.journal.entries()}
        met = mei.journal.entry(entries["The day we met"].id)
        assert "Rua do Norte. You were reading" in met.body and "dayone-moment" not in met.body
        assert "(a photo, not imported)" in met.body and set(met.tags) == {"firsts", "us"}
        assert "서울의 아침" in entries
        assert met.created_at.isoformat().startswith("2018-04-21T17:05")


def test_a_day_one_zip_without_its_json_is_refused_plainly(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        with pytest.raises(ImportRefused, match="no Day One journal"):
            rosa.imports.import_file(ImportFormat.DAY_ONE, FIXTURES / "dayone" / "without-json.zip", SHARED)
        with pytest.raises(ImportRefused, match=r"not a \.zip"):
            rosa.imports.import_file(ImportFormat.DAY_ONE, FIXTURES / "jrnl" / "ours.json", SHARED)


def test_a_markdown_folder_comes_in_and_other_files_are_listed(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        report = rosa.imports.import_file(ImportFormat.MARKDOWN, FIXTURES / "markdown", SHARED)
        assert report.imported == 3
        assert "notes.txt (not a Markdown file)" in report.not_imported
        assert "images/pumpkin.jpg (a picture: Lifeline keeps words only)" in report.not_imported
        assert "images/pumpkin.jpg (a picture in 2020/2020-05-17-garden.md)" in report.not_imported
        assert report.skipped == ("README.md (no date in its name or front matter)",)
        entries = {e.title: e for e in rosa.journal.entries()}
        letter = rosa.journal.entry(entries["A letter I never sent"].id)
        assert set(letter.tags) == {"letters", "us"} and "ধন্যবাদ, תודה" in letter.body
        assert letter.created_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2022-10-03 21:15"
        garden = rosa.journal.entry(entries["Planting the garden"].id)
        assert set(garden.tags) == {"garden", "spring"}


def test_twenty_thousand_entries_come_in_in_one_go(couple, tmp_path):
    export = write_jrnl_export(tmp_path / "big.json", 20_000)
    seen: list[tuple[int, int]] = []
    with couple.as_(PartnerSlot.A) as rosa:
        report = rosa.imports.import_file(ImportFormat.JRNL, export, SHARED,
                                          progress=lambda done, total: seen.append((done, total)))
        assert report.imported == 20_000 and seen[-1] == (20_000, 20_000) and len(seen) == 40
        assert rosa.journal.count() == 20_000


def test_a_cancelled_import_of_twenty_thousand_leaves_nothing_behind(couple, tmp_path):
    export = write_jrnl_export(tmp_path / "big.json", 20_000)
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= 10_000:
            stop.set()

    with couple.as_(PartnerSlot.A) as rosa:
        with pytest.raises(ImportCancelled):
            rosa.imports.import_file(ImportFormat.JRNL, export, SHARED, progress=progress, should_stop=stop.is_set)
        assert rosa.journal.count() == 0 and rosa.journal.tags() == []
        assert rosa.journal.search("river") == []  # the search index holds nothing either
        assert isinstance(ImportCancelled(), LifelineError)
