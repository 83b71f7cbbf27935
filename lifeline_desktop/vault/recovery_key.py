"""The recovery key is the vault master key itself, written for people: 14 groups of 4 base32 characters.

32 key bytes and a 3-byte checksum make 280 bits, exactly 56 base32 characters. The checksum catches a typo
at once, before any slow work; digits that base32 never uses but that look like its letters
(0/O, 1/I, 8/B) are read leniently.
"""

from __future__ import annotations

import base64
import hashlib
import re

from lifeline_desktop.domain.errors import RecoveryKeyTypo, msg

KEY_BYTES = 32
CHECKSUM_BYTES = 3
GROUP_SIZE = 4
_LOOK_ALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_NOT_KEY_CHARACTERS = re.compile(r"[\s\-_.·]")


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"lifeline-recovery-key-v1" + key).digest()[:CHECKSUM_BYTES]


def format_recovery_key(master_key: bytes) -> str:
    if len(master_key) != KEY_BYTES:
        raise ValueError("a master key has 32 bytes")
    text = base64.b32encode(master_key + _checksum(master_key)).decode("ascii")
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE))


def parse_recovery_key(text: str) -> bytes:
    """The master key in `text`, or RecoveryKeyTypo with a message saying what looks wrong."""
    compact = _NOT_KEY_CHARACTERS.sub("", text).upper().translate(_LOOK_ALIKES)
    expected_length = len(format_recovery_key(bytes(KEY_BYTES)).replace("-", ""))
    if len(compact) != expected_length:
        raise RecoveryKeyTypo(
            msg("A recovery key has %1 letters and digits; this one has %2. Check for a missing or extra "
                "group.", expected_length, len(compact))
        )
    try:
        raw = base64.b32decode(compact)
    except ValueError as error:
        raise RecoveryKeyTypo(msg("This recovery key has characters a recovery key never uses.")) from error
    key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != checksum:
        raise RecoveryKeyTypo(msg("This recovery key has a typo: its check letters do not match. Compare each "
                              "group with the printed copy."))
    return key
