"""Shared loading of built-in content: TOML files under resources/content/<area>/, validated with pydantic.

Every error names the file, the item (by its id, or its position) and the field, in a sentence a content writer
can act on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.resource_paths import resources_dir

ItemT = TypeVar("ItemT", bound=BaseModel)


class ContentError(LifelineError):
    """Built-in content that does not match its schema (a packaging or writing mistake, never user data)."""


def content_dir(area: str, root: Path | None = None) -> Path:
    return (root or resources_dir()) / "content" / area


def content_files(area: str, root: Path | None = None) -> list[Path]:
    return sorted(content_dir(area, root).glob("*.toml"))


def load_items(path: Path, table: str, model: type[ItemT]) -> list[ItemT]:
    """The items of one file: the array of tables `[[table]]`, each validated by `model`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path.name}: cannot be read as TOML ({error}).") from error
    raw_items = data.get(table)
    if not isinstance(raw_items, list) or not raw_items:
        raise ContentError(f"{path.name}: expected at least one [[{table}]] item.")
    items: list[ItemT] = []
    for position, raw in enumerate(raw_items, start=1):
        label = f"item {position}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            label = f"item {raw['id']!r}"
        try:
            items.append(model.model_validate(raw))
        except ValidationError as error:
            problems = "; ".join(
                f"field {'.'.join(str(part) for part in issue['loc']) or '?'}: {issue['msg']}"
                for issue in error.errors())
            raise ContentError(f"{path.name}, {label}: {problems}.") from error
    return items


def require_unique_ids(items: Sequence[tuple[Path, str]]) -> None:
    """(file, id) pairs: an id used twice anywhere in an area is an error naming both files."""
    seen: dict[str, Path] = {}
    for path, item_id in items:
        if item_id in seen:
            raise ContentError(f"{path.name}, item {item_id!r}: id already used in {seen[item_id].name}.")
        seen[item_id] = path
