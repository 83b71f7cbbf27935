"""Which widget fills each sidebar section. A feature registers its page here with one line.

A page factory gets what a page needs through its arguments (house rule: no globals). A page may define
`release()`: called on lock, it must forget everything shown from the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lifeline_desktop.ui.checkins.page import CheckInsPage
from lifeline_desktop.ui.conversations.page import ConversationsPage
from lifeline_desktop.ui.journal.page import journal_page
from lifeline_desktop.ui.planner.page import build_planner_page
from lifeline_desktop.ui.programs.page import ProgramsPage
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.today.page import today_page
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

PageFactory = Callable[[Section, "Session", Runner, QWidget], QWidget]

# section key -> factory: every section in navigation.SECTIONS has one (tests/ui/shell checks it).
SECTION_PAGES: dict[str, PageFactory] = {}
SECTION_PAGES["conversations"] = ConversationsPage
SECTION_PAGES["journal"] = journal_page
SECTION_PAGES["planner"] = build_planner_page
SECTION_PAGES["today"] = today_page
SECTION_PAGES["checkins"] = CheckInsPage
SECTION_PAGES["programs"] = ProgramsPage


def build_page(section: Section, session: Session, runner: Runner, parent: QWidget) -> QWidget:
    return SECTION_PAGES[section.key](section, session, runner, parent)
