from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatbotEmbedConfig(AppConfig):
    name = "chatbot_embed"
    verbose_name = _("Czatbot i wyszukiwarka")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.open_data.figures import register_provider

        from . import public_figures
        from .index import signals

        signals.connect()
        register_provider("chatbot", public_figures.sections)
