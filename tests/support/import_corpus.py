"""Large imports for the tests and the benchmark, in the shapes of the real fixtures (tests/fixtures/imports)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
_WORDS = ("We walked to the river and talked about everything and nothing. 今日は静かな一日だった。 "
          "Merci pour le café. شكرا لك. ")


def _moment(number: int) -> datetime:
    return datetime(2000, 1, 1, 8, 0, tzinfo=UTC) + timedelta(hours=7 * number)


def write_jrnl_export(path: Path, count: int) -> Path:
    entries = [{"title": f"Day {number}.", "body": f"{_WORDS}#{number} @walks", "date": _moment(number).astimezone()
                .strftime("%Y-%m-%d"), "time": _moment(number).astimezone().strftime("%H:%M"), "tags": ["@walks"],
                "starred": False} for number in range(count)]
    path.write_text(json.dumps({"tags": {"@walks": count}, "entries": entries}), encoding="utf-8")
    return path


def write_day_one_export(path: Path, count: int) -> Path:
    entries = [{"uuid": f"{number:032X}", "creationDate": _moment(number).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "timeZone": "Europe/London", "starred": False, "text": f"# Day {number}\n\n{_WORDS}",
                "tags": ["walks"]} for number in range(count)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries}))
    return path


def write_markdown_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        day = _moment(number).astimezone()
        (folder / f"{day:%Y-%m-%d-%H%M}-{number}.md").write_text(f"# Day {number}\n\n{_WORDS} #walks\n",
                                                                 encoding="utf-8")
    return folder
