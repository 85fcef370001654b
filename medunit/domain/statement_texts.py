"""The default confidentiality statement's texts, in a module of their own.

Why apart from ``domain.confidentiality``: the policy needs these texts as defaults, and the policy is
loaded before the unlock window paints; the rules module pulls in hashlib, datetime and the permission
enums, which the first paint does not need (cold start, issue 15)."""

from __future__ import annotations

DEFAULT_STATEMENT_NL = (
    "Ik werk binnen de functionele eenheid medisch adviseur en heb een specifieke geheimhoudingsplicht ten "
    "aanzien van de gezondheidsgegevens en strafrechtelijke gegevens die ik verwerk. Ik verwerk alleen de "
    "gegevens die ik voor mijn werk nodig heb, deel ze met niemand buiten de eenheid en geef ze alleen door "
    "via het ondertekende advies. Ik weet dat elke inzage wordt vastgelegd en gecontroleerd. Deze plicht "
    "blijft gelden nadat mijn werk voor de eenheid is beëindigd."
)
DEFAULT_STATEMENT_EN = (
    "I work within the medical advisor's functional unit and have a specific duty of confidentiality "
    "regarding the health data and criminal-record data I process. I process only the data I need for my "
    "work, share it with no one outside the unit and pass it on only through the signed advice. I know that "
    "every access is logged and checked. This duty continues after my work for the unit has ended."
)
