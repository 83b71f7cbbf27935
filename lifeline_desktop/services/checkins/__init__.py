"""checkins services."""
