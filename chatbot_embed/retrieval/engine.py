"""The per-process search structure, rebuilt from IndexedDocument when the version changes."""

import datetime as dt
import threading
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Page, Site

from ..index.version import current_version
from ..models import DocumentKind, IndexedDocument
from ..text.analysis import PREFIX_MARK, stem_term
from ..text.normalise import fold
from .bm25 import BM25
from .contact import unit_contact
from .query import TYPO_WEIGHT, QueryToken, Vocabulary, analyse_query
from .site_look import SiteLook, site_looks

# Site-aware boosting: the asking unit's own content first, then the department's, then services.
OWN_SITE_BOOST = 1.6
ANNOUNCEMENT_BOOST = 1.4
DEPARTMENT_BOOST = 1.25
SERVICE_BOOST = 1.15


@dataclass
class SiteInfo:
    pk: int
    hostname: str
    is_department: bool
    unit_type: str | None
    home_id: int
    contact: dict[str, str] = field(default_factory=dict)
    look: SiteLook = field(default_factory=SiteLook)


@dataclass
class Document:
    number: int
    key: str
    kind: str
    site_id: int | None
    title: str
    path: str
    text: str
    service_slugs: list[str]
    audience: dict
    valid_from: dt.datetime | None
    valid_to: dt.datetime | None
    terms: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Hit:
    document: Document
    score: float
    coverage: float


@dataclass
class SearchResult:
    hits: list[Hit]
    tokens: list[QueryToken]
    site: SiteInfo


class SearchIndex:
    def __init__(self, rows: list[IndexedDocument], sites: list[SiteInfo], version: int) -> None:
        self.version = version
        self.sites = {s.hostname: s for s in sites}
        self.department = next((s for s in sites if s.is_department), None)
        self.documents: list[Document] = []
        analysed: list[list[str]] = []
        surface_terms: dict[str, set[str]] = {}
        surfaces: set[str] = set()
        for number, row in enumerate(rows):
            terms = row.terms.split()
            analysed.append(terms)
            self.documents.append(
                Document(
                    number=number,
                    key=row.key,
                    kind=row.kind,
                    site_id=row.site_id,
                    title=row.title,
                    path=row.path,
                    text=row.text,
                    service_slugs=list(row.service_slugs or []),
                    audience=row.audience or {},
                    valid_from=row.valid_from,
                    valid_to=row.valid_to,
                    terms=frozenset(terms),
                )
            )
            surfaces.update(row.tokens.split())
        for token in surfaces:
            known = surface_terms.setdefault(fold(token), set())
            if len(known) < 4:
                known.add(stem_term(token))
        self.bm25 = BM25(analysed, groups=[doc.site_id for doc in self.documents])
        self.vocabulary = Vocabulary.build(set(self.bm25.idf), surface_terms)
        self.services = {
            slug: doc
            for doc in self.documents
            if doc.kind == DocumentKind.SERVICE
            for slug in doc.service_slugs
        }

    def site(self, hostname: str) -> SiteInfo | None:
        return self.sites.get(hostname.lower().split(":")[0])

    def _boost(self, doc: Document, site: SiteInfo) -> float:
        if doc.kind == DocumentKind.SERVICE:
            return SERVICE_BOOST
        if doc.kind == DocumentKind.ANNOUNCEMENT:
            return ANNOUNCEMENT_BOOST if self._targets(doc, site) else 0.0
        if doc.site_id == site.pk:
            return OWN_SITE_BOOST
        if self.department and doc.site_id == self.department.pk:
            return DEPARTMENT_BOOST
        return 0.0

    @staticmethod
    def _targets(doc: Document, site: SiteInfo) -> bool:
        audience = doc.audience.get("audience", "all")
        if site.is_department or audience == "all":
            return True
        if audience == "unit_types":
            return site.unit_type in doc.audience.get("unit_types", [])
        return site.home_id in doc.audience.get("unit_home_ids", [])

    def idf(self, term: str) -> float:
        return self.bm25.idf.get(term, self.bm25.max_idf)

    def token_weight(self, token: QueryToken) -> float:
        """How much a question word matters: the idf of its best term.

        A word the index does not know at all counts as an average word: it lowers the
        confidence without sinking it on its own.
        """
        main = [t for t in token.terms if not t.startswith(PREFIX_MARK)]
        return max((self.idf(t) for t in main or token.terms), default=self.bm25.mean_idf)

    def coverage(self, doc: Document, tokens: list[QueryToken]) -> float:
        """Share of the question's weight that the document covers (prefix matches count less)."""
        total = matched = 0.0
        for token in tokens:
            weight = self.token_weight(token)
            total += weight
            best = 0.0
            for term, term_weight in token.terms.items():
                if term in doc.terms:
                    best = max(best, term_weight if term_weight >= TYPO_WEIGHT else 0.5)
            matched += weight * best
        return matched / total if total else 0.0

    def search(self, question: str, site: SiteInfo, limit: int = 5) -> SearchResult:
        tokens = analyse_query(question, self.vocabulary)
        weighted: dict[str, float] = {}
        for token in tokens:
            for term, weight in token.terms.items():
                weighted[term] = max(weighted.get(term, 0.0), weight)
        now = timezone.now()
        ranked = []
        # A site only ever shows its own, the department's and site-less documents.
        groups = {site.pk, None, self.department.pk if self.department else None}
        for number, score in self.bm25.scores(weighted, groups).items():
            doc = self.documents[number]
            if doc.valid_to is not None and doc.valid_to <= now:
                continue
            if doc.valid_from is not None and doc.valid_from > now:
                continue
            boost = self._boost(doc, site)
            if boost > 0:
                ranked.append((score * boost, number))
        ranked.sort(reverse=True)
        hits = [
            Hit(self.documents[n], s, self.coverage(self.documents[n], tokens))
            for s, n in ranked[:limit]
        ]
        return SearchResult(hits=hits, tokens=tokens, site=site)


def _site_infos() -> list[SiteInfo]:
    sites = list(Site.objects.all())
    roots = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[s.root_page_id for s in sites]).specific()
    }
    looks = site_looks(sites, roots)
    infos = []
    for site in sites:
        root = roots.get(site.root_page_id)
        infos.append(
            SiteInfo(
                pk=site.pk,
                hostname=site.hostname.lower(),
                is_department=type(root).__name__ == "DepartmentHomePage",
                unit_type=getattr(root, "unit_type", None),
                home_id=site.root_page_id,
                contact=unit_contact(root),
                look=looks[site.pk],
            )
        )
    return infos


_lock = threading.Lock()
_index: SearchIndex | None = None


def get_index() -> SearchIndex:
    """The process's index, rebuilt when another process (or this one) changed the content."""
    global _index
    version = current_version()
    index = _index
    if index is not None and index.version == version:
        return index
    with _lock:
        if _index is None or _index.version != version:
            rows = list(IndexedDocument.objects.order_by("pk"))
            _index = SearchIndex(rows, _site_infos(), version)
        return _index
