"""Who may receive reminders: everybody except those who opted out in their profile."""

from django.db.models import QuerySet

from eservice_bridge.household.models import ApplicantProfile


def without_opted_out(queryset: QuerySet, applicant_field: str = "pk") -> QuerySet:
    """Exclude rows whose applicant (reached by ``applicant_field``) switched reminders off."""
    opted_out = ApplicantProfile.objects.filter(reminders_opt_out=True).values("applicant_id")
    return queryset.exclude(**{f"{applicant_field}__in": opted_out})


def has_opted_out(applicant) -> bool:
    return ApplicantProfile.objects.filter(applicant=applicant, reminders_opt_out=True).exists()
