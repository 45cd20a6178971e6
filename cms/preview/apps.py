from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreviewConfig(AppConfig):
    name = "cms.preview"
    label = "preview"
    verbose_name = _("Podgląd w motywie witryny")

    def ready(self) -> None:
        from cms.core.preview import register_preview_renderer

        from .rendering import serve_themed_preview

        register_preview_renderer(serve_themed_preview)
