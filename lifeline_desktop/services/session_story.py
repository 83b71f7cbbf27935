"""The open session's part for our story (issue 17): On this day, milestones, import, the full export, and the
consent of both partners that whatever leaves the encryption needs. Kept apart from session.py to keep files small;
`Session` inherits it. Like every feature service, each is built the first time it is used."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault.consent import ConsentBook, ConsentPurpose, PartnerConsent
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.master_keys import OpenKeys

if TYPE_CHECKING:
    from lifeline_desktop.services.imports.service import ImportService
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.planner.planner import Planner
    from lifeline_desktop.services.reports.archive import ArchiveService
    from lifeline_desktop.services.story.memories import MemoryService
    from lifeline_desktop.services.story.milestones import MilestoneService


class StoryServices:
    _context: VaultContext
    partner: PartnerSlot
    clock: Clock

    if TYPE_CHECKING:  # Session builds these (cached properties)
        @property
        def journal(self) -> JournalService: ...

        @property
        def planner(self) -> Planner: ...

    def _open_keys(self) -> OpenKeys:
        raise NotImplementedError

    @cached_property
    def consents(self) -> ConsentBook:
        """A new secret per open session: its consent tokens are worthless to any other session."""
        return ConsentBook(os.urandom(32))

    @cached_property
    def memories(self) -> MemoryService:
        from lifeline_desktop.services.story.memories import MemoryService

        return MemoryService(self._context, self.planner)

    @cached_property
    def milestones(self) -> MilestoneService:
        from lifeline_desktop.services.story.milestones import MilestoneService

        return MilestoneService(self._context, self.planner)

    @cached_property
    def imports(self) -> ImportService:
        from lifeline_desktop.services.imports.service import ImportService

        return ImportService(self._context)

    @cached_property
    def archive(self) -> ArchiveService:
        from lifeline_desktop.services.reports.archive import ArchiveService

        return ArchiveService(self._context, self.journal, self.require_consent)

    def verify_partner_passphrase(self, slot: PartnerSlot, passphrase: str,
                                  purpose: ConsentPurpose) -> PartnerConsent:
        """Checks `slot`'s passphrase against their own key slot (Argon2id: call it off the GUI thread) and
        returns their consent to `purpose`; raises WrongPassphrase. Changes nothing in the session."""
        master_keys.open_with_passphrase(self._open_keys().key_file, slot, passphrase)
        return self.consents.issue(slot, purpose, self.clock.now())

    def require_consent(self, consents: tuple[PartnerConsent, ...], purpose: ConsentPurpose) -> None:
        """Both partners for a keepsake or a full export; the signed-in owner alone for their private space."""
        slots = {self.partner} if purpose is ConsentPurpose.PRIVATE_EXPORT else set(PartnerSlot)
        self.consents.require(consents, purpose, slots, self.clock.now())
