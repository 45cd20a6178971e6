"""URL slugs from Polish titles (Django's slugify drops "ł", so it is transliterated first)."""

from django.utils.text import slugify

_POLISH_EXTRA = str.maketrans({"ł": "l", "Ł": "L"})


def polish_slug(text: str, max_length: int = 80) -> str:
    """``Zajęcia w świetlicy — łączenie grup`` → ``zajecia-w-swietlicy-laczenie-grup``."""
    return slugify(text.translate(_POLISH_EXTRA))[:max_length].strip("-")
