"""Policy (set by IT) and paths. No Qt, no SQL."""
