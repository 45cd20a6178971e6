"""Polish text normalisation: lower case, diacritics folding and tokenisation."""

import re

_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIACRITICS = set("ąćęłńóśźż")


def fold(text: str) -> str:
    """Replace Polish diacritics by their base letters (``żółć`` -> ``zolc``)."""
    return text.translate(_FOLD)


def has_diacritics(token: str) -> bool:
    return any(ch in _DIACRITICS for ch in token)


def tokenise(text: str) -> list[str]:
    """Lower-cased word and number tokens, diacritics kept."""
    return _TOKEN.findall(text.lower())
