"""Pages with personal data are never kept by browsers or proxies (``Cache-Control: no-store``).

``never_cached`` wraps every view of a URL conf (and of the confs it includes) in Django's
``never_cache`` — ``no-cache, no-store, must-revalidate, private`` — except the named public
ones (the catalogue, a service's description, the embed script and widget), so a view added
later is private unless someone decides otherwise.
"""

from collections.abc import Iterable, Sequence

from django.urls import URLPattern, URLResolver
from django.views.decorators.cache import never_cache


def never_cached(
    patterns: Sequence[URLPattern | URLResolver], public: Iterable[str] = ()
) -> Sequence[URLPattern | URLResolver]:
    public_names = frozenset(public)
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            never_cached(pattern.url_patterns, public_names)
        elif pattern.name not in public_names and not getattr(
            pattern.callback, "_never_cached", False
        ):
            pattern.callback = never_cache(pattern.callback)
            pattern.callback._never_cached = True
    return patterns
