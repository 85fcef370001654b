"""Key derivation, wrapping and signing. No Qt, no SQL."""
