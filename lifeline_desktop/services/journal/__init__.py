"""journal services."""
