"""The idea library on a real vault: browse, filter, favourite, hide, own ideas, surprise pick."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from lifeline_desktop.content.ideas import MIN_IDEAS
from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.planner.service import IdeaDraft, IdeaFilter
from lifeline_desktop.services.planner.views import PlanDraft


def test_filters_combine_and_every_field_counts(rosa) -> None:
    planner = rosa.planner
    everything = planner.ideas()
    assert len(everything) >= MIN_IDEAS
    calm = planner.ideas(IdeaFilter(place="home", max_cost="free", energy="low", no_screens=True,
                                    practice="closeness"))
    assert calm and len(calm) < len(everything)
    assert all(i.place in ("home", "anywhere") and i.cost == "free" and i.energy == "low" and not i.screens
               and "closeness" in i.practices for i in calm)
    short = planner.ideas(IdeaFilter(max_minutes=10))
    assert short and all((i.minutes or 0) <= 10 for i in short)
    winter = planner.ideas(IdeaFilter(season="winter"))
    assert all(i.season in (None, "winter") for i in winter)
    assert any(i.season == "winter" for i in winter)
    assert [i.title for i in planner.ideas(IdeaFilter(text="BLANKET fort"))] == ["Build a blanket fort"]
    assert all(i.category == "learning" for i in planner.ideas(IdeaFilter(category="learning")))


def test_favourites_and_hidden_are_shared_by_both_partners(open_as) -> None:
    rosa = open_as(PartnerSlot.A)
    key = rosa.planner.ideas(IdeaFilter(text="blanket fort"))[0].key
    other = rosa.planner.ideas(IdeaFilter(text="karaoke"))[0].key
    rosa.planner.set_favourite(key, True)
    rosa.planner.set_hidden(other, True)
    mei = open_as(PartnerSlot.B)
    assert [i.key for i in mei.planner.ideas(IdeaFilter(favourites_only=True))] == [key]
    assert other not in {i.key for i in mei.planner.ideas()}
    assert other in {i.key for i in mei.planner.ideas(IdeaFilter(show_hidden=True))}
    mei.planner.set_hidden(other, False)
    assert other in {i.key for i in mei.planner.ideas()}


def test_own_ideas_are_added_edited_and_an_empty_title_is_refused(rosa) -> None:
    planner = rosa.planner
    with pytest.raises(InvalidInput, match="needs a title"):
        planner.add_idea(IdeaDraft(title="   "))
    assert not any(i.own for i in planner.ideas())
    key = planner.add_idea(IdeaDraft(title="Pancake Sunday", description="Flip them badly.",
                                     practices=("reconnecting",), minutes=40, place="home"))
    planner.update_idea(key, IdeaDraft(title="Pancake Sunday, again", practices=("closeness",), minutes=45,
                                       place="home", cost="low"))
    mine = [i for i in planner.ideas(IdeaFilter(practice="closeness", place="home")) if i.own]
    assert [(i.title, i.minutes, i.cost) for i in mine] == [("Pancake Sunday, again", 45, "low")]
    with pytest.raises(InvalidInput, match="needs a title"):
        planner.update_idea(key, IdeaDraft(title=""))
    assert planner.ideas(IdeaFilter(text="pancake"))[0].title == "Pancake Sunday, again"


def test_surprise_respects_filters_and_avoids_what_we_did_recently(rosa, clock) -> None:
    planner = rosa.planner
    rule = IdeaFilter(category="affection", no_screens=True, max_minutes=15)
    fitting = {i.key for i in planner.ideas(rule)}
    assert len(fitting) >= 3
    for seed in range(20):
        pick = planner.surprise(rule, random.Random(seed))
        assert pick is not None and pick.key in fitting
    # Do all but one of them (yesterday): the surprise now always offers the remaining one.
    keep = sorted(fitting)[0]
    now = clock.now()
    for key in sorted(fitting)[1:]:
        start = (now - timedelta(days=1)).replace(tzinfo=None)
        plan_id = planner.add_plan(PlanDraft("done", start, "UTC", 10, idea_key=key))
        planner.set_outcome(plan_id, now - timedelta(days=1), "done")
    assert {planner.surprise(rule, random.Random(seed)).key for seed in range(10)} == {keep}
    assert planner.surprise(IdeaFilter(text="no idea has this text"), random.Random(1)) is None
    assert isinstance(now, datetime)
