"""Which widget fills each sidebar section. A feature registers its page here with one line.

A page factory gets what a page needs through its arguments (house rule: no globals) and returns a SectionPage
(ui/common/section_page.py): the home view loads, releases and shows items through that protocol only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lifeline_desktop.ui.checkins.page import CheckInsPage
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.conversations.page import ConversationsPage
from lifeline_desktop.ui.journal.page import journal_page
from lifeline_desktop.ui.operations import Operations
from lifeline_desktop.ui.planner.page import build_planner_page
from lifeline_desktop.ui.play.page import play_page
from lifeline_desktop.ui.programs.page import ProgramsPage
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.today.page import today_page

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

PageFactory = Callable[[Section, "Session", Operations, QWidget], SectionPage]

# section key -> factory; every section in the sidebar has one.
SECTION_PAGES: dict[str, PageFactory] = {}
SECTION_PAGES["conversations"] = ConversationsPage
SECTION_PAGES["journal"] = journal_page
SECTION_PAGES["planner"] = build_planner_page
SECTION_PAGES["today"] = today_page
SECTION_PAGES["checkins"] = CheckInsPage
SECTION_PAGES["programs"] = ProgramsPage
SECTION_PAGES["play"] = play_page


def build_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> SectionPage:
    return SECTION_PAGES[section.key](section, session, ops, parent)
