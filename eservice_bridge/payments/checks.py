"""Start-up checks: a production deployment refuses the sandbox's development secret."""

from django.core import checks


@checks.register(checks.Tags.security)
def sandbox_secret_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    from .providers import registry
    from .sandbox import adapter as sandbox

    if registry.configured_name() != sandbox.SandboxProvider.name:
        return []
    problem = sandbox.configuration_problem()
    return [checks.Error(problem, id="eservice_payments.E001")] if problem else []
