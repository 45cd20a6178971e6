"""Static build pipeline: GraphQL in, Pelican-rendered static sites out, swapped in atomically.

Never imports from ``cms``: whoever starts a build hands it a GraphQL transport.
"""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaticBuildsConfig(AppConfig):
    name = "static_builds"
    verbose_name = _("Budowanie stron statycznych")

    def ready(self) -> None:
        from . import signals

        signals.connect()
