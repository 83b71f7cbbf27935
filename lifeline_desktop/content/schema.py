"""The content schema, written once, read two ways.

Every content type is a plain frozen dataclass whose fields carry their limits in `Annotated[..., Check(...)]` and
whose cross-field rules live in `__post_init__`. That one definition is the single source of truth:

- **checked** (`validate`): pydantic reads the same dataclasses (Check hands its limits to pydantic's core schema)
  and reports every problem with its place. The tests and `scripts/check_content.py` check all shipped content this
  way, and a couple's own scripts are always checked (pydantic is imported lazily, only on that path).
- **trusted** (`build`): the running app builds the shipped content straight from TOML with the field types alone
  (enums, tuples, nested dataclasses, defaults), without importing pydantic, which saves about 15 MiB of memory
  and keeps pydantic out of the packaged bundle. `__post_init__` still runs, so cross-field rules and tidying
  (stripped text) hold on both paths; a file that does not even fit the types still raises ContentError.

So there is no second copy of any field list: a new field or limit is written once, in the dataclass.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}  # pydantic's config for every content dataclass
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,63}$"


class Check:
    """Limits of one field (min_length, max_length, pattern, ge, le, gt, lt, strict), in pydantic-core's words.

    Only the checked path reads them; pydantic calls `__get_pydantic_core_schema__`, so nothing here imports it."""

    def __init__(self, **limits: Any) -> None:
        self.limits = limits

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.limits)
        return schema


class Rule:
    """A field's own rule: `tidy(value)` returns the value to keep (e.g. stripped) or raises ValueError with words
    a writer can act on. Both paths run it, and the checked path names the field in its error."""

    def __init__(self, tidy: Callable[[Any], Any]) -> None:
        self.tidy = tidy

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.tidy, handler(source))


def validate(cls: type[T], data: object) -> T:
    """`data` checked against `cls` with pydantic (imported here, lazily); raises pydantic's ValidationError."""
    return _adapter(cls).validate_python(data)  # type: ignore[arg-type, no-any-return]


@cache
def _adapter(cls: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def build(cls: type[T], data: object) -> T:
    """`data` (parsed TOML) made into `cls` by the field types alone, for content the tests have checked.

    Raises TypeError, ValueError or KeyError when the data does not even fit the types."""
    return _convert(cls, data)  # type: ignore[no-any-return]


@cache
def _fields(cls: type) -> dict[str, tuple[str, Any]]:
    """TOML key -> (field name, type with its Annotated rules), keys renamed by the class's alias_generator."""
    config = getattr(cls, "__pydantic_config__", {})
    alias = config.get("alias_generator") or (lambda name: name)
    return {alias(name): (name, kind) for name, kind in typing.get_type_hints(cls, include_extras=True).items()}


def _convert(kind: Any, value: Any) -> Any:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise TypeError(f"expected a table, not {value!r}")
        fields = _fields(kind)
        unknown = set(value) - set(fields)
        if unknown:
            raise TypeError(f"unknown field {sorted(unknown)[0]!r}")
        return kind(**{fields[key][0]: _convert(fields[key][1], item) for key, item in value.items()})
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin is typing.Annotated:
        value = _convert(args[0], value)
        for rule in kind.__metadata__:
            if isinstance(rule, Rule):
                value = rule.tidy(value)
        return value
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        return _convert(next(arg for arg in args if arg is not type(None)), value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is dict:
        return {key: _convert(args[1], item) for key, item in value.items()}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value


def describe_issues(errors: list[dict[str, Any]]) -> str:
    """pydantic's errors as 'field a.b: message; …' (for content areas without their own wording)."""
    return "; ".join(f"field {'.'.join(str(part) for part in issue['loc']) or '?'}: "
                     f"{str(issue['msg']).removeprefix('Value error, ')}" for issue in errors)
