"""Scoped replacement for Wagtail's "pages chosen" chooser endpoint, which has no hook."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page

from .scope import page_scope_for


class ScopedChosenMultipleView(ChosenMultipleView):
    """Answers 404 unless every requested page is within the user's units."""

    def get(self, request: HttpRequest) -> HttpResponse:
        ids = request.GET.getlist("id")
        if not all(value.isdigit() for value in ids):
            raise Http404
        scope = page_scope_for(request)
        if scope is not None:
            wanted = {int(value) for value in ids}
            allowed = set(
                Page.objects.filter(pk__in=wanted).filter(scope.as_q()).values_list("pk", flat=True)
            )
            if allowed != wanted:
                raise Http404
        return super().get(request)


chosen_multiple_view = require_admin_access(never_cache(ScopedChosenMultipleView.as_view()))
