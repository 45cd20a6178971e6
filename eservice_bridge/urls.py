"""Public URLs under /e-uslugi/ (served by the CMS process on every host)."""

from django.urls import include, path

from .catalogue import views as catalogue
from .embed import views as embed
from .household import urls as household_urls
from .identity import views as identity
from .my_cases import applying
from .my_cases import views as cases
from .notices import urls as notices_urls
from .payments import urls as payments_urls
from .protection.caching import never_cached

app_name = "eservices"
# Public, cacheable pages; every other page of /e-uslugi/ may show personal data (no-store).
PUBLIC_PAGES = ("catalogue", "embed-script", "service", "embedded")
urlpatterns = [
    path("", catalogue.catalogue_index, name="catalogue"),
    path("embed.js", embed.embed_script, name="embed-script"),
    path("logowanie/", identity.sign_in_page, name="sign-in"),
    path("logowanie/wezel/", identity.wezel_start, name="wezel-start"),
    path("logowanie/wezel/powrot/", identity.wezel_acs, name="wezel-acs"),
    path("wezel-symulator/logowanie/", identity.wezel_simulator, name="wezel-simulator"),
    path("logowanie/email/", identity.email_request, name="email-request"),
    path("logowanie/email/<str:token>/", identity.email_link_view, name="email-link"),
    path("wyloguj/", identity.sign_out_view, name="sign-out"),
    path("moje-sprawy/", cases.dashboard, name="dashboard"),
    path("skrzynka/", cases.inbox, name="inbox"),
    path("sprawy/<uuid:case_id>/", cases.case_detail, name="case"),
    path("sprawy/<uuid:case_id>/upo/", cases.upo_html, name="upo"),
    path("sprawy/<uuid:case_id>/upo.pdf", cases.upo_pdf_view, name="upo-pdf"),
    path("sprawy/<uuid:case_id>/rozstrzygniecie/", cases.decision_view, name="decision"),
    path("sprawy/<uuid:case_id>/uzupelnienie/", cases.answer_request, name="answer"),
    path("sprawy/<uuid:case_id>/wycofaj/", cases.withdraw, name="withdraw"),
    path("profil/", include(household_urls)),
    path("powiadomienia/", include(notices_urls)),
    path("platnosci/", include(payments_urls)),
    path("zalaczniki/<uuid:attachment_id>/", cases.attachment_download, name="attachment"),
    path("wnioski/<uuid:draft_id>/krok/<slug:step_slug>/", applying.step, name="draft-step"),
    path("wnioski/<uuid:draft_id>/zalaczniki/", applying.attachments, name="draft-attachments"),
    path("wnioski/<uuid:draft_id>/sprawdz/", applying.check, name="draft-check"),
    path("wnioski/<uuid:draft_id>/wyslij/", applying.submit_view, name="draft-submit"),
    path("wnioski/<uuid:draft_id>/usun/", applying.discard_draft, name="draft-discard"),
    path("<slug:slug>/", applying.service_page, name="service"),
    path("<slug:slug>/rozpocznij/", applying.start, name="start"),
    path("<slug:slug>/osadzony/", embed.embedded_service, name="embedded"),
]
never_cached(urlpatterns, public=PUBLIC_PAGES)
