"""conversations services."""
