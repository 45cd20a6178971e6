from django.apps import AppConfig


class StaffAccessConfig(AppConfig):
    name = "cms.staff_access"
    label = "staff_access"
    verbose_name = "Dostęp personelu"

    def ready(self) -> None:
        from . import sessions  # noqa: F401  (connects the sign-in signal)
