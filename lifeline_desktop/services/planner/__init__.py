"""planner services."""
