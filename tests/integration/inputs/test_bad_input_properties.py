"""Bad input, generally: whatever a file, a paste or a keyboard gives the .ics import, the own-script import,
search, the key file and the recovery-key field, the answer is a sentence or it works — never a crash, never
longer than 10 s — and the vault passes integrity_check and cipher_integrity_check afterwards.

The default run keeps examples few; `-m slow` runs the long loops.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.views import JournalFilter
from lifeline_desktop.services.session import Session
from lifeline_desktop.store.integrity import check_integrity
from tests.support.vaults import MEI

A, B = PartnerSlot.A, PartnerSlot.B
QUICK = settings(max_examples=30, deadline=timedelta(seconds=10),
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
LONG = settings(QUICK, max_examples=400)

# Any character at all, lone surrogates and NUL included.
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)


def works_or_says_why(action: Callable[[], object]) -> None:
    try:
        action()
    except LifelineError as error:
        assert str(error).strip() and "Traceback" not in str(error)


def assert_healthy(session: Session) -> None:
    assert check_integrity(session._context.engine) == []


@pytest.fixture
def rosa(couple) -> Iterator[Session]:
    with couple.as_(A) as session:
        session.journal.add_entry("Walk by the river", "We walked by the river on Sunday 🌊")
        session.journal.add_entry("Mine", "private river thoughts", private=True)
        yield session
        assert_healthy(session)


# --- .ics import ------------------------------------------------------------------------------------------------

ICS_NAMES = st.sampled_from(["DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "SUMMARY", "UID",
                             "LOCATION", "DESCRIPTION", "DTSTART;TZID=Europe/Berlin", "DTSTART;TZID=Nowhere/Land",
                             "DTSTART;VALUE=DATE", "X-LIFELINE-PHONES-AWAY", "BEGIN", "END", "TRIGGER", "RDATE"])
ICS_VALUES = st.one_of(ANY_TEXT, st.sampled_from([
    "2026-13-45T99", "20260301T190000", "20260301T190000Z", "20260301", "99999999T999999", "FREQ=WEEKLY;COUNT=3",
    "FREQ=SECONDLY", "FREQ=DAILY;UNTIL=19000101", "FREQ=YEARLY;BYDAY=" + "MO," * 400 + "TU", "P1D", "PT-5M",
    "-PT15M", "P99999999D", "VEVENT", "VALARM", "VCALENDAR", "", "TRUE"]))
ICS_EVENTS = st.lists(st.lists(st.tuples(ICS_NAMES, ICS_VALUES), max_size=8), min_size=1, max_size=3)


def calendar_bytes(events: list[list[tuple[str, str]]]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for number, event in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:event-{number}", "DTSTART:20260301T190000"]
        lines += [f"{name}:{value}" for name, value in event]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode("utf-8", "surrogatepass")


def _ics_imports_cleanly(session: Session, data: bytes) -> None:
    works_or_says_why(lambda: session.planner.ics.import_file(data, "Europe/Berlin"))


@QUICK
@given(events=ICS_EVENTS)
def test_any_calendar_file_imports_or_says_why(rosa, events):
    _ics_imports_cleanly(rosa, calendar_bytes(events))


@QUICK
@given(data=st.binary(max_size=2_000))
def test_any_bytes_as_a_calendar_import_or_say_why(rosa, data):
    _ics_imports_cleanly(rosa, b"BEGIN:VCALENDAR\r\n" + data if data[:1] == b"B" else data)


@pytest.mark.slow
@LONG
@given(events=ICS_EVENTS)
def test_any_calendar_file_imports_or_says_why_long(rosa, events):
    _ics_imports_cleanly(rosa, calendar_bytes(events))


# --- own scripts ------------------------------------------------------------------------------------------------

NESTING = st.builds(lambda opener, depth: b"x = " + opener * depth + {b"[": b"]", b"{a=": b"}"}[opener] * depth,
                    st.sampled_from([b"[", b"{a="]), st.integers(0, 50_000))
SCRIPT_FILES = st.one_of(st.binary(max_size=2_000), NESTING,
                         ANY_TEXT.map(lambda text: f'title = "{text}"'.encode("utf-8", "surrogatepass")))


@QUICK
@given(data=SCRIPT_FILES)
def test_any_script_file_imports_or_says_why(rosa, data):
    works_or_says_why(lambda: rosa.conversations.own.import_file(data, "theirs.toml"))


@pytest.mark.slow
@LONG
@given(data=SCRIPT_FILES)
def test_any_script_file_imports_or_says_why_long(rosa, data):
    works_or_says_why(lambda: rosa.conversations.own.import_file(data, "theirs.toml"))


# --- search -----------------------------------------------------------------------------------------------------

QUERIES = st.one_of(ANY_TEXT, st.lists(st.sampled_from(["river", "walk", "\ud800", "%", "_", "\\", '"', "*",
                                                       "NEAR", "AND", "OR", "(", "col:", "a", "🌊", "\x00"]),
                                       max_size=3_000).map(" ".join))


def _searches(session: Session, query: str) -> None:
    for action in (lambda: session.journal.page(JournalFilter(text=query)),
                   lambda: session.journal.count(JournalFilter(text=query)),
                   lambda: session.journal.search(query)):
        works_or_says_why(action)


@QUICK
@given(query=QUERIES)
def test_any_search_string_answers(rosa, query):
    _searches(rosa, query)


@pytest.mark.slow
@LONG
@given(query=QUERIES)
def test_any_search_string_answers_long(rosa, query):
    _searches(rosa, query)


# --- the key file and the recovery-key field --------------------------------------------------------------------

def _damaged_key_files(couple, damage: Callable[[bytes], bytes]) -> None:
    folder = couple.gate.folder
    good = {name: (folder / name).read_bytes() for name in ("lifeline.keys", "lifeline.keys.bak")}
    try:
        for name, data in good.items():
            (folder / name).write_bytes(damage(data))
        works_or_says_why(couple.gate.tiles)
        works_or_says_why(lambda: couple.gate.unlock(B, MEI.passphrase).lock())
    finally:
        for name, data in good.items():
            (folder / name).write_bytes(data)
        shutil.rmtree(folder / "backups", ignore_errors=True)
    with couple.as_(A) as session:
        assert_healthy(session)


KEY_FILE_DAMAGE = st.one_of(
    st.binary(max_size=3_000).map(lambda junk: lambda _good: junk),
    st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=40)).map(
        lambda edit: lambda good: good[:edit[0] % len(good)] + edit[1] + good[edit[0] % len(good) + len(edit[1]):]),
    st.integers(0, 10_000).map(lambda cut: lambda good: good[:cut % len(good)]),
    ANY_TEXT.map(lambda text: lambda good: good.replace(b'"', ('"' + text).encode("utf-8", "surrogatepass"), 1)),
)


@settings(QUICK, max_examples=20)
@given(damage=KEY_FILE_DAMAGE)
def test_any_key_file_opens_or_says_why(couple, damage):
    _damaged_key_files(couple, damage)


RECOVERY_TEXT = st.one_of(ANY_TEXT, st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-01 ", min_size=50,
                                            max_size=80))


@QUICK
@given(text=RECOVERY_TEXT)
def test_any_recovery_key_text_is_refused_with_a_sentence(couple, text):
    works_or_says_why(lambda: couple.gate.check_recovery_key_format(text))
    works_or_says_why(lambda: couple.gate.unlock_with_recovery_key(text, A, "a brand new passphrase").lock())
    with couple.as_(A) as session:  # the passphrase still opens: nothing was changed
        assert_healthy(session)
