"""cms.settings.production: `check --deploy` is clean, and demo-only tools cannot run there."""

import subprocess
from io import StringIO

import pytest
from django.core import checks
from django.core.management import CommandError, call_command
from django.test import Client

from demo.models import DemoSeed

from .production_env import MANAGE, PROJECT_ROOT, production_env


def manage(tmp_path, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*MANAGE, *args],
        cwd=PROJECT_ROOT,
        env=production_env(tmp_path, **extra_env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing(tmp_path):
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("PAYMENTS_PROVIDER", "sandbox", "sandbox"),
        ("ESERVICES_SIMULATOR_ENABLED", "true", "simulator"),
    ],
)
def test_production_refuses_demo_tools_in_the_environment(tmp_path, variable, value, named):
    result = manage(tmp_path, "check", **{variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and named in result.stderr


def test_seed_demo_refuses_production_settings(tmp_path):
    result = manage(tmp_path, "seed_demo", "--units", "1")
    assert result.returncode != 0
    assert "produkcyjnymi" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_seed_demo_and_run_portal_refuse_in_process(settings):
    settings.ELACZE_PRODUCTION = True
    with pytest.raises(CommandError, match="produkcyjnymi"):
        call_command("seed_demo", units=1, stdout=StringIO())
    assert not DemoSeed.objects.exists()
    with pytest.raises(CommandError, match="gunicorn"):
        call_command("run_portal", port="8000", stdout=StringIO())


def check_ids() -> set[str]:
    return {message.id for message in checks.run_checks(tags=[checks.Tags.security])}


def test_system_checks_report_demo_tools_under_production(settings):
    settings.ELACZE_PRODUCTION = True
    settings.ESERVICES_SIMULATOR_ENABLED = False
    settings.PAYMENTS_PROVIDER = ""
    settings.GRAPHQL_GRAPHIQL = False
    settings.GRAPHQL_INTROSPECTION = False
    assert not check_ids() & {"eservices.E001", "eservice_payments.E001", "api.E001", "api.E002"}
    settings.ESERVICES_SIMULATOR_ENABLED = True
    settings.PAYMENTS_PROVIDER = "sandbox"
    settings.GRAPHQL_GRAPHIQL = True
    settings.GRAPHQL_INTROSPECTION = True
    assert {"eservices.E001", "eservice_payments.E001", "api.E001", "api.E002"} <= check_ids()


@pytest.mark.django_db
def test_simulator_and_sandbox_views_refuse_under_production(settings):
    settings.ELACZE_PRODUCTION = True
    settings.ESERVICES_SIMULATOR_ENABLED = True  # even if someone left it on
    settings.PAYMENTS_PROVIDER = "sandbox"
    client = Client()
    started = client.get("/e-uslugi/logowanie/wezel/")
    assert started.status_code == 400
    assert "Symulator węzła krajowego jest wyłączony" in started.content.decode()
    node = client.get("/e-uslugi/wezel-symulator/logowanie/", {"SAMLRequest": "x"})
    assert node.status_code == 400
    assert "wyłączony" in node.content.decode()
    assert client.get("/e-uslugi/platnosci/sandbox/SBX-1/").status_code == 404
    notified = client.post(
        "/e-uslugi/platnosci/powiadomienia/sandbox/", b"{}", content_type="application/json"
    )
    assert notified.status_code == 404


def test_old_secret_keys_are_read_for_a_rotation(tmp_path):
    old = "stary-klucz-" + "x" * 50
    script = (
        "from django.conf import settings; from django.core import signing; "
        f"token = signing.dumps('sesja', key={old!r}); "
        "print(settings.SECRET_KEY_FALLBACKS == [" + repr(old) + "], signing.loads(token))"
    )
    result = manage(tmp_path, "shell", "-c", script, SECRET_KEY_FALLBACKS=old)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True sesja"
