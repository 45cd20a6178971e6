from django.urls import path

from eservice_bridge.protection.caching import never_cached

from . import views

app_name = "eservices_admin"
urlpatterns = [
    path("", views.case_index, name="index"),
    path("dziennik/", views.audit_index, name="audit"),
    path("<int:pk>/", views.case_detail, name="case"),
    path("<int:pk>/akcja/<slug:action>/", views.case_action, name="action"),
    path("<int:pk>/zalaczniki/<uuid:attachment_id>/", views.attachment_download, name="attachment"),
]
never_cached(urlpatterns)  # staff handling shows applicants' data (no-store)
