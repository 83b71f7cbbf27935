"""A demo vault for newcomers: example entries, plans, check-ins and conversations."""
