"""today services."""
