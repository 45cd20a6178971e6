"""``manage.py build_sites``: progress output, --if-missing, HTTP transport, errors, exit codes."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

from static_builds import storage
from static_builds.management.commands.build_sites import Command
from static_builds.models import SiteBuild
from tests.static_builds.engine_content import make_school

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("builds_root")]


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("build_sites", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def two_schools():
    Site.objects.exclude(hostname__endswith=".localhost").delete()  # Wagtail's welcome site
    return [make_school("sp1", news_count=1), make_school("sp2", news_count=1)]


def test_builds_every_site_with_one_line_each_and_totals(two_schools):
    out, err = run("--all", "--processes", "1")

    assert err == ""
    lines = out.strip().splitlines()
    assert lines[0].startswith("Budowanie stron: 2")
    for school in two_schools:
        line = next(line for line in lines if school.hostname in line)
        assert "plików HTML" in line and line.endswith(" s")
        assert (storage.current_build(school.hostname) / "index.html").is_file()
    assert lines[-1].startswith("Razem: stron 2,")
    assert SiteBuild.objects.filter(status=SiteBuild.Status.SUCCEEDED).count() == 2


def test_site_option_builds_only_that_site(two_schools):
    out, _err = run("--site", "SP2.localhost", "--processes", "1")
    assert "sp2.localhost" in out
    assert storage.current_build("sp2.localhost") is not None
    assert storage.current_build("sp1.localhost") is None


def test_if_missing_builds_only_sites_without_a_build(two_schools):
    run("--site", "sp1.localhost")
    out, _err = run("--all", "--if-missing", "--processes", "1")
    assert "sp2.localhost" in out and "sp1.localhost" not in out
    assert SiteBuild.objects.count() == 2

    out, _err = run("--all", "--if-missing")
    assert "Wszystkie strony mają już aktywny build" in out
    assert SiteBuild.objects.count() == 2


def test_unknown_site_is_a_command_error(two_schools):
    with pytest.raises(CommandError, match=r"Nieznana strona: sp9\.localhost"):
        run("--site", "sp9.localhost")
    with pytest.raises(CommandError, match="Nieprawidłowa nazwa hosta"):
        run("--site", "../../etc")
    assert not SiteBuild.objects.exists()


def test_no_sites_is_a_command_error():
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="Brak stron"):
        run("--all")


def test_bad_options_are_command_errors(two_schools):
    with pytest.raises(CommandError, match="--processes"):
        run("--all", "--processes", "0")
    with pytest.raises(CommandError, match="--graphql-url"):
        run("--all", "--transport", "http")
    with pytest.raises(CommandError, match="--graphql-url"):
        run("--all", "--graphql-url", "http://localhost:1/graphql")


def test_exit_code_is_non_zero_with_a_clear_message(two_schools, capsys):
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "build_sites", "--site", "nieznana.localhost"])
    assert exit_info.value.code == 1
    assert "Nieznana strona: nieznana.localhost" in capsys.readouterr().err


class ErrorsForSiteQuery(BaseHTTPRequestHandler):
    """A GraphQL endpoint that lists one site but answers its content query with errors."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if "StaticBuildSites" in body["query"]:
            status, payload = 200, {"data": {"sites": [{"hostname": "sp1.localhost"}]}}
        else:
            status, payload = 400, {"errors": [{"message": "Pole niedostępne"}]}
        encoded = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        self.wfile.write(encoded)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def failing_api():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ErrorsForSiteQuery)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/graphql"
    server.shutdown()
    server.server_close()


def test_graphql_errors_fail_the_command_and_keep_nothing(failing_api):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as error:
        call_command(
            "build_sites",
            "--all",
            "--transport",
            "http",
            "--graphql-url",
            failing_api,
            stdout=out,
            stderr=err,
        )
    assert "Nieudane buildy (1): sp1.localhost: GraphQL: Pole niedostępne" in str(error.value)
    assert "✗" in err.getvalue() and "Pole niedostępne" in err.getvalue()
    assert storage.current_build("sp1.localhost") is None
    assert SiteBuild.last_failure("sp1.localhost").log.endswith("Pole niedostępne")


def test_unreachable_api_is_a_command_error():
    with pytest.raises(CommandError, match="Nie udało się pobrać listy stron"):
        run("--all", "--transport", "http", "--graphql-url", "http://127.0.0.1:9/graphql")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_builds_over_http_from_the_live_graphql_endpoint(live_server):
    make_school("sp1", news_count=2)
    out, _err = run(
        "--site",
        "sp1.localhost",
        "--transport",
        "http",
        "--graphql-url",
        f"{live_server.url}/graphql",
    )
    assert "sp1.localhost" in out
    live = storage.current_build("sp1.localhost")
    assert "Wiadomość sp1 1" in (live / "aktualnosci/wiadomosc-1/index.html").read_text()
