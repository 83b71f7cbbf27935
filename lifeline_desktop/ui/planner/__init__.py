"""The activity planner page: idea library, calendar (month, week, agenda), wish jar, reminders."""
