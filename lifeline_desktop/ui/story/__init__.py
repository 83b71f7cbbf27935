"""Our story: memories, milestones, the keepsake book, bringing a journal in and taking everything out."""
