"""Attachment types are decided by content, never by the file name alone."""

from __future__ import annotations

from medunit.errors import ValidationError

SIGNATURES: tuple[tuple[bytes, str, tuple[str, ...]], ...] = (
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
)


def media_type_of(head: bytes, filename: str) -> str:
    """The media type the content proves; refused when unknown or when the extension lies."""
    lower = filename.lower()
    for magic, media_type, extensions in SIGNATURES:
        if head.startswith(magic):
            if not lower.endswith(extensions):
                raise ValidationError(
                    "The file {name} is a {kind} but its name says otherwise; rename it and try again.",
                    name=filename,
                    kind=media_type,
                )
            return media_type
    raise ValidationError("The file {name} is not a PDF, PNG or JPEG (checked by content).", name=filename)
