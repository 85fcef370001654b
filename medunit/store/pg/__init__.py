"""The unit server backend: one shared PostgreSQL store, zero-knowledge to its operators (see docs/unit-server.md)."""
