"""The safety question, for one person at a time.

"Do you ever feel afraid of your partner?" is answered in the asker's own turn and stored as a private item under
their personal key (vault/private_items.py): never sealed-then-revealed, never summarised, counted or hinted at to
the other partner. Each turn writes one such row when the question is answered, padded to one length, so even
the row's presence and size say nothing.

If the answer is "sometimes" or "unsure", that partner alone sees where to find help (content/checkup.py), and
the app quietly stops proposing conversations about conflict and trust to the couple. For that, each partner's
answer also writes a "care" mark, sealed under the reveal key and padded like the private item, so
both sessions can honour it; no screen, export, report or suggestion ever shows it or says why something is
not offered. A partner who opens the database with outside tools and the vault key could read the mark (as they
could any sealed answer, vault/reveal_keys.py); the answer itself stays under its owner's passphrase.

Either partner can also choose, for themselves, "no hard talks in what is suggested". That choice sets the very same
care mark (quiet = a "sometimes"/"unsure" answer OR the choice), so the mark, and hard talks quietly missing, can
come from either: even a partner reading the mark with outside tools cannot tell a choice from a safety answer. The
choice itself is kept like the answer, under its owner's personal key (padded, in vault_meta), written for every
partner who answers the check-up, so its presence says nothing either.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.checkup import SAFETY_YES, builtin_safety_help
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.guide.views import SafetyNote
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.sealing import padded_json, reveal_key
from lifeline_desktop.store.models import PrivateAnswerRow
from lifeline_desktop.store.vault_meta import read_meta, write_meta
from lifeline_desktop.vault.crypto import b64, open_sealed, seal, unb64
from lifeline_desktop.vault.private_items import open_private_text, seal_private_text

KIND = "checkup-private"
CHOICE_KIND = "guide-own-choice"
_CARE_META = "guide.care.{slot}"
_CHOICE_META = "guide.own_choice.{slot}"


def _care_data(slot: PartnerSlot) -> bytes:
    return f"lifeline-guide-care-v1|owner={slot.value}".encode()


class SafetyAnswers:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def keep(self, session: OrmSession, checkup_id: int, answer: str) -> None:
        """My answer, in my private space, and my care mark (my private space must be open)."""
        me = self._context.partner
        row = session.scalars(select(PrivateAnswerRow).where(PrivateAnswerRow.checkup_id == checkup_id,
                                                             PrivateAnswerRow.owner_slot == me)).first()
        if row is None:
            row = PrivateAnswerRow(checkup_id=checkup_id, owner_slot=me, sealed_body=b"",
                                   updated_at=self._context.clock.now())
            session.add(row)
            session.flush()
        row.sealed_body = seal_private_text(self._context.personal_key, padded_json({"safety": answer}),
                                            kind=KIND, row_id=row.id, owner=me)
        row.updated_at = self._context.clock.now()
        choice = self.no_hard_talks(session)
        self._keep_choice(session, choice)
        self._mark(session, answer in SAFETY_YES or choice)

    def no_hard_talks(self, session: OrmSession) -> bool:
        """My own choice to leave hard talks out of what is suggested (False while my private space is shut)."""
        me = self._context.partner
        text = read_meta(session, _CHOICE_META.format(slot=me.value))
        if text is None or not self._context.private_space_open:
            return False
        data = open_private_text(self._context.personal_key, unb64(text), kind=CHOICE_KIND, row_id=0, owner=me)
        return bool(json.loads(data)["no_hard_talks"])

    def set_no_hard_talks(self, session: OrmSession, on: bool) -> None:
        """Sets my choice (my private space must be open) and my care mark with it, the same as an answer would."""
        self._keep_choice(session, on)
        self._mark(session, self.mine(session) in SAFETY_YES or on)

    def _keep_choice(self, session: OrmSession, on: bool) -> None:
        me = self._context.partner
        sealed = seal_private_text(self._context.personal_key, padded_json({"no_hard_talks": on}),
                                   kind=CHOICE_KIND, row_id=0, owner=me)
        write_meta(session, _CHOICE_META.format(slot=me.value), b64(sealed))

    def _mark(self, session: OrmSession, quiet: bool) -> None:
        me = self._context.partner
        care = padded_json({"quiet": quiet})
        write_meta(session, _CARE_META.format(slot=me.value),
                   b64(seal(reveal_key(session), care.encode("utf-8"), _care_data(me))))

    def answered(self, session: OrmSession, checkup_id: int) -> bool:
        return session.scalars(select(PrivateAnswerRow.id).where(
            PrivateAnswerRow.checkup_id == checkup_id, PrivateAnswerRow.owner_slot == self._context.partner)
        ).first() is not None

    def mine(self, session: OrmSession, checkup_id: int | None = None) -> str | None:
        """My answer (to `checkup_id`, or my latest), only when my private space is open; else None."""
        if not self._context.private_space_open:
            return None
        me = self._context.partner
        query = select(PrivateAnswerRow).where(PrivateAnswerRow.owner_slot == me)
        if checkup_id is not None:
            query = query.where(PrivateAnswerRow.checkup_id == checkup_id)
        row = session.scalars(query.order_by(PrivateAnswerRow.checkup_id.desc())).first()
        if row is None:
            return None
        data = json.loads(open_private_text(self._context.personal_key, row.sealed_body, kind=KIND,
                                            row_id=row.id, owner=me))
        return str(data["safety"])

    def my_note(self, session: OrmSession) -> SafetyNote | None:
        """Where to find help, for me alone, when my latest answer was "sometimes" or "unsure"."""
        if self.mine(session) not in SAFETY_YES:
            return None
        help_text = builtin_safety_help()
        return SafetyNote(help_text.title, help_text.intro, help_text.places, help_text.closing)

    def quiet(self, session: OrmSession) -> bool:
        """Whether hard talks are left out of what is proposed to the couple; never shown, never explained."""
        key = reveal_key(session)
        for slot in PartnerSlot:
            text = read_meta(session, _CARE_META.format(slot=slot.value))
            if text is not None and json.loads(open_sealed(key, unb64(text), _care_data(slot)))["quiet"]:
                return True
        return False
