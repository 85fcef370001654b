"""The person's access report (GDPR art. 15 inzage): what the unit holds about them and who accessed it."""

from __future__ import annotations

from dataclasses import dataclass

from medunit.export._qtpdf import esc, html_to_pdf
from medunit.export.dutch import local_date, long_datetime, short_datetime


@dataclass(frozen=True)
class ReportCase:
    reference: str
    case_type: str
    status: str
    received_at: str
    entries: tuple[tuple[str, str, str], ...]  # (date, kind, text)
    consents: tuple[str, ...]
    requests: tuple[str, ...]
    advice: tuple[str, ...]


@dataclass(frozen=True)
class AccessReport:
    person_reference: str
    person_name: str
    date_of_birth: str
    bsn_masked: str | None
    produced_at: str
    produced_by: str
    cases: tuple[ReportCase, ...]
    contacts: tuple[str, ...]
    accesses: tuple[tuple[str, str, str, str, str], ...]  # (when, who, role, action, outcome/why)


def render_access_report(report: AccessReport) -> bytes:
    parts = [
        "<h2>Inzageverzoek — overzicht van uw gegevens bij de functionele eenheid medisch adviseur</h2>",
        f"<p>Betrokkene: <b>{esc(report.person_name)}</b>, geboren {esc(report.date_of_birth)}, "
        f"referentie {esc(report.person_reference)}"
        + (f", BSN {esc(report.bsn_masked)}" if report.bsn_masked else "")
        + f".<br/>Opgesteld op {esc(long_datetime(report.produced_at))} door {esc(report.produced_by)}.</p>",
    ]
    for case in report.cases:
        parts.append(
            f"<h3>Dossier {esc(case.reference)}</h3><p>Soort: {esc(case.case_type)}; status: {esc(case.status)}; "
            f"ontvangen {esc(short_datetime(case.received_at))}.</p>"
        )
        if case.entries:
            parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
            parts.append("<tr><th>Datum</th><th>Soort</th><th>Inhoud</th></tr>")
            for when, kind, text in case.entries:
                parts.append(f"<tr><td>{esc(local_date(when))}</td><td>{esc(kind)}</td><td>{esc(text)}</td></tr>")
            parts.append("</table>")
        for title, items in (
            ("Toestemmingen", case.consents),
            ("Informatieverzoeken", case.requests),
            ("Medisch advies", case.advice),
        ):
            if items:
                parts.append(f"<p><b>{title}</b></p><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
    if report.contacts:
        parts.append("<h3>Contactmomenten</h3><ul>" + "".join(f"<li>{esc(c)}</li>" for c in report.contacts) + "</ul>")
    parts.append("<h3>Wie heeft uw gegevens ingezien of bewerkt</h3>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
    parts.append(
        "<tr><th>Moment (Nederlandse tijd)</th><th>Medewerker</th><th>Rol</th><th>Handeling</th><th>Uitkomst</th></tr>"
    )
    for when, who, role, action, outcome in report.accesses:
        parts.append(
            f"<tr><td>{esc(short_datetime(when))}</td><td>{esc(who)}</td><td>{esc(role)}</td>"
            f"<td>{esc(action)}</td><td>{esc(outcome)}</td></tr>"
        )
    parts.append("</table>")
    return html_to_pdf(
        "\n".join(parts), title=f"Inzage {report.person_reference}", footer="Vertrouwelijk — medisch geheim"
    )
