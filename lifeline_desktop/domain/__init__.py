"""Plain Python: rules and values with no Qt and no database."""
