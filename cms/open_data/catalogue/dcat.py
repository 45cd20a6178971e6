"""The catalogue as DCAT-AP 2.1.0 (rdflib): Turtle and JSON-LD for dane.gov.pl and EU portals.

Terms from the EU controlled vocabularies (file types, frequencies, data themes, languages) are
described in the graph as ``skos:Concept`` in their scheme, as the DCAT-AP vocabulary shapes
expect of a self-contained catalogue.
"""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from ..addresses import absolute
from ..licences import current_licence
from .entries import CATALOGUE_PAGE, contact_email, entries, publisher_name

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
EU = "http://publications.europa.eu/resource/authority/"
FILE_TYPES = {"csv": "CSV", "json": "JSON", "xlsx": "XLSX"}
IANA = "https://www.iana.org/assignments/media-types/"
LICENCE_TYPE_SCHEME = URIRef("http://purl.org/adms/licencetype/1.0")
PUBLISHER_TYPE = URIRef("http://purl.org/adms/publishertype/LocalAuthority")
PUBLISHER_TYPE_SCHEME = URIRef("http://purl.org/adms/publishertype/1.0")


def catalogue_uri() -> URIRef:
    return URIRef(absolute("/dane/katalog"))


# The DCAT-AP range of each vocabulary's terms, besides skos:Concept.
RANGE_CLASSES = {
    "frequency": DCTERMS.Frequency,
    "language": DCTERMS.LinguisticSystem,
    "file-type": DCTERMS.MediaTypeOrExtent,
}


SCHEME_TITLES = {
    "frequency": "Frequency",
    "language": "Language",
    "file-type": "File type",
    "data-theme": "Data theme",
}


def _concept(graph: Graph, scheme: str, code: str) -> URIRef:
    """An EU authority table term, with its scheme, in the graph."""
    scheme_uri = URIRef(EU + scheme)
    concept = URIRef(f"{EU}{scheme}/{code}")
    graph.add((scheme_uri, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme_uri, DCTERMS.title, Literal(SCHEME_TITLES[scheme], lang="en")))
    graph.add((concept, RDF.type, SKOS.Concept))
    if scheme in RANGE_CLASSES:
        graph.add((concept, RDF.type, RANGE_CLASSES[scheme]))
    graph.add((concept, SKOS.inScheme, scheme_uri))
    graph.add((concept, SKOS.prefLabel, Literal(code)))
    return concept


def _bilingual(graph: Graph, subject, predicate, polish: str, english: str) -> None:
    graph.add((subject, predicate, Literal(polish, lang="pl")))
    graph.add((subject, predicate, Literal(english, lang="en")))


def _datetime(value) -> Literal:
    return Literal(value.isoformat(timespec="seconds"), datatype=XSD.dateTime)


def catalogue_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in (
        ("dcat", DCAT),
        ("dct", DCTERMS),
        ("foaf", FOAF),
        ("skos", SKOS),
        ("vcard", VCARD),
        ("adms", ADMS),
    ):
        graph.bind(prefix, namespace)

    catalogue = catalogue_uri()
    publisher = URIRef(absolute("/dane/katalog#wydawca"))
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(publisher_name(), lang="pl")))
    graph.add((publisher, DCTERMS.type, PUBLISHER_TYPE))
    graph.add((PUBLISHER_TYPE, RDF.type, SKOS.Concept))
    graph.add((PUBLISHER_TYPE, SKOS.inScheme, PUBLISHER_TYPE_SCHEME))
    graph.add((PUBLISHER_TYPE, SKOS.prefLabel, Literal("Local Authority", lang="en")))
    graph.add((PUBLISHER_TYPE_SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((PUBLISHER_TYPE_SCHEME, DCTERMS.title, Literal("Publisher type", lang="en")))

    contact = URIRef(absolute("/dane/katalog#kontakt"))
    graph.add((contact, RDF.type, VCARD.Kind))
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(publisher_name(), lang="pl")))
    graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{contact_email()}")))

    licence = current_licence()
    licence_uri = URIRef(licence.url)
    licence_type = URIRef(licence.adms_type)
    graph.add((licence_uri, RDF.type, DCTERMS.LicenseDocument))
    graph.add((licence_uri, DCTERMS.type, licence_type))
    graph.add((licence_type, RDF.type, SKOS.Concept))
    graph.add((licence_type, SKOS.inScheme, LICENCE_TYPE_SCHEME))
    graph.add((licence_type, SKOS.prefLabel, Literal(licence_type.rsplit("/", 1)[1], lang="en")))
    graph.add((LICENCE_TYPE_SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((LICENCE_TYPE_SCHEME, DCTERMS.title, Literal("Licence type", lang="en")))

    polish = _concept(graph, "language", "POL")
    english = _concept(graph, "language", "ENG")
    homepage = URIRef(absolute(CATALOGUE_PAGE))
    graph.add((homepage, RDF.type, FOAF.Document))

    graph.add((catalogue, RDF.type, DCAT.Catalog))
    _bilingual(
        graph,
        catalogue,
        DCTERMS.title,
        "Otwarte dane oświaty Dąbrowy Górniczej (E-łącze)",
        "Open education data of Dąbrowa Górnicza (E-łącze)",
    )
    _bilingual(
        graph,
        catalogue,
        DCTERMS.description,
        "Zbiory danych Wydziału Oświaty i jednostek oświatowych miasta, generowane "
        "automatycznie z portalu E-łącze.",
        "Datasets of the city's Education Department and educational units, generated "
        "automatically from the E-łącze portal.",
    )
    graph.add((catalogue, DCTERMS.publisher, publisher))
    graph.add((catalogue, DCTERMS.language, polish))
    graph.add((catalogue, DCTERMS.language, english))
    graph.add((catalogue, DCTERMS.license, licence_uri))
    graph.add((catalogue, FOAF.homepage, homepage))
    graph.add((catalogue, DCAT.themeTaxonomy, URIRef(EU + "data-theme")))

    latest = None
    for entry in entries():
        dataset, snapshot = entry.dataset, entry.snapshot
        latest = max(latest, snapshot.modified_at) if latest else snapshot.modified_at
        subject = URIRef(absolute(f"/dane/{dataset.slug}/"))
        graph.add((catalogue, DCAT.dataset, subject))
        graph.add((subject, RDF.type, DCAT.Dataset))
        _bilingual(graph, subject, DCTERMS.title, dataset.title_pl, dataset.title_en)
        _bilingual(
            graph, subject, DCTERMS.description, dataset.description_pl, dataset.description_en
        )
        graph.add((subject, DCTERMS.identifier, Literal(dataset.slug)))
        graph.add((subject, DCTERMS.publisher, publisher))
        graph.add((subject, DCAT.contactPoint, contact))
        graph.add((subject, DCTERMS.language, polish))
        graph.add((subject, DCTERMS.modified, _datetime(snapshot.modified_at)))
        graph.add(
            (
                subject,
                DCTERMS.accrualPeriodicity,
                _concept(graph, "frequency", dataset.frequency.eu_code),
            )
        )
        for category in dataset.categories:
            graph.add((subject, DCAT.theme, _concept(graph, "data-theme", category)))
        for keyword in dataset.keywords_pl:
            graph.add((subject, DCAT.keyword, Literal(keyword, lang="pl")))
        for keyword in dataset.keywords_en:
            graph.add((subject, DCAT.keyword, Literal(keyword, lang="en")))
        landing = URIRef(entry.landing_page)
        graph.add((landing, RDF.type, FOAF.Document))
        graph.add((subject, DCAT.landingPage, landing))
        schema = URIRef(entry.schema_url)
        graph.add((schema, RDF.type, DCTERMS.Standard))
        for resource in entry.resources:
            distribution = URIRef(resource.url)
            graph.add((subject, DCAT.distribution, distribution))
            graph.add((distribution, RDF.type, DCAT.Distribution))
            graph.add((distribution, DCAT.accessURL, distribution))
            graph.add((distribution, DCAT.downloadURL, distribution))
            graph.add(
                (
                    distribution,
                    DCTERMS.title,
                    Literal(f"{dataset.title_pl} ({resource.label})", lang="pl"),
                )
            )
            graph.add(
                (
                    distribution,
                    DCTERMS.format,
                    _concept(graph, "file-type", FILE_TYPES[resource.extension]),
                )
            )
            media_type = URIRef(IANA + resource.media_type)
            graph.add((media_type, RDF.type, DCTERMS.MediaType))
            graph.add((distribution, DCAT.mediaType, media_type))
            graph.add((distribution, DCTERMS.license, licence_uri))
            graph.add((distribution, DCTERMS.modified, _datetime(snapshot.modified_at)))
            graph.add((distribution, DCTERMS.conformsTo, schema))
    if latest is not None:
        graph.add((catalogue, DCTERMS.modified, _datetime(latest)))
    return graph


def as_turtle() -> bytes:
    return catalogue_graph().serialize(format="turtle", encoding="utf-8")


def as_jsonld() -> bytes:
    return catalogue_graph().serialize(format="json-ld", encoding="utf-8", indent=1)


__all__ = ["as_jsonld", "as_turtle", "catalogue_graph"]
