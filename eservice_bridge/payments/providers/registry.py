"""Choosing the provider: ``settings.PAYMENTS_PROVIDER`` names one of the registered adapters.

Adapters are registered here by name; a deployment may add its own with
``PAYMENTS_PROVIDER_CLASSES = {"name": "dotted.path.Class"}``. The name is stored on every
payment, so notifications and refunds of older payments still reach the adapter that took them.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from .base import PaymentProvider

DEFAULT_PROVIDER = "sandbox"
PROVIDERS: dict[str, str] = {
    "sandbox": "eservice_bridge.payments.sandbox.adapter.SandboxProvider",
}


def registered() -> dict[str, str]:
    return {**PROVIDERS, **getattr(settings, "PAYMENTS_PROVIDER_CLASSES", {})}


def provider_path(name: str) -> str:
    try:
        return registered()[name]
    except KeyError:
        raise ImproperlyConfigured(f"Unknown payment provider {name!r}.") from None


def configured_name() -> str:
    """The configured adapter's name; empty when online payments are off (production default)."""
    return getattr(settings, "PAYMENTS_PROVIDER", DEFAULT_PROVIDER)


def get_provider(name: str | None = None) -> PaymentProvider:
    """The named provider (default: the configured one); construction runs its start-up check."""
    provider = import_string(provider_path(name or configured_name()))()
    if not isinstance(provider, PaymentProvider):
        raise ImproperlyConfigured(f"{name!r} does not implement the PaymentProvider interface.")
    return provider


def is_known(name: str) -> bool:
    return name in registered()
