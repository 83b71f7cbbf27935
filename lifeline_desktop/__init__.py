"""Relationship Lifeline Desktop: a private, offline app for couples."""

__version__ = "0.1.0"
