"""The public API /api/v1/ on the demo data: OpenAPI, pagination, validators, CORS, limits."""

from django.core.cache import cache
from django.test import override_settings
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from cms.open_data import registry
from tests.open_data.demo import DemoTestCase


class OpenApiTests(DemoTestCase):
    def spec(self) -> dict:
        response = self.client.get("/api/v1/openapi.json")
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_the_document_is_valid_openapi(self):
        validate(self.spec())

    def test_the_validator_can_fail(self):
        spec = self.spec()
        spec["paths"]["/units/"]["get"]["parameters"] = [{"name": "page"}]  # no "in"
        with self.assertRaises(OpenAPIValidationError):
            validate(spec)

    def test_every_documented_path_answers_with_a_page(self):
        spec = self.spec()
        base = spec["servers"][0]["url"].split("://", 1)[1].split("/", 1)[1]
        for path in spec["paths"]:
            url = "/" + base + path.replace("{slug}", "aktualnosci")
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            body = response.json()
            for key in ("count", "page", "page_size", "num_pages", "results"):
                self.assertIn(key, body, url)
            self.assertTrue(response.has_header("ETag"), url)
            self.assertTrue(response.has_header("Last-Modified"), url)

    def test_the_page_for_people_lists_every_operation(self):
        response = self.client.get("/api/v1/docs/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertNotIn("<script", html)
        for path in self.spec()["paths"]:
            self.assertIn(f"GET {path}", html)
        self.assertIn("GraphQL", html)


class ApiBehaviourTests(DemoTestCase):
    def setUp(self):
        cache.clear()

    def test_pagination_with_links(self):
        first = self.client.get("/api/v1/news/?page_size=2").json()
        self.assertEqual(len(first["results"]), 2)
        self.assertIsNone(first["previous"])
        second = self.client.get(first["next"].split("testserver", 1)[1]).json()
        self.assertEqual(second["page"], 2)
        self.assertNotEqual(first["results"], second["results"])
        self.assertEqual(first["count"], len(self.dataset_json("aktualnosci")["rows"]))

    def test_bad_parameters_are_a_polish_400(self):
        for query in ("page=0", "page=abc", "page_size=1000", "page=999", "od=2020", "from=x"):
            response = self.client.get(f"/api/v1/news/?{query}")
            self.assertEqual(response.status_code, 400, query)
            self.assertTrue(response.json()["error"], query)
        self.assertIn("Parametr", self.client.get("/api/v1/news/?page=0").json()["error"])

    def test_filters_by_unit_and_dates(self):
        units = self.client.get("/api/v1/units/").json()["results"]
        rspo = units[0]["rspo"]
        news = self.client.get(f"/api/v1/news/?unit={rspo}&page_size=100").json()["results"]
        self.assertTrue(news)
        self.assertTrue(all(item["rspo"] == rspo for item in news))
        every = self.client.get("/api/v1/news/?page_size=100").json()
        day = every["results"][0]["data"]
        same_day = self.client.get(f"/api/v1/news/?from={day}&to={day}").json()["results"]
        self.assertTrue(same_day)
        self.assertTrue(all(item["data"] == day for item in same_day))

    def test_datasets_and_their_rows(self):
        listing = self.client.get("/api/v1/datasets/").json()
        self.assertEqual(
            [d["id"] for d in listing["results"]], [d.slug for d in registry.datasets()]
        )
        rows = self.client.get("/api/v1/datasets/e-uslugi-statystyki/").json()
        self.assertEqual(rows["dataset"]["id"], "e-uslugi-statystyki")
        self.assertTrue(rows["schema"]["fields"])
        self.assertEqual(self.client.get("/api/v1/datasets/nie-ma/").status_code, 404)
        self.assertEqual(self.client.get("/api/v1/nie-ma-takiego/").status_code, 404)

    def test_not_modified_cors_and_read_only(self):
        response = self.client.get("/api/v1/units/", HTTP_ORIGIN="https://example.org")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        again = self.client.get("/api/v1/units/", HTTP_IF_NONE_MATCH=response["ETag"])
        self.assertEqual(again.status_code, 304)
        other_page = self.client.get(
            "/api/v1/units/?page_size=1", HTTP_IF_NONE_MATCH=response["ETag"]
        )
        self.assertEqual(other_page.status_code, 200)
        self.assertEqual(self.client.post("/api/v1/units/").status_code, 405)
        self.assertEqual(self.client.delete("/api/v1/units/").status_code, 405)

    @override_settings(OPEN_DATA_API_RATE_LIMIT="3/m")
    def test_each_client_is_rate_limited(self):
        for _ in range(3):
            self.assertEqual(
                self.client.get("/api/v1/units/", REMOTE_ADDR="203.0.113.7").status_code, 200
            )
        limited = self.client.get("/api/v1/units/", REMOTE_ADDR="203.0.113.7")
        self.assertEqual(limited.status_code, 429)
        self.assertEqual(limited["Retry-After"], "60")
        self.assertIn("Zbyt wiele", limited.json()["error"])
        other = self.client.get("/api/v1/units/", REMOTE_ADDR="203.0.113.8")
        self.assertEqual(other.status_code, 200)
