"""The doctor information request letter (informatieverzoek aan behandelaar) as a Dutch A4 PDF.

Rendered with Qt's own PDF writer (see ``_qtpdf``); every value from the letter is HTML-escaped. A letter
sent by a medical advisor is signed with their personal certificate (PAdES, ``pades``), so the doctor's PDF
reader shows who sent it; a letter sent by unit staff, who hold no document-signing key, is unsigned.
"""

from __future__ import annotations

import re
from datetime import datetime

from medunit.export._qtpdf import esc, html_to_pdf
from medunit.export.documents import RequestLetter
from medunit.export.dutch import CONSENT_CATEGORIES, CONSENT_METHODS, long_date
from medunit.export.pades import PadesKey, sign_pdf

FOOTER = "Vertrouwelijk — medisch geheim"

_NUMBERED = re.compile(r"^\s*(\d+[.)]|[-*•])\s+")


def _question_lines(questions: str) -> list[str]:
    lines = [line.strip() for line in questions.splitlines() if line.strip()]
    # Strip numbering/bullets the author typed: the letter numbers the questions itself.
    return [_NUMBERED.sub("", line) or line for line in lines]


def _questions_html(questions: str) -> str:
    lines = _question_lines(questions)
    if not lines:
        return "<p><i>(geen vragen opgegeven)</i></p>"
    if len(lines) == 1:
        return f'<p style="margin-left:12px">{esc(lines[0])}</p>'
    items = "".join(f'<li style="margin-bottom:4px">{esc(line)}</li>' for line in lines)
    return f'<ol style="margin-top:0px">{items}</ol>'


def _categories(categories: tuple[str, ...]) -> str:
    names = [CONSENT_CATEGORIES.get(c, c) for c in categories]
    if not names:
        return "—"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " en " + names[-1]


def letter_html(letter: RequestLetter, signed: bool = False) -> str:
    """The letter body as HTML (all values escaped); exposed for tests. ``signed``: the sender signs the PDF."""
    agb = f"<br>AGB-code: {esc(letter.addressee_agb)}" if letter.addressee_agb else ""
    specialism = f"<br>{esc(letter.addressee_specialism)}" if letter.addressee_specialism else ""
    method = CONSENT_METHODS.get(letter.consent_method, letter.consent_method)
    return f"""
<table width="100%" cellspacing="0" cellpadding="0">
 <tr>
  <td width="62%"><span style="font-size:14pt; font-weight:bold; color:#1f3b63">{esc(letter.unit_name)}</span><br>
      <span style="color:#555555">Medisch adviseur — vertrouwelijk</span></td>
  <td align="right" style="color:#555555">Ons kenmerk: {esc(letter.case_reference)}/{esc(letter.request_id)}<br>
      Datum: {esc(long_date(letter.date))}</td>
 </tr>
</table>
<hr>
<p style="margin-top:24px; margin-bottom:24px">
 <b>Vertrouwelijk — medisch geheim</b><br>
 {esc(letter.addressee_name)}{specialism}<br>
 {esc(letter.addressee_institution)}{agb}
</p>
<p><b>Onderwerp: Informatieverzoek — dossier {esc(letter.case_reference)}</b></p>
<p>Geachte {esc(letter.addressee_name)},</p>
<p>In het kader van de medische beoordeling van het hierna genoemde dossier verzoek ik u vriendelijk
 om medische informatie over uw patiënt(e). Ik vraag alleen de informatie die voor de beoordeling nodig is;
 wilt u uw antwoord beperken tot de vragen hieronder?</p>
<table cellspacing="0" cellpadding="2" style="margin-left:12px; margin-top:6px; margin-bottom:6px">
 <tr><td>Naam:</td><td><b>{esc(letter.person_name)}</b></td></tr>
 <tr><td>Geboortedatum:&nbsp;&nbsp;</td><td><b>{esc(long_date(letter.person_date_of_birth))}</b></td></tr>
</table>
<p><b>Vragen</b></p>
{_questions_html(letter.questions)}
<p><b>Toestemming</b><br>
 Dit verzoek berust op de toestemming van betrokkene, vastgelegd onder toestemmingsnummer
 <b>{esc(letter.consent_id)}</b>: een {esc(method)}, verkregen op {esc(long_date(letter.consent_obtained_at))}
 en geldig tot en met {esc(long_date(letter.consent_valid_until))}. De toestemming betreft de volgende
 gegevens: {esc(_categories(letter.consent_categories))}. Op verzoek zenden wij u een kopie van de
 toestemming.</p>
<p>Wilt u uw antwoord in een gesloten envelop, gemarkeerd met „Vertrouwelijk — medisch geheim”, richten aan de
 medisch adviseur ({esc(letter.unit_name)}),
 onder vermelding van ons kenmerk? Alleen de functionele eenheid medisch adviseur neemt kennis van uw
 antwoord.</p>
<p>Bij voorbaat dank voor uw medewerking.</p>
<p style="margin-top:18px">Met collegiale groet,</p>
<p style="margin-top:30px"><b>{esc(letter.sender_name)}</b><br>{esc(letter.sender_role)}<br>
 {esc(letter.unit_name)}</p>
{_signature_note(letter) if signed else ""}"""


def _signature_note(letter: RequestLetter) -> str:
    return (
        f'<p style="margin-top:18px; font-size:8pt; color:#333333">Dit PDF-bestand is digitaal ondertekend door '
        f"{esc(letter.sender_name)} met een certificaat van {esc(letter.unit_name)}; uw PDF-lezer toont de "
        "handtekening en meldt elke wijziging na ondertekening.</p>"
    )


def render_request_letter(letter: RequestLetter, key: PadesKey | None = None, at: datetime | None = None) -> bytes:
    """The request letter as PDF bytes (A4, Dutch, footer "Vertrouwelijk — medisch geheim" on every page),
    with ``key`` (the sending medical advisor's) signed at ``at`` as a PAdES signature."""
    pdf = html_to_pdf(
        letter_html(letter, key is not None),
        title=f"Informatieverzoek — dossier {letter.case_reference}",
        footer=FOOTER,
        author=letter.unit_name,
        watermark="DEMO" if letter.demo else None,
    )
    if key is None:
        return pdf
    reason = f"Informatieverzoek, kenmerk {letter.case_reference}/{letter.request_id}"
    return sign_pdf(pdf, key, reason=reason, at=at or datetime.now().astimezone())
