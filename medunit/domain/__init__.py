"""Entities and rules as plain Python. No I/O."""
