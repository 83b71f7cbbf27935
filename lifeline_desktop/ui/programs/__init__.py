"""Programs: multi-week paths through prompts, ideas and conversations."""
