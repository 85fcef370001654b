"""Use cases. GUI and CLI call these and nothing below them."""
