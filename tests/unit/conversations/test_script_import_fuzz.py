"""Importing script files: random or broken bytes always give sentences for people, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lifeline_desktop.content.scripts import load_scripts
from lifeline_desktop.services.conversations.own_scripts import export_text
from lifeline_desktop.services.conversations.scripts import ScriptNotValid, read_script_file, toml_string

GOOD = export_text(next(s for s in load_scripts() if s.id == "daily-unwind"))
LINES = GOOD.splitlines()


def _imports_cleanly_or_says_why(data: bytes) -> None:
    try:
        read_script_file(data, "theirs.toml")
    except ScriptNotValid as error:
        assert error.messages and all(m.strip() and "Traceback" not in m for m in error.messages)
        assert "“theirs.toml”" in error.messages[0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes(data: bytes) -> None:
    _imports_cleanly_or_says_why(data)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(LINES) - 1),
                          st.sampled_from(["", "for = 3", "text = ''", "timer_seconds = 0", "timer_seconds = 86400",
                                           "[[rounds]]", "repeat = 99", "for = \"referee\"", "note = \"loud\"",
                                           "checklist = [\"\"]", "[[closing]]", "practices = []", "x = 1",
                                           "minutes = \"ten\"", "[steps]", "title = 5"])),
                min_size=1, max_size=4))
def test_mangled_exports(changes: list[tuple[int, str]]) -> None:
    lines = list(LINES)
    for index, replacement in changes:
        lines[index] = replacement
    _imports_cleanly_or_says_why("\n".join(lines).encode())


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "version", "title", "summary", "practices", "minutes", "steps",
                                        "rounds", "closing", "for", "text"]),
                       st.one_of(st.integers(-5, 10_000), st.text(max_size=30), st.booleans(),
                                 st.lists(st.text(max_size=10), max_size=3)), max_size=8))
def test_random_tables(table: dict[str, object]) -> None:
    def value(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(toml_string(str(x)) for x in v) + "]"
        return toml_string(str(v))

    _imports_cleanly_or_says_why("\n".join(f"{k} = {value(v)}" for k, v in table.items()).encode())
