"""spaCy components, one per concern, and the pure helpers they wrap."""
