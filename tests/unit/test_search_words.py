"""The words a search looks for: de-duplicated, contained words dropped, a dozen at most."""

from __future__ import annotations

from lifeline_desktop.domain.search_words import MAX_WORD_CHARS, MAX_WORDS, search_words


def test_short_queries_are_kept_as_typed():
    assert search_words("River walk") == search_words("  River   walk ")
    assert search_words("River walk").words == ("River", "walk")
    assert not search_words("River walk").capped
    assert not search_words("   ")


def test_repeats_and_contained_words_count_once_without_capping():
    result = search_words("river Walk RIVER walking " * 3_000)
    assert result.words == ("river", "walking")
    assert not result.capped


def test_ten_thousand_distinct_words_keep_the_longest_dozen():
    result = search_words(" ".join(f"w{n:05d}" for n in range(10_000)))
    assert len(result.words) == MAX_WORDS
    assert result.capped


def test_a_giant_word_is_cut_and_said_so():
    result = search_words("a" * 10 * MAX_WORD_CHARS)
    assert result.words == ("a" * MAX_WORD_CHARS,)
    assert result.capped


def test_nul_and_broken_characters_never_reach_the_database():
    result = search_words("one\x00two \ud800three")
    assert result.words == ("one", "two", "\ufffdthree")
