"""Layout constants, timings and colours for the whole UI, in one place."""

from __future__ import annotations

# Spacing (pixels, scaled by Qt on high-DPI screens)
MARGIN = 24
SPACING = 12
SMALL_SPACING = 6
SIDEBAR_WIDTH = 200
TILE_SIZE = 150
TILE_AVATAR_SIZE = 88
COMBO_ARROW_ROOM = 24  # QComboBox.sizeHint() leaves out the drop-down padding our style sheet adds
SWATCH_SIZE = 30
CHIP_SIZE = 30  # one chip of a 1-to-10 score (ui/common/score_chips.py)
ICON_SIZE = 20
SMALL_ICON_SIZE = 16
FIELD_WIDTH = 320
WINDOW_SIZE = (1000, 680)
MIN_WINDOW_SIZE = (760, 560)

# Unlock: after this many wrong tries the wait grows 2, 4, 8 … seconds, up to the cap.
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 2.0
MAX_WAIT_SECONDS = 60.0
WAIT_TICK_MS = 250
SHAKE_MS = 360
SHAKE_PIXELS = 10

# Idle lock
CONVERSATION_AUTO_LOCK_MINUTES = 30  # auto-lock waits at least this long while a talk is on screen
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)  # 0 = never (only after a warning)
IDLE_CHECK_MS = 5_000
UPKEEP_AFTER_UNLOCK_MS = 1_500  # a large vault's check and backup of the day start once the home screen is up

# Passphrases
MIN_PASSPHRASE_LENGTH = 8

# Recovery key: how it is grouped on screen and on paper
RECOVERY_GROUP_SEPARATOR = "-"

# A small palette of warm colours a partner picks from (hex, name for screen readers)
PARTNER_COLOURS: tuple[tuple[str, str], ...] = (
    ("#C8553D", "terracotta"),
    ("#E07A5F", "coral"),
    ("#D1495B", "rose"),
    ("#F2A541", "saffron"),
    ("#8F5E8E", "plum"),
    ("#6A8D73", "sage"),
    ("#3D7A8A", "teal"),
    ("#9C6644", "cinnamon"),
)
DEFAULT_COLOURS = ("#C8553D", "#3D7A8A")

# The neutral window title: nothing personal, ever.
WINDOW_TITLE = "Lifeline"

# Journal
HIGHLIGHT_COLOUR = "#ffe08a"  # search matches in the list
UNREAD_COLOUR = "#c8553d"
PRIVATE_TINT = (128, 96, 176, 36)  # RGBA over the row or page: a private entry is seen at a glance
DRAFT_SAVE_MS = 3_000  # drafts save this often while typing (and on lock)
SEARCH_DELAY_MS = 80  # search as you type, after a short pause (typed search to painted list: 120 ms or less)

# Guided conversations: the full-window focus mode, readable from a sofa
FOCUS_TEXT_POINTS = 26
FOCUS_FLOOR_POINTS = 17
FOCUS_CHIP_SIZE = 46  # a 1-to-10 chip in the conversation focus mode, for the sofa
FOCUS_TIMER_POINTS = 26
FOCUS_TICK_MS = 250
FOCUS_MAX_TEXT_WIDTH = 900
FOCUS_BORDER_COLOUR = "#C9B8AB"
FOCUS_TIMER_ENDED_COLOUR = "#E07A5F"
CONVERSATION_BREAK_CHOICES = (20, 30, 45, 60)  # minutes; never less than twenty

# Planner
PLANNER_REMINDER_CHECK_MS = 20_000  # how often reminders are checked while the app runs
PLANNER_DETAILS_WIDTH = 340
PLANNER_AGENDA_DAYS = 30
PLANNER_MARKER_COLOUR = "#C8553D"
PLANNER_OVERLAP_COLOUR = "#D1495B"

CHECKIN_PAST_ROUNDS_HEIGHT = 180  # about four past rounds visible before scrolling
PRACTICE_CHART_HEIGHT = 220  # the practices-over-time chart on the Check-ins page
CARD_MAX_WIDTH = 720  # the recovery and damaged-vault cards
UNLOCK_CARD_MAX_WIDTH = 16777215  # no limit: the unlock card takes its layout's width
WIZARD_CARD_MIN_WIDTH = 640
WIZARD_CARD_MAX_WIDTH = 760

# Play: the quiz and the question cards, read from a sofa
PLAY_CARD_POINTS = 28  # a question card
PLAY_CHOICE_POINTS = 34  # each side of a "this or that" card
PLAY_QUESTION_POINTS = 21  # the quiz's question
PLAY_ANSWER_POINTS = 16  # a revealed answer (may run to a few lines)
PLAY_ANSWER_MIN_WIDTH = 560  # the guess box and the answer card: room for a sentence per line
PLAY_ANSWER_MAX_HEIGHT = 200  # a longer answer scrolls inside its card
PLAY_QUIZ_ROUND = 10  # questions in one round of "How well do you know me"
