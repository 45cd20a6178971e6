"""A TestCase base that seeds a small demo (3 units with e-service history) once per class."""

from django.core.management import call_command
from django.test import TestCase

from cms.open_data import registry, snapshots


class DemoTestCase(TestCase):
    units = 3

    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", units=cls.units, verbosity=0)
        snapshots.refresh_all(announce=False)

    def dataset_json(self, slug: str) -> dict:
        response = self.client.get(f"/dane/{slug}.json")
        self.assertEqual(response.status_code, 200, slug)
        return response.json()

    @staticmethod
    def slugs() -> list[str]:
        return [dataset.slug for dataset in registry.datasets()]
