"""Play: the quiz and the question cards."""
