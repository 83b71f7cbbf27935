"""On this day over a simulated calendar (nothing private, ever), hiding and turning off; milestones and their
yearly reminders in the planner; consent tokens that one partner alone cannot make."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from lifeline_desktop.domain.errors import WrongPassphrase
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, MilestoneKind
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.story.views import MilestoneDraft
from lifeline_desktop.services.vault.consent import ConsentMissing, ConsentPurpose
from tests.integration.conftest import PASSPHRASES

MARKER = "PRIVATE-MARKER-7f3a"
START = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)


def _local_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)


def _fill_two_years(couple) -> None:
    """Every tenth day for two years: a shared entry, a private one with the marker, notes, plans, a wish."""
    with couple.as_(PartnerSlot.A) as rosa:
        for step in range(0, 730, 10):
            day = (START + timedelta(days=step)).astimezone().date()
            rosa.journal.add_entry(f"Shared {day}", "We went for a walk.", written_at=_local_noon(day))
            rosa.journal.add_entry(f"{MARKER} title", f"{MARKER} body", private=True, written_at=_local_noon(day))
            rosa.journal.appreciation.send(f"Thank you for {day}", written_at=_local_noon(day))
            plan = rosa.planner.add_plan(PlanDraft(f"Dinner {day}", datetime(day.year, day.month, day.day, 19),
                                                   "UTC", 60))
            moment = datetime(day.year, day.month, day.day, 19, tzinfo=UTC)
            rosa.planner.set_outcome(plan, moment, "done")
            rosa.planner.reflect(plan, moment, 5, "Lovely evening.")
            private_plan = rosa.planner.add_plan(PlanDraft(f"Walk {day}", datetime(day.year, day.month, day.day, 8),
                                                           "UTC", 30))
            rosa.planner.set_outcome(private_plan, datetime(day.year, day.month, day.day, 8, tzinfo=UTC), "done")
            rosa.planner.reflect(private_plan, datetime(day.year, day.month, day.day, 8, tzinfo=UTC), 2,
                                 f"{MARKER} reflection", private=True)
        rosa.planner.wishes.add(f"{MARKER} wish")
    with couple.as_(PartnerSlot.B) as mei:
        mei.journal.add_entry(f"{MARKER} mei", f"{MARKER} mei body", private=True, written_at=_local_noon(
            (START + timedelta(days=20)).astimezone().date()))


def _every_text(memory) -> str:
    return " ".join([memory.title, memory.text] + [h.note for h in memory.how_it_went])


def test_on_this_day_over_a_simulated_calendar_never_shows_anything_private(couple):
    _fill_two_years(couple)
    shown = 0
    for slot in PartnerSlot:
        couple.clock.advance(START + timedelta(days=365) - couple.clock.now())
        with couple.as_(slot) as session:
            for _day in range(400):
                couple.clock.advance(timedelta(days=1))
                memory = session.memories.on_this_day()
                for candidate in session.memories.candidates():
                    assert MARKER not in _every_text(candidate)
                    assert candidate.years_ago >= 1
                if memory is not None:
                    shown += 1
                    assert memory.happened_at.astimezone().date().replace(year=session.memories.today().year) \
                        == session.memories.today() or memory.happened_at.astimezone().date().month == 2
                story = session.today.story()
                assert story.memory == memory
    assert shown > 20  # the simulated calendar did bring memories back


def test_a_plan_memory_brings_the_shared_reflection_and_either_partner_can_hide_it_or_turn_it_off(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        plan = rosa.planner.add_plan(PlanDraft("Picnic", datetime(2023, 6, 10, 12), "UTC", 90))
        rosa.planner.set_outcome(plan, datetime(2023, 6, 10, 12, tzinfo=UTC), "done")
        rosa.planner.reflect(plan, datetime(2023, 6, 10, 12, tzinfo=UTC), 5, "The best cheese.")
    couple.clock.advance(datetime(2025, 6, 10, 15, tzinfo=UTC) - couple.clock.now())
    with couple.as_(PartnerSlot.B) as mei:
        memory = mei.memories.on_this_day(date(2025, 6, 10))
        assert memory is not None and memory.kind is MemoryKind.PLAN and memory.years_ago == 2
        assert [h.note for h in memory.how_it_went] == ["The best cheese."]
        mei.memories.hide(memory.kind, memory.item_id)
        assert mei.memories.on_this_day(date(2025, 6, 10)) is None
    with couple.as_(PartnerSlot.A) as rosa:
        assert rosa.memories.on_this_day(date(2025, 6, 10)) is None  # hidden for both
        assert rosa.memories.unhide_all() == 1
        rosa.memories.set_on(False)
        assert rosa.memories.on_this_day(date(2025, 6, 10)) is None and not rosa.today.story().memories_on
    with couple.as_(PartnerSlot.B) as mei:
        assert mei.memories.turned_off_by() is PartnerSlot.A
        mei.memories.set_on(True)
        assert mei.memories.on_this_day(date(2025, 6, 10)) is not None


def test_milestones_make_a_timeline_with_yearly_reminders_and_a_prompt_on_their_day(couple):
    couple.clock.advance(datetime(2026, 3, 1, 10, tzinfo=UTC) - couple.clock.now())
    with couple.as_(PartnerSlot.A) as rosa:
        met = rosa.milestones.add(MilestoneDraft(MilestoneKind.FIRST_MET, "The bookshop", date(2015, 4, 21)), "UTC")
        leap = rosa.milestones.add(MilestoneDraft(MilestoneKind.MOVED_IN, "Keys to the flat", date(2016, 2, 29)),
                                   "UTC")
        rosa.milestones.add(MilestoneDraft(MilestoneKind.HARD_TIME, "The year we got through", date(2020, 9, 1),
                                           yearly_reminder=False), "UTC")
        with pytest.raises(Exception, match="already happened"):
            rosa.milestones.add(MilestoneDraft(MilestoneKind.OTHER, "Soon", date(2027, 1, 1)), "UTC")
        assert [m.title for m in rosa.milestones.timeline()] == ["The bookshop", "Keys to the flat",
                                                                 "The year we got through"]
        year = rosa.planner.occurrences(datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))
        starts = sorted((o.title, o.start.date()) for o in year)
        assert starts == [("Keys to the flat", date(2027, 2, 28)), ("The bookshop", date(2026, 4, 21)),
                          ("The bookshop", date(2027, 4, 21))]
        assert all(o.reminder_minutes == 24 * 60 for o in year)
        assert [m.id for m in rosa.milestones.anniversaries(date(2026, 4, 21))] == [met]
        assert [m.id for m in rosa.milestones.anniversaries(date(2027, 2, 28))] == [leap]
        rosa.milestones.remove(met)
        assert [o.title for o in rosa.planner.occurrences(datetime(2026, 1, 1, tzinfo=UTC),
                                                          datetime(2027, 1, 1, tzinfo=UTC))] == []
    couple.clock.advance(datetime(2027, 2, 28, 9, tzinfo=UTC) - couple.clock.now())
    with couple.as_(PartnerSlot.B) as mei:
        assert [m.title for m in mei.today.story().anniversaries] == ["Keys to the flat"]


def test_one_partner_alone_cannot_give_both_consents(couple):
    with couple.as_(PartnerSlot.A) as rosa:
        with pytest.raises(WrongPassphrase):
            rosa.verify_partner_passphrase(PartnerSlot.B, PASSPHRASES[PartnerSlot.A], ConsentPurpose.KEEPSAKE)
        mine = rosa.verify_partner_passphrase(PartnerSlot.A, PASSPHRASES[PartnerSlot.A], ConsentPurpose.KEEPSAKE)
        with pytest.raises(ConsentMissing):
            rosa.require_consent((mine, mine), ConsentPurpose.KEEPSAKE)
        forged = type(mine)(PartnerSlot.B, mine.purpose, mine.given_at, mine.seal)
        with pytest.raises(ConsentMissing):
            rosa.require_consent((mine, forged), ConsentPurpose.KEEPSAKE)
        theirs = rosa.verify_partner_passphrase(PartnerSlot.B, PASSPHRASES[PartnerSlot.B], ConsentPurpose.KEEPSAKE)
        rosa.require_consent((mine, theirs), ConsentPurpose.KEEPSAKE)
        with pytest.raises(ConsentMissing):
            rosa.require_consent((mine, theirs), ConsentPurpose.SHARED_EXPORT)
        couple.clock.advance(timedelta(minutes=16))
        with pytest.raises(ConsentMissing):
            rosa.require_consent((mine, theirs), ConsentPurpose.KEEPSAKE)
        rosa.require_consent((rosa.verify_partner_passphrase(PartnerSlot.A, PASSPHRASES[PartnerSlot.A],
                                                             ConsentPurpose.PRIVATE_EXPORT),),
                             ConsentPurpose.PRIVATE_EXPORT)
