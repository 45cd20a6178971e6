"""The one entry point used by the API, the search page and the benchmark."""

from ..retrieval.engine import SearchResult, get_index
from .extractive import Answer, compose


class UnknownSite(LookupError):
    pass


def search(question: str, hostname: str, limit: int = 5) -> SearchResult:
    index = get_index()
    site = index.site(hostname)
    if site is None:
        raise UnknownSite(hostname)
    return index.search(question, site, limit=limit)


def ask(question: str, hostname: str) -> Answer:
    index = get_index()
    site = index.site(hostname)
    if site is None:
        raise UnknownSite(hostname)
    return compose(index.search(question, site), index)


def site_id_for(hostname: str) -> int | None:
    site = get_index().site(hostname)
    return site.pk if site else None
