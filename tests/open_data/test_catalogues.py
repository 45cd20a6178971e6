"""The harvester XML validates against the dane.gov.pl XSD, the DCAT-AP graph against SHACL.

Both on the demo data, with the schema files copied into the repository
(``cms/open_data/specs``), so CI needs nothing outside the clone.
"""

import io
from pathlib import Path
from xml.etree import ElementTree

import pyshacl
import xmlschema
from django.test import override_settings
from rdflib import Graph
from rdflib import namespace as rdfns

from cms.open_data import registry
from cms.open_data.catalogue import harvester
from tests.open_data.demo import DemoTestCase

SPECS = Path(harvester.__file__).resolve().parent.parent / "specs"
SHAPES = sorted((SPECS / "dcat-ap").glob("*.ttl"))
PUBLIC = "https://oswiata.dabrowa-gornicza.pl"
NS = "{urn:otwarte-dane:harvester:1.10}"
SH = rdfns.SH


def shapes_graph() -> Graph:
    graph = Graph()
    for path in SHAPES:
        graph.parse(path, format="turtle")
    return graph


@override_settings(OPEN_DATA_BASE_URL=PUBLIC)
class HarvesterXmlTests(DemoTestCase):
    def test_the_feed_is_valid_against_the_xsd(self):
        response = self.client.get("/dane/katalog.xml")
        self.assertEqual(response.status_code, 200)
        schema = xmlschema.XMLSchema(harvester.schema_path())
        errors = list(schema.iter_errors(io.BytesIO(response.content)))
        self.assertEqual(errors, [], "\n".join(str(e) for e in errors[:3]))

    def test_every_dataset_with_both_languages_and_its_files(self):
        root = ElementTree.fromstring(self.client.get("/dane/katalog.xml").content)
        datasets = {d.findtext(f"{NS}extIdent"): d for d in root.iter(f"{NS}dataset")}
        self.assertEqual(set(datasets), {d.slug for d in registry.datasets()})
        for slug, dataset in datasets.items():
            self.assertTrue(dataset.findtext(f"{NS}title/{NS}english"), slug)
            self.assertTrue(dataset.findtext(f"{NS}description/{NS}polish"), slug)
            self.assertTrue(dataset.findall(f"{NS}tags/{NS}tag[@lang='en']"), slug)
            urls = [r.findtext(f"{NS}url") for r in dataset.iter(f"{NS}resource")]
            self.assertIn(f"{PUBLIC}/dane/{slug}.csv", urls)
            self.assertEqual(
                dataset.findtext(f"{NS}conditions/{NS}dbOrCopyrightedLicenseChosen"), "CC BY 4.0"
            )
            for url in urls:
                path = url.removeprefix(PUBLIC)
                self.assertEqual(self.client.get(path).status_code, 200, path)

    @override_settings(OPEN_DATA_LICENCE="CC0-1.0")
    def test_cc0_is_valid_too(self):
        schema = xmlschema.XMLSchema(harvester.schema_path())
        content = self.client.get("/dane/katalog.xml").content
        self.assertTrue(schema.is_valid(io.BytesIO(content)))
        self.assertNotIn(b"dbOrCopyrightedLicenseChosen", content)

    @override_settings(OPEN_DATA_BASE_URL="http://localhost:8000")
    def test_the_xsd_refuses_plain_http_resources(self):
        """The check can fail: dane.gov.pl accepts only https resources."""
        schema = xmlschema.XMLSchema(harvester.schema_path())
        content = self.client.get("/dane/katalog.xml").content
        self.assertFalse(schema.is_valid(io.BytesIO(content)))


@override_settings(OPEN_DATA_BASE_URL=PUBLIC)
class DcatApTests(DemoTestCase):
    def validate(self, graph: Graph) -> tuple[bool, str]:
        """No result of severity Violation (Warnings, e.g. a publisher outside the EU's
        corporate-bodies list, are advice: a city's department is not in that list)."""
        _conforms, report, text = pyshacl.validate(
            graph, shacl_graph=shapes_graph(), inference="none", advanced=True
        )
        violations = [
            result
            for result in report.objects(None, SH.result)
            if (result, SH.resultSeverity, SH.Violation) in report
        ]
        return not violations, text

    def test_turtle_and_json_ld_pass_the_dcat_ap_shapes(self):
        for path, rdf_format in (
            ("/dane/katalog.ttl", "turtle"),
            ("/dane/katalog.jsonld", "json-ld"),
        ):
            response = self.client.get(path)
            self.assertEqual(response.status_code, 200)
            graph = Graph().parse(data=response.content, format=rdf_format)
            datasets = set(graph.subjects(rdfns.RDF.type, rdfns.DCAT.Dataset))
            self.assertEqual(len(datasets), len(registry.datasets()))
            conforms, text = self.validate(graph)
            self.assertTrue(conforms, text)

    def test_the_shapes_catch_a_dataset_without_a_title(self):
        """The validation can fail: drop the mandatory titles and SHACL reports them."""
        graph = Graph().parse(data=self.client.get("/dane/katalog.ttl").content, format="turtle")
        for dataset in list(graph.subjects(rdfns.RDF.type, rdfns.DCAT.Dataset)):
            graph.remove((dataset, rdfns.DCTERMS.title, None))
        conforms, text = self.validate(graph)
        self.assertFalse(conforms)
        self.assertIn("title", text)
