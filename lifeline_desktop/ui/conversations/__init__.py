"""Guided conversations: the script library page and the calm full-window runner."""
