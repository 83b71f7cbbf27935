"""programs services."""
