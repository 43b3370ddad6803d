"""Index engines: where an index lives and how it is searched."""
