"""The Journal section: entries, private space, replies, prompts, both-answer pairs, appreciation, export."""

# What Today's quick actions ask the Journal page to show (SectionPage.show_item ids beside prompt ids).
NEW_ENTRY = "new-entry"
APPRECIATION = "appreciation"
