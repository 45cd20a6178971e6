"""``manage.py build_sites``: build static sites from GraphQL, in parallel processes."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from static_builds import storage
from static_builds.builder import BuildResult, build_sites, list_site_hostnames
from static_builds.transport import (
    GraphQLBuildError,
    GraphQLTransport,
    HttpTransport,
    InProcessTransport,
)


def _wagtail_hostnames() -> list[str]:
    """Fallback while the API has no ``sites`` field (Wagtail's own model, not the CMS's)."""
    from wagtail.models import Site

    return sorted(
        {storage.validate_hostname(h) for h in Site.objects.values_list("hostname", flat=True)}
    )


class Command(BaseCommand):
    help = _("Buduje statyczne strony (wszystkie lub wskazane) z API GraphQL.")

    def add_arguments(self, parser: CommandParser) -> None:
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument(
            "--site",
            action="append",
            dest="sites",
            metavar="HOST",
            help=_("host strony (powtarzalne)"),
        )
        target.add_argument("--all", action="store_true", help=_("wszystkie strony"))
        parser.add_argument(
            "--processes",
            type=int,
            default=min(4, os.cpu_count() or 1),
            help=_("liczba równoległych procesów"),
        )
        parser.add_argument(
            "--if-missing", action="store_true", help=_("tylko strony bez aktywnego buildu")
        )
        parser.add_argument("--transport", choices=["inprocess", "http"], default="inprocess")
        parser.add_argument("--graphql-url", help=_("adres API GraphQL (dla --transport http)"))
        parser.add_argument("--timeout", type=float, default=60.0)
        parser.add_argument("--reason", default="", help=_("powód zapisany w historii buildów"))

    def transport_factory(self, options: dict) -> Callable[[], GraphQLTransport]:
        if options["transport"] == "http":
            url = options.get("graphql_url") or ""
            if not url.startswith(("http://", "https://")):
                raise CommandError(_("--transport http wymaga --graphql-url http(s)://…"))
            return functools.partial(HttpTransport, url, options["timeout"])
        if options.get("graphql_url"):
            raise CommandError(_("--graphql-url ma sens tylko z --transport http"))
        return InProcessTransport

    def known_hostnames(self, transport: GraphQLTransport) -> list[str]:
        try:
            return list_site_hostnames(transport)
        except GraphQLBuildError as exc:
            if "sites" in str(exc) and "field" in str(exc).lower():
                return _wagtail_hostnames()  # the API does not list sites (yet)
            raise CommandError(_("Nie udało się pobrać listy stron: %s") % exc) from exc

    def handle(self, *args, **options) -> None:
        if options["processes"] < 1:
            raise CommandError(_("--processes musi być co najmniej 1"))
        factory = self.transport_factory(options)
        known = self.known_hostnames(factory())
        if options["all"]:
            hostnames = known
            if not hostnames:
                raise CommandError(_("Brak stron do zbudowania (czy baza ma dane?)"))
        else:
            hostnames = []
            for raw in options["sites"]:
                try:
                    host = storage.validate_hostname(raw)
                except storage.InvalidHostname as exc:
                    raise CommandError(str(exc)) from exc
                if host not in known:
                    raise CommandError(_("Nieznana strona: %s") % raw)
                hostnames.append(host)
        if options["if_missing"]:
            hostnames = [host for host in hostnames if storage.current_build(host) is None]
            if not hostnames:
                self.stdout.write(_("Wszystkie strony mają już aktywny build."))
                return
        self.stdout.write(
            _("Budowanie stron: %(count)d (procesy: %(processes)d)…")
            % {"count": len(hostnames), "processes": min(options["processes"], len(hostnames))}
        )
        started = time.monotonic()
        results = build_sites(
            hostnames,
            factory,
            processes=options["processes"],
            reason=options["reason"] or "build_sites",
            on_result=self.report,
        )
        elapsed = time.monotonic() - started
        storage.wait_for_cleanup()  # old builds pruned in the background (sites are live)
        pages = sum(result.pages_written for result in results)
        failed = [result for result in results if not result.ok]
        rate = pages / elapsed if elapsed else 0.0
        self.stdout.write(
            _("Razem: stron %(sites)d, plików HTML %(pages)d, %(seconds).2f s (%(rate).0f/s)")
            % {
                "sites": len(results) - len(failed),
                "pages": pages,
                "seconds": elapsed,
                "rate": rate,
            }
        )
        if failed:
            raise CommandError(
                _("Nieudane buildy (%(count)d): %(hosts)s")
                % {
                    "count": len(failed),
                    "hosts": "; ".join(f"{r.hostname}: {r.error}" for r in failed),
                }
            )

    def report(self, result: BuildResult) -> None:
        if result.ok:
            self.stdout.write(
                self.style.SUCCESS("✓ ")
                + _("%(host)s: plików HTML %(pages)d, %(seconds).2f s")
                % {
                    "host": result.hostname,
                    "pages": result.pages_written,
                    "seconds": result.duration,
                }
            )
        else:
            self.stderr.write(self.style.ERROR("✗ ") + f"{result.hostname}: {result.error}")
