"""vault services."""
