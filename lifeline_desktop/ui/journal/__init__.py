"""The Journal section: entries, private space, replies, prompts, both-answer pairs, appreciation, export."""
