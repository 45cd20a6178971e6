"""URL configuration: admin, GraphQL, documents and the bridges; public sites are static."""

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.views import graphql_view
from cms.privacy.media import public_media
from cms.units.chooser_views import chosen_multiple_view
from cms.units.report_views import page_types_usage_results_view, page_types_usage_view

# A refused Host header gets a clear Polish page linking the portal (static_builds.unknown_host).
handler400 = "static_builds.unknown_host.bad_request"

urlpatterns = [
    # Unit-scoped replacement of Wagtail's endpoint (docs/permissions.md); must precede admin/.
    path("admin/choose-page/chosen-multiple/", chosen_multiple_view),
    path("admin/reports/page-types-usage/", page_types_usage_view),
    path("admin/reports/page-types-usage/results/", page_types_usage_results_view),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql", graphql_view, name="graphql"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Image renditions only (never documents or originals), when settings.SERVE_MEDIA is on.
urlpatterns += [re_path(r"^media/(?P<path>.*)$", public_media)]

urlpatterns += [path("chatbot/", include("chatbot_embed.urls"))]

urlpatterns += [path("e-uslugi/", include("eservice_bridge.urls"))]
urlpatterns += [path("dane/", include("cms.open_data.urls"))]
urlpatterns += [path("api/v1/", include("cms.open_data.api.urls"))]
urlpatterns += [path("", include(wagtail_urls))]
