"""Form definitions by key (the catalogue stores the key)."""

FORM_LABELS = {
    "rekrutacja": "Rekrutacja do przedszkola / klasy I",
    "stypendium-szkolne": "Stypendium szkolne",
    "zasilek-szkolny": "Zasiłek szkolny",
    "dowoz-ucznia-niepelnosprawnego": "Dowóz ucznia niepełnosprawnego",
    "duplikat-swiadectwa": "Duplikat świadectwa / legitymacji",
    "dofinansowanie-mlodocianych": "Dofinansowanie kształcenia młodocianych",
    "pismo-ogolne": "Pismo ogólne",
}


def get_definition(key: str):  # -> FormDefinition
    from .services import DEFINITIONS

    return DEFINITIONS[key]
