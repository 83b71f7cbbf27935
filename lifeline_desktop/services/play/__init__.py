"""Play: "How well do you know me" and the question cards."""
