"""Criminal-record facts (strafrechtelijk verleden): the eight-year rule."""

from __future__ import annotations

from datetime import date

REPORTING_YEARS = 8


def not_required_to_report(fact_date: date, today: date) -> bool:
    """Facts older than eight years need not be reported by the insured (insurers' code of conduct)."""
    try:
        cutoff = today.replace(year=today.year - REPORTING_YEARS)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - REPORTING_YEARS, day=28)
    return fact_date < cutoff
