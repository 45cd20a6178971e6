"""The licence the datasets are published under (``OPEN_DATA_LICENCE``: CC-BY-4.0 or CC0-1.0)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Licence:
    code: str
    name: str
    url: str
    # dane.gov.pl <dbOrCopyrightedLicenseChosen>; CC0 is not a choice there (no conditions).
    harvester_choice: str | None
    # ADMS licence type of the licence document (DCAT-AP dct:type of dct:LicenseDocument).
    adms_type: str
    attribution_pl: str


LICENCES = {
    "CC-BY-4.0": Licence(
        code="CC-BY-4.0",
        name="CC BY 4.0",
        url="https://creativecommons.org/licenses/by/4.0/legalcode.pl",
        harvester_choice="CC BY 4.0",
        adms_type="http://purl.org/adms/licencetype/Attribution",
        attribution_pl="Można kopiować, zmieniać i rozpowszechniać dane, także w celach "
        "komercyjnych, podając źródło: Gmina Dąbrowa Górnicza — Wydział Oświaty, E-łącze.",
    ),
    "CC0-1.0": Licence(
        code="CC0-1.0",
        name="CC0 1.0",
        url="https://creativecommons.org/publicdomain/zero/1.0/legalcode.pl",
        harvester_choice=None,
        adms_type="http://purl.org/adms/licencetype/PublicDomain",
        attribution_pl="Dane w domenie publicznej: można je wykorzystywać bez żadnych warunków.",
    ),
}


def current_licence() -> Licence:
    code = getattr(settings, "OPEN_DATA_LICENCE", "CC-BY-4.0")
    try:
        return LICENCES[code]
    except KeyError as exc:
        raise ImproperlyConfigured(
            f"OPEN_DATA_LICENCE must be one of {', '.join(LICENCES)}, not {code!r}"
        ) from exc
