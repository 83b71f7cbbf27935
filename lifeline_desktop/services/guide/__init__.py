"""The guide: the "Where are we" check-up, the path it proposes, prompts that deepen, suggestions, follow-ups."""
