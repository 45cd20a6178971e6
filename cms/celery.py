"""Celery application shared by the CMS, the static build pipeline and the e-services."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("elacze")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
