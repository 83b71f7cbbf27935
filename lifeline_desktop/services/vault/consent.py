"""Consent of both partners, for anything that leaves the encryption with both partners' words in it.

Each partner confirms in their own turn with their own passphrase; the session checks it against that partner's key
slot (Argon2id: slow, so never on the GUI thread) and hands back a `PartnerConsent`. A keepsake book or a full
export asks for two of them, one per partner, for that very purpose, given within the last few minutes. The tokens
are sealed with a secret that lives only in this open session, so they cannot be made up, reused after a lock, or
carried from one purpose to another. One partner alone can never produce both.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.domain.partners import PartnerSlot

CONSENT_LASTS = timedelta(minutes=15)


class ConsentPurpose(StrEnum):
    KEEPSAKE = "keepsake"
    SHARED_EXPORT = "shared-export"
    PRIVATE_EXPORT = "private-export"  # the owner of a private space, alone


class ConsentMissing(LifelineError):
    pass


@dataclass(frozen=True)
class PartnerConsent:
    slot: PartnerSlot
    purpose: ConsentPurpose
    given_at: datetime
    seal: bytes


class ConsentBook:
    """Issues and checks consent tokens for one open session."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def issue(self, slot: PartnerSlot, purpose: ConsentPurpose, now: datetime) -> PartnerConsent:
        return PartnerConsent(slot, purpose, now, self._seal(slot, purpose, now))

    def require(self, consents: tuple[PartnerConsent, ...], purpose: ConsentPurpose, slots: set[PartnerSlot],
                now: datetime) -> None:
        """Raises ConsentMissing unless every slot in `slots` gave a genuine, recent consent for `purpose`."""
        given = {c.slot for c in consents if self._genuine(c, purpose, now)}
        missing = slots - given
        if missing:
            raise ConsentMissing(
                "This needs both of you: each confirms with their own passphrase, in their own turn."
                if len(slots) == 2 else "This needs your own passphrase first.")

    def _genuine(self, consent: PartnerConsent, purpose: ConsentPurpose, now: datetime) -> bool:
        expected = self._seal(consent.slot, consent.purpose, consent.given_at)
        return (consent.purpose is purpose and hmac.compare_digest(expected, consent.seal)
                and timedelta(0) <= now - consent.given_at <= CONSENT_LASTS)

    def _seal(self, slot: PartnerSlot, purpose: ConsentPurpose, when: datetime) -> bytes:
        message = f"{slot.value}|{purpose.value}|{when.isoformat()}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).digest()
