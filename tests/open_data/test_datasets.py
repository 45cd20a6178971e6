"""Datasets on the demo: formats, data dictionary, validators, and no personal data."""

import csv
import io
import re

from openpyxl import load_workbook

from cms.open_data import registry
from cms.open_data.suppression import MIN_COUNT
from eservice_bridge.identity.models import Applicant
from tests.open_data.demo import DemoTestCase

PESEL = re.compile(r"\b\d{11}\b")


class DatasetFilesTests(DemoTestCase):
    def test_every_dataset_in_every_format_with_the_same_rows(self):
        for slug in self.slugs():
            document = self.dataset_json(slug)
            rows = document["rows"]
            names = [field["name"] for field in document["schema"]["fields"]]
            self.assertEqual(document["dataset"]["row_count"], len(rows))

            response = self.client.get(f"/dane/{slug}.csv")
            self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
            table = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
            self.assertEqual(table[0], names)
            self.assertEqual(len(table) - 1, len(rows))

            response = self.client.get(f"/dane/{slug}.xlsx")
            workbook = load_workbook(io.BytesIO(response.content), read_only=True)
            sheet_rows = list(workbook["dane"].iter_rows(values_only=True))
            self.assertEqual(list(sheet_rows[0]), names)
            self.assertEqual(len(sheet_rows) - 1, len(rows))
            dictionary = [r[0] for r in workbook["slownik"].iter_rows(values_only=True)]
            for name in names:
                self.assertIn(name, dictionary)

            schema = self.client.get(f"/dane/{slug}.schema.json").json()
            self.assertEqual([f["name"] for f in schema["fields"]], names)
            self.assertTrue(all(f["description"] for f in schema["fields"]))

    def test_demo_content_is_in_the_datasets(self):
        units = self.dataset_json("jednostki-oswiatowe")["rows"]
        self.assertEqual(len(units), self.units)
        self.assertTrue(all(u["rspo"] and u["strona_www"].startswith("http") for u in units))
        self.assertGreater(len(self.dataset_json("aktualnosci")["rows"]), 10)
        self.assertGreater(len(self.dataset_json("wydarzenia")["rows"]), 3)
        self.assertGreater(len(self.dataset_json("bip-rejestr-zmian")["rows"]), 1)

    def test_validators_answer_not_modified(self):
        response = self.client.get("/dane/aktualnosci.csv")
        etag, modified = response["ETag"], response["Last-Modified"]
        self.assertEqual(
            self.client.get("/dane/aktualnosci.csv", HTTP_IF_NONE_MATCH=etag).status_code, 304
        )
        again = self.client.get("/dane/aktualnosci.csv", HTTP_IF_MODIFIED_SINCE=modified)
        self.assertEqual(again.status_code, 304)
        other = self.client.get("/dane/aktualnosci.json", HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(other.status_code, 200)

    def test_cross_origin_reads_are_allowed_and_writes_are_not(self):
        response = self.client.get("/dane/aktualnosci.json", HTTP_ORIGIN="https://example.org")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(self.client.post("/dane/aktualnosci.json").status_code, 405)

    def test_unknown_dataset_or_format_is_a_404(self):
        self.assertEqual(self.client.get("/dane/nie-ma-takiego.csv").status_code, 404)
        self.assertEqual(self.client.get("/dane/aktualnosci.exe").status_code, 404)


class NoPersonalDataTests(DemoTestCase):
    """No applicant's or pupil's data in any dataset; small counts suppressed."""

    def test_no_applicant_data_in_any_file(self):
        applicants = list(Applicant.objects.all())
        self.assertTrue(applicants, "the demo has e-service applicants")
        for slug in self.slugs():
            for extension in ("csv", "json"):
                text = self.client.get(f"/dane/{slug}.{extension}").content.decode("utf-8")
                self.assertIsNone(PESEL.search(text), f"{slug}.{extension}: PESEL-like number")
                for applicant in applicants:
                    full_name = f"{applicant.given_name} {applicant.family_name}".strip()
                    for value in (applicant.email, full_name):
                        if value and len(value) > 3:
                            self.assertNotIn(value, text, f"{slug}.{extension}")

    def test_small_counts_are_suppressed(self):
        checked = 0
        for dataset in registry.datasets():
            counted = [c.name for c in dataset.columns if c.suppressed_count]
            for row in self.dataset_json(dataset.slug)["rows"]:
                for name in counted:
                    value = row[name]
                    self.assertFalse(
                        value is not None and 0 < value < MIN_COUNT,
                        f"{dataset.slug}.{name} = {value}",
                    )
                    checked += 1
        self.assertGreater(checked, 0, "some dataset has counts to check")
