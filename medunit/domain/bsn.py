"""BSN (burgerservicenummer): the eleven-test and masking."""

from __future__ import annotations

from medunit.errors import ValidationError


def elfproef(bsn: str) -> bool:
    """True for a 9-digit number passing the BSN eleven-test (weights 9..2 and -1)."""
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    return total % 11 == 0 and bsn != "000000000"


def check_bsn(text: str) -> str:
    bsn = text.strip().replace(" ", "").replace(".", "")
    if len(bsn) == 8 and bsn.isdigit():
        bsn = "0" + bsn
    if not elfproef(bsn):
        raise ValidationError("'{bsn}' is not a valid BSN (it fails the eleven-test).", bsn=mask_bsn(bsn))
    return bsn


def mask_bsn(bsn: str) -> str:
    """``*****1234``: the last four digits only, so a person can be told apart without exposure."""
    return "*" * max(len(bsn) - 4, 0) + bsn[-4:]
