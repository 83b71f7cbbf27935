"""The words a search looks for, the same for the index and for private entries searched in memory.

Whatever is typed or pasted, a search stays quick. Every word must match, so repeated words (case aside) count
once and a word inside a longer one ("walk" in "walking") adds nothing; of the rest, the MAX_WORDS longest are kept
(they narrow the most), each cut at MAX_WORD_CHARS, from the first MAX_QUERY_CHARS of the query. A NUL or a broken
character (see domain.text) never reaches the database. `capped` says when a word that would have narrowed the
results was left out or cut: the results may then hold a little more than the whole query asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from lifeline_desktop.domain.text import searchable

MAX_QUERY_CHARS = 100_000
MAX_WORD_CHARS = 64
MAX_WORDS = 12


@dataclass(frozen=True)
class SearchWords:
    words: tuple[str, ...]  # in the order typed
    capped: bool

    def __bool__(self) -> bool:
        return bool(self.words)


def search_words(query: str) -> SearchWords:
    capped = len(query) > MAX_QUERY_CHARS
    typed: dict[str, str] = {}  # casefolded -> as typed the first time, in the order typed
    for word in searchable(query[:MAX_QUERY_CHARS]).replace("\x00", " ").split():
        if len(word) > MAX_WORD_CHARS:
            word, capped = word[:MAX_WORD_CHARS], True
        typed.setdefault(word.casefold(), word)
    kept: list[str] = []
    for folded in sorted(typed, key=len, reverse=True):  # longest first: a contained word meets its container
        if any(folded in longer for longer in kept):
            continue
        if len(kept) == MAX_WORDS:
            capped = True
            break
        kept.append(folded)
    chosen = set(kept)
    return SearchWords(tuple(word for folded, word in typed.items() if folded in chosen), capped)
