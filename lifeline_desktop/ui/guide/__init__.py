"""The guide: the "Where are we" check-up in turns, the answers side by side, the path."""
