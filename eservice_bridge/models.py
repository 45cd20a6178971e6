"""Model registry of the app; each concept keeps its models in its own package."""

from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import (
    Case,
    CaseCounter,
    Decision,
    InformationRequest,
    InternalComment,
)
from eservice_bridge.catalogue.models import Service
from eservice_bridge.identity.models import Applicant, EmailSignInToken

__all__ = [
    "Applicant",
    "Attachment",
    "AuditEntry",
    "Case",
    "CaseCounter",
    "Decision",
    "Draft",
    "EmailSignInToken",
    "InformationRequest",
    "InternalComment",
    "Service",
]
