"""``{% eu_funding_marking %}``: the European Funds marking of the department portal's settings,
for pages the CMS process renders itself (e-services). The static sites draw the same strip in
their theme from GraphQL."""

from django import template
from wagtail.models import Site

from cms.site_settings.models import SiteSettings

register = template.Library()


@register.inclusion_tag("site_settings/eu_strip.html")
def eu_funding_marking() -> dict:
    department = Site.objects.filter(is_default_site=True).first()
    marking = SiteSettings.for_site(department) if department is not None else None
    return {"marking": marking}
