"""Admin views: each site's build status, "rebuild now" for moderators, rollback for superusers."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import storage
from .coalescing import built_token, latest_token
from .models import SiteBuild
from .tasks import rebuild_site_task

EDIT_ACTIONS = ["add", "change", "publish"]


@dataclass
class SiteStatus:
    site: Site
    last_success: SiteBuild | None
    last_failure: SiteBuild | None
    running: SiteBuild | None
    current_build_id: str | None
    queued: bool
    can_rebuild: bool
    can_rollback: bool

    @property
    def failing(self) -> bool:
        """The latest finished build failed (a later success clears the warning)."""
        if self.last_failure is None:
            return False
        return self.last_success is None or self.last_failure.started_at > (
            self.last_success.started_at
        )


def _policy() -> PagePermissionPolicy:
    return PagePermissionPolicy()


def sees_all_sites(user) -> bool:
    """Superusers, and users the ``STATIC_BUILDS_SEES_ALL_SITES`` check accepts (department)."""
    if user.is_superuser:
        return True
    path = getattr(settings, "STATIC_BUILDS_SEES_ALL_SITES", "")
    return bool(path) and bool(import_string(path)(user))


def visible_sites(user) -> list[Site]:
    """Sites whose root page the user may edit, add to or publish (department staff: all)."""
    sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "hostname"))
    if sees_all_sites(user):
        return sites
    editable = _policy().instances_user_has_any_permission_for(user, EDIT_ACTIONS)
    allowed = set(
        editable.filter(pk__in=[site.root_page_id for site in sites]).values_list("pk", flat=True)
    )
    return [site for site in sites if site.root_page_id in allowed]


def can_rebuild(user, site: Site) -> bool:
    """Moderators: publish permission on the site's root page."""
    return _policy().user_has_permission_for_instance(user, "publish", site.root_page)


def _status(site: Site, user, publishable: set[int]) -> SiteStatus:
    hostname = site.hostname
    try:
        current = storage.current_build_id(hostname)
        earlier = current is not None and storage.list_builds(hostname).index(current) > 0
    except (storage.InvalidHostname, ValueError):
        current, earlier = None, False
    return SiteStatus(
        site=site,
        last_success=SiteBuild.last_success(hostname),
        last_failure=SiteBuild.last_failure(hostname),
        running=SiteBuild.objects.filter(
            hostname=hostname, status=SiteBuild.Status.RUNNING
        ).first(),
        current_build_id=current,
        queued=latest_token(hostname) > built_token(hostname),
        can_rebuild=user.is_superuser or site.root_page_id in publishable,
        can_rollback=user.is_superuser and earlier,
    )


def status_index(request: HttpRequest) -> HttpResponse:
    user = request.user
    sites = visible_sites(user)
    if user.is_superuser:
        publishable: set[int] = set()
    else:
        publishable = set(
            _policy()
            .instances_user_has_permission_for(user, "publish")
            .filter(pk__in=[site.root_page_id for site in sites])
            .values_list("pk", flat=True)
        )
    statuses = [_status(site, user, publishable) for site in sites]
    return TemplateResponse(
        request,
        "static_builds/status_index.html",
        {
            "page_title": gettext_lazy("Publikacja stron"),
            "header_icon": "globe",
            "statuses": statuses,
        },
    )


def _forbidden(message: str) -> HttpResponse:
    # A real 403 (Wagtail would turn PermissionDenied into a redirect to the dashboard).
    return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")


def _site_or_404(hostname: str) -> Site:
    site = Site.objects.select_related("root_page").filter(hostname=hostname).first()
    if site is None:
        raise Http404(_("Nie ma takiej witryny."))
    return site


@require_POST
def rebuild(request: HttpRequest, hostname: str) -> HttpResponse:
    site = _site_or_404(hostname)
    if not can_rebuild(request.user, site):
        return _forbidden(_("Tylko moderatorzy tej witryny mogą ją przebudować."))
    before = SiteBuild.objects.filter(hostname=site.hostname).values_list("pk", flat=True).first()
    rebuild_site_task.delay(site.hostname, f"przebudowa ręczna ({request.user.get_username()})")
    # Eager Celery (the embedded default) has already built; a worker will do it shortly.
    latest = SiteBuild.objects.filter(hostname=site.hostname).first()
    params = {"host": site.hostname}
    if latest is None or latest.pk == before or latest.status == SiteBuild.Status.RUNNING:
        messages.success(request, _("Zlecono przebudowę witryny %(host)s.") % params)
    elif latest.status == SiteBuild.Status.FAILED:
        messages.error(request, _("Przebudowa witryny %(host)s nie powiodła się.") % params)
    else:
        messages.success(request, _("Witryna %(host)s została przebudowana.") % params)
    return redirect(reverse("static_builds:status"))


@require_POST
def rollback(request: HttpRequest, hostname: str) -> HttpResponse:
    site = _site_or_404(hostname)
    if not request.user.is_superuser:
        return _forbidden(_("Tylko administrator może przywrócić poprzedni build."))
    try:
        build_id = storage.rollback(site.hostname)
    except LookupError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Witryna %(host)s wróciła do buildu %(build)s.")
            % {"host": site.hostname, "build": build_id},
        )
    return redirect(reverse("static_builds:status"))
