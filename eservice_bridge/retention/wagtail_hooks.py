"""Wagtail admin: retention rules per service, with a warning for services lacking one."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from eservice_bridge.catalogue.models import Service

from .models import RetentionRule


class RuleIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["services_without_rule"] = Service.objects.filter(
            retention_rule__isnull=True
        ).order_by("name")
        return context


class RetentionRuleViewSet(SnippetViewSet):
    model = RetentionRule
    icon = "time"
    menu_label = _("Okresy przechowywania")
    menu_name = "eservices-retention"
    add_to_admin_menu = True
    menu_order = 315
    index_view_class = RuleIndexView
    index_template_name = "eservice_bridge/retention/rules_index.html"
    list_display = ["service", "kind", "archival_category", "period_years", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["description"]


register_snippet(RetentionRuleViewSet)
