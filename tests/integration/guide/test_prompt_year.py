"""The prompt of the day over a simulated year (injected clock): light at first, deeper as the couple writes, no
deepest prompt in the first weeks, never a prompt from a left-out topic. Prints prompts of each depth by month."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Topic
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B
LEFT_OUT = ("sexual-intimacy", "betrayal")


def test_a_year_of_prompts_deepens_and_never_shows_a_left_out_topic(couple, capsys):
    with couple.as_(A) as s:
        take_checkup(s, profile(4, leave_out=LEFT_OUT))
    with couple.as_(B) as s:
        take_checkup(s, profile(4))
        s.guide.accept_path()
    by_id = {p.id: p for p in builtin_prompts()}
    by_month: dict[int, Counter[str]] = {}
    lighter_ok = another_ok = True
    with couple.as_(A) as s:
        for day in range(365):
            prompt = by_id[s.guide.prompt_of_the_day().id]
            month = day // 30 + 1 if day < 360 else 12
            by_month.setdefault(month, Counter())[prompt.depth.value] += 1
            assert not {t.value for t in prompt.topics} & set(LEFT_OUT), prompt.id
            if day < 28:
                assert prompt.depth is not Depth.DEEPEST, (day, prompt.id)
            lighter_ok &= by_id[s.guide.prompt_of_the_day(lighter=True).id].depth is Depth.LIGHT
            another_ok &= s.guide.prompt_of_the_day(offset=1).id != prompt.id
            if day % 2 == 0:  # the couple writes every other day
                s.journal.add_entry(f"Day {day}", "A few honest lines.", prompt_id=prompt.id)
            couple.clock.advance(timedelta(days=1))
    assert lighter_ok and another_ok
    rows = ["month  light  deeper  deepest"] + [
        f"{m:>5}  {c['light']:>5}  {c['deeper']:>6}  {c['deepest']:>7}" for m, c in sorted(by_month.items())]
    with capsys.disabled():
        print("\nPrompts of the day by depth, a simulated year:\n" + "\n".join(rows))
    assert by_month[1]["light"] >= 20  # (no deepest before day 28 is checked day by day above)
    assert by_month[12]["deepest"] > 0 and by_month[12]["light"] < by_month[1]["light"]
    assert Topic.SEXUAL_INTIMACY.value in LEFT_OUT
