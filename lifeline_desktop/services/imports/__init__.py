"""Bringing a journal in from Day One, jrnl or a folder of Markdown files."""
