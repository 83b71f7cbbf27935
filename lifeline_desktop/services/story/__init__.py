"""Our story: "On this day" memories and the couple's milestones."""
