"""Plans on a real vault: one-off and repeating, skip and move one occurrence, overlaps, outcomes, reflections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.planner.views import PlanDraft

BERLIN = ZoneInfo("Europe/Berlin")


def local(occurrence) -> str:
    return occurrence.start.astimezone(BERLIN).strftime("%a %d %b %H:%M")


def test_a_weekly_plan_keeps_seven_pm_in_berlin_across_the_march_change(rosa) -> None:
    planner = rosa.planner
    planner.add_plan(PlanDraft("Friday evening", datetime(2026, 3, 20, 19, 0), "Europe/Berlin", 120,
                               recurrence_rule="FREQ=WEEKLY;BYDAY=FR"))
    found = planner.occurrences(datetime(2026, 3, 16, tzinfo=UTC), datetime(2026, 4, 6, tzinfo=UTC))
    assert [local(o) for o in found] == ["Fri 20 Mar 19:00", "Fri 27 Mar 19:00", "Fri 03 Apr 19:00"]
    assert [o.start.hour for o in found] == [18, 18, 17]  # UTC moves, the wall clock does not


def test_skip_and_move_one_occurrence_without_touching_the_rest(rosa) -> None:
    planner = rosa.planner
    plan_id = planner.add_plan(PlanDraft("Walk", datetime(2026, 3, 2, 18, 0), "Europe/Berlin", 60,
                                         recurrence_rule="FREQ=WEEKLY"))
    window = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    first = planner.occurrences(*window)
    assert len(first) == 5
    planner.skip_occurrence(plan_id, first[1].original_start)
    planner.move_occurrence(plan_id, first[2].original_start, datetime(2026, 3, 17, 9, 30), "Europe/Berlin")
    after = planner.occurrences(*window)
    assert [local(o) for o in after] == ["Mon 02 Mar 18:00", "Tue 17 Mar 09:30", "Mon 23 Mar 18:00",
                                         "Mon 30 Mar 18:00"]
    assert after[1].moved and after[1].original_start == first[2].original_start
    with pytest.raises(InvalidInput, match="not one of this plan"):
        planner.skip_occurrence(plan_id, datetime(2026, 3, 4, 17, 0, tzinfo=UTC))


def test_overlapping_and_past_plans_are_allowed_and_overlaps_are_flagged(rosa) -> None:
    planner = rosa.planner
    planner.add_plan(PlanDraft("Dinner", datetime(2026, 3, 5, 19, 0), "UTC", 120))
    planner.add_plan(PlanDraft("Film", datetime(2026, 3, 5, 20, 0), "UTC", 120))
    planner.add_plan(PlanDraft("Breakfast", datetime(2026, 3, 6, 8, 0), "UTC", 30))
    planner.add_plan(PlanDraft("Long ago", datetime(2019, 5, 1, 12, 0), "UTC", 30))
    found = planner.occurrences(datetime(2026, 3, 5, tzinfo=UTC), datetime(2026, 3, 7, tzinfo=UTC))
    assert [(o.title, o.overlaps) for o in found] == [("Dinner", True), ("Film", True), ("Breakfast", False)]
    assert [o.title for o in planner.occurrences(datetime(2019, 1, 1, tzinfo=UTC),
                                                 datetime(2020, 1, 1, tzinfo=UTC))] == ["Long ago"]


def test_bad_plans_are_refused_with_a_sentence(rosa) -> None:
    planner = rosa.planner
    with pytest.raises(InvalidInput, match="needs a title"):
        planner.add_plan(PlanDraft(" ", datetime(2026, 3, 5, 19), "UTC"))
    with pytest.raises(InvalidInput, match="time zone"):
        planner.add_plan(PlanDraft("x", datetime(2026, 3, 5, 19), "Nowhere/Land"))
    with pytest.raises(InvalidInput, match="too often"):
        planner.add_plan(PlanDraft("x", datetime(2026, 3, 5, 19), "UTC", recurrence_rule="FREQ=MINUTELY"))
    assert planner.occurrences(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)) == []


def test_done_and_reflections_shared_go_to_the_journal_private_stay_private(open_as) -> None:
    rosa = open_as(PartnerSlot.A)
    plan_id = rosa.planner.add_plan(PlanDraft("Picnic", datetime(2026, 2, 20, 12, 0), "UTC", 90,
                                              phones_away=True, place="River bank", notes="Bring the blanket"))
    start = datetime(2026, 2, 20, 12, 0, tzinfo=UTC)
    rosa.planner.set_outcome(plan_id, start, "done")
    rosa.planner.reflect(plan_id, start, 5, "The best afternoon in weeks")
    rosa_private = "ROSA-PRIVATE-MARKER quieter than I let on"
    rosa.planner.reflect(plan_id, start, 3, rosa_private, private=True)  # replaces her shared one
    titles = [e.title for e in rosa.journal.entries()]
    assert titles.count("After “Picnic” (20 Feb 2026)") == 2
    mine = rosa.planner.reflections(plan_id, start)
    assert [(r.author, r.private, r.note) for r in mine] == [("a", True, "How it felt: 3 of 5\n\n" + rosa_private)]

    mei = open_as(PartnerSlot.B)
    [occurrence] = mei.planner.occurrences(start, start + timedelta(hours=1))
    assert occurrence.outcome == "done" and occurrence.phones_away and occurrence.place == "River bank"
    mei.planner.reflect(plan_id, start, 4, "Lovely, even with the wasps")
    seen = mei.planner.reflections(plan_id, start)
    assert [(r.author, r.enjoyment, r.note) for r in seen] == [("b", 4, "Lovely, even with the wasps")]
    everything_mei_can_read = repr(mei.planner.reflections(plan_id, start)) + repr(mei.journal.entries())
    assert "ROSA-PRIVATE-MARKER" not in everything_mei_can_read
    assert "Lovely, even with the wasps" in repr(mei.journal.entries())
    with pytest.raises(InvalidInput):
        mei.planner.reflect(plan_id, start, 9, "")


def test_a_repeating_plan_marks_each_occurrence_separately(rosa) -> None:
    planner = rosa.planner
    plan_id = planner.add_plan(PlanDraft("Tea", datetime(2026, 3, 2, 8, 0), "UTC", 15, recurrence_rule="FREQ=DAILY"))
    first, second, third = planner.occurrences(datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC))
    planner.set_outcome(plan_id, first.original_start, "done")
    planner.set_outcome(plan_id, second.original_start, "skipped")
    again = planner.occurrences(datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC))
    assert [o.outcome for o in again] == ["done", "skipped", None]
    planner.set_outcome(plan_id, second.original_start, None)
    assert planner.occurrences(second.start, second.end)[0].outcome is None
    assert third.recurring


def test_several_windows_at_once_find_what_each_window_finds_alone(rosa) -> None:
    # "This day in every earlier year" asks for one window a year, in one read of the vault.
    planner = rosa.planner
    weekly = planner.add_plan(PlanDraft("Friday walk", datetime(2024, 1, 5, 18), "UTC", 60,
                                        recurrence_rule="FREQ=WEEKLY;BYDAY=FR"))
    once = planner.add_plan(PlanDraft("Anniversary dinner", datetime(2025, 3, 7, 19), "UTC", 120))
    moved = planner.add_plan(PlanDraft("Picnic", datetime(2025, 6, 1, 12), "UTC", 90))
    planner.move_occurrence(moved, datetime(2025, 6, 1, 12, tzinfo=UTC), datetime(2024, 3, 8, 12), "UTC")
    windows = [(datetime(year, 3, 7, tzinfo=UTC), datetime(year, 3, 9, tzinfo=UTC)) for year in (2024, 2025, 2026)]
    together = planner.occurrences_in(windows)
    alone = sorted((o for start, end in windows for o in planner.occurrences(start, end)),
                   key=lambda o: (o.start, o.plan_id))
    assert together == alone
    assert [(o.plan_id, o.start.date().isoformat()) for o in together] == [
        (moved, "2024-03-08"), (weekly, "2024-03-08"), (weekly, "2025-03-07"), (once, "2025-03-07")]
