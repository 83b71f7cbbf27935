"""Errors a user may meet, each with a message written for them. Every layer raises these; the UI shows them.

A sentence for people is marked where it is raised, `raise InvalidInput(msg("A plan needs a title."))`, with
values as %1, %2 (`msg("Keep the title under %1 characters.", MAX)`). It stays an English `str`, so logs and tests
read it as before; it also remembers its template and values. `scripts/error_texts.py` collects every template
into `ui/error_texts.py` for lupdate, and the UI translates the template where it shows the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def substitute(template: str, values: Sequence[str]) -> str:
    """`template` with %1 … %n replaced by `values`, all at once; a placeholder without a value stays."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class Sentence(str):
    """An English sentence for a person that remembers what it was made of, so it can be said in another language."""

    template: str
    values: tuple[str, ...]  # a value that is itself a Sentence (or an error saying one) stays one

    def __new__(cls, template: str, *values: object) -> Sentence:
        parts = tuple(_part(value) for value in values)
        sentence = super().__new__(cls, substitute(template, parts))
        sentence.template, sentence.values = template, parts
        return sentence


def _part(value: object) -> str:
    if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Sentence):
        return value.args[0]
    return value if isinstance(value, Sentence) else str(value)


def msg(template: str, *values: object) -> Sentence:
    """Marks a sentence a user will read (collected for translation); %1 … %n are filled from `values`."""
    return Sentence(template, *values)



class LifelineError(Exception):
    """Base class: `str(error)` is a sentence a user can read."""


class WrongPassphrase(LifelineError):
    def __init__(self, message: str = msg("That passphrase does not open this vault. Check it and try again.")) -> None:
        super().__init__(message)


class RecoveryKeyTypo(LifelineError):
    """The recovery key's checksum does not match: a typo, caught before any slow work."""


class WrongRecoveryKey(LifelineError):
    def __init__(self, message: str = msg("This recovery key is well formed but belongs to another vault "
                 "or to an older key of this one.")) -> None:
        super().__init__(message)


class KeyFileProblem(LifelineError):
    """The key file (and its backup copy) cannot be read. The recovery key still opens the shared vault."""


class VaultDamaged(LifelineError):
    """The database failed an integrity check; nothing was deleted, a backup can be restored."""

    def __init__(self, message: str, findings: list[str] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


class VaultInUse(LifelineError):
    """Another Lifeline window (maybe of another computer account) has this vault open."""


class StorageFull(LifelineError):
    def __init__(self, message: str = msg("The disk is full, so nothing was changed. Free some space and try "
                 "again; your vault is safe.")) -> None:
        super().__init__(message)


class KeyringUnavailable(LifelineError):
    """The OS keyring cannot be used; the passphrase still works."""


class InvalidInput(LifelineError):
    """Input refused with a message saying why (an empty passphrase, a title left blank, …)."""
