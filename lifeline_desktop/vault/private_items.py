"""Private items: text sealed under its author's personal key, bound to the row and owner it belongs to.

The associated data names the kind of item, its row id and its owner, so ciphertext copied to another row or
claimed for the other partner fails to authenticate.
"""

from __future__ import annotations

from lifeline_desktop.domain.errors import LifelineError, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.crypto import AuthenticationFailed, open_sealed, seal


class PrivateItemUnreadable(LifelineError):
    pass


def _associated_data(kind: str, row_id: int, owner: PartnerSlot) -> bytes:
    return f"lifeline-private-v1|kind={kind}|row={row_id}|owner={owner.value}".encode()


def seal_private_text(personal_key: bytes, text: str, *, kind: str, row_id: int, owner: PartnerSlot) -> bytes:
    return seal(personal_key, text.encode("utf-8"), _associated_data(kind, row_id, owner))


def open_private_text(personal_key: bytes, sealed: bytes, *, kind: str, row_id: int, owner: PartnerSlot) -> str:
    try:
        return open_sealed(personal_key, sealed, _associated_data(kind, row_id, owner)).decode("utf-8")
    except AuthenticationFailed as error:
        raise PrivateItemUnreadable(
            msg("This private item cannot be opened with your key: it belongs to someone else, or was changed.")
        ) from error
