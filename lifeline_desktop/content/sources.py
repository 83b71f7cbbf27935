"""Where these ideas come from: resources/content/sources.toml, one `[[source]]` table per piece of research.

Each entry credits, in our own words, the research whose structure one or more scripts follow: an id (stable), a
title, a few plain lines on what the idea is and how our scripts use it, a reference line (authors, year, title,
where published) and the ids of the scripts that follow it. Every script id is checked against the built-in
scripts at load; an unknown one is an error naming the entry and the id. The page that shows it lives in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from lifeline_desktop.content.loading import ContentError, load_items, require_unique_ids
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.resource_paths import resources_dir

SOURCES_FILE = "sources.toml"


@dataclass(frozen=True)
class Source:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    title: Annotated[str, Check(min_length=3, max_length=80)]
    about: Annotated[str, Check(min_length=40, max_length=700)]
    reference: Annotated[str, Check(min_length=20, max_length=400)]
    scripts: Annotated[tuple[str, ...], Check(min_length=1)]

    def __post_init__(self) -> None:
        if any(value != value.strip() for value in (self.title, self.about, self.reference)):
            raise ValueError("the title, about or reference starts or ends with spaces")
        if "(" not in self.reference or ")" not in self.reference:
            raise ValueError("a reference reads “Authors (year). Title.”, with the year in brackets")


def sources_path(root: Path | None = None) -> Path:
    return (root or resources_dir()) / "content" / SOURCES_FILE


def load_sources(root: Path | None = None, script_ids: set[str] | None = None, checked: bool = True) -> list[Source]:
    """Every entry in file order, each script reference checked (against `script_ids` when given, else the
    scripts under the same root); raises ContentError naming the file, the entry and the field."""
    path = sources_path(root)
    sources = load_items(path, "source", Source, checked)
    require_unique_ids([(path, source.id) for source in sources])
    if script_ids is None:
        from lifeline_desktop.content.scripts import builtin_library, load_scripts

        scripts = builtin_library().all() if root is None and not checked else load_scripts(root)
        script_ids = {script.id for script in scripts}
    for source in sources:
        for script_id in source.scripts:
            if script_id not in script_ids:
                raise ContentError(f"{path.name}, item {source.id!r}: no built-in script has the id "
                                   f"{script_id!r}.")
    return sources


@cache
def builtin_sources() -> tuple[Source, ...]:
    return tuple(load_sources(checked=False))
