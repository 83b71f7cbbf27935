"""Which widget fills each sidebar section (registered in ui/shell/page_modules.py, one line per feature).

A page factory gets what a page needs through its arguments (house rule: no globals) and returns a SectionPage
(ui/common/section_page.py): the home view loads, releases and shows items through that protocol only.

Each page's module is imported when its section first opens, not with the home view: a feature's page, service
and built-in content (with their imports) cost nothing until the couple goes there.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.operations import Operations
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.shell.page_modules import BUILT_BEFORE_OPENING, SECTION_PAGES

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

PageFactory = Callable[[Section, "Session", Operations, QWidget], SectionPage]

EarlyPageFactory = Callable[[Section, Operations, QWidget], SectionPage]  # see page_modules.BUILT_BEFORE_OPENING


def page_factory(key: str) -> PageFactory:
    """The factory of a section's page, its module imported now (the first time the section opens)."""
    module, name = SECTION_PAGES[key]
    factory: PageFactory = getattr(importlib.import_module(module), name)
    return factory


def build_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> SectionPage:
    return page_factory(section.key)(section, session, ops, parent)


def build_page_before_opening(section: Section, ops: Operations, parent: QWidget) -> SectionPage | None:
    """The section's page without a session, if it is built before the vault opens; else None."""
    if section.key not in BUILT_BEFORE_OPENING:
        return None
    module, name = BUILT_BEFORE_OPENING[section.key]
    factory: EarlyPageFactory = getattr(importlib.import_module(module), name)
    return factory(section, ops, parent)
