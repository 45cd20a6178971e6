"""Start-up checks: production settings never expose GraphiQL or schema introspection."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def graphql_exposure_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if not getattr(settings, "ELACZE_PRODUCTION", False):
        return []
    errors: list[checks.CheckMessage] = []
    if getattr(settings, "GRAPHQL_GRAPHIQL", False):
        errors.append(
            checks.Error("GRAPHQL_GRAPHIQL is on under production settings.", id="api.E001")
        )
    if getattr(settings, "GRAPHQL_INTROSPECTION", False):
        errors.append(
            checks.Error("GRAPHQL_INTROSPECTION is on under production settings.", id="api.E002")
        )
    return errors
