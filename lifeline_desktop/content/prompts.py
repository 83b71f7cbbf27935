"""Journal prompts: resources/content/prompts/*.toml, one `[[prompt]]` table per prompt.

Each prompt has an id (stable, never reused), a version, the text, the practice it serves and a depth; optionally
the topics it touches (a couple may leave a topic out) and whether it reads well aloud.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from lifeline_desktop.content.loading import content_files, load_items, require_unique_ids
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic


@dataclass(frozen=True)
class Prompt:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    text: Annotated[str, Check(min_length=10, max_length=400)]
    practice: Practice
    depth: Depth
    topics: tuple[Topic, ...] = ()
    spoken: bool = False  # reads well aloud: the question cards may deal it


def load_prompt_file(path: Path, checked: bool = True) -> list[Prompt]:
    return load_items(path, "prompt", Prompt, checked)


def load_prompts(root: Path | None = None, checked: bool = True) -> list[Prompt]:
    """Every built-in prompt, sorted by id; raises ContentError naming the file, item and field."""
    found: list[tuple[Path, Prompt]] = [(path, prompt) for path in content_files("prompts", root)
                                        for prompt in load_prompt_file(path, checked)]
    require_unique_ids([(path, prompt.id) for path, prompt in found])
    return sorted((prompt for _path, prompt in found), key=lambda p: p.id)


@cache
def builtin_prompts() -> tuple[Prompt, ...]:
    return tuple(load_prompts(checked=False))
