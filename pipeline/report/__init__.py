"""The static HTML review report: an index and one page per document."""
