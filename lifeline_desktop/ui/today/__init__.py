"""The Today page: the first page after unlock."""
