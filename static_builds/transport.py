"""How a build reaches the GraphQL API: in the same process or over HTTP.

Whoever starts a build hands in a transport; the pipeline never touches the ORM for content.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Protocol, runtime_checkable

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.module_loading import import_string


class GraphQLBuildError(Exception):
    """The API answered with errors (or not at all); ``errors`` holds GraphQL error dicts."""

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        self.errors = errors or [{"message": message}]
        super().__init__(message)

    @classmethod
    def from_errors(cls, errors: list[Any]) -> GraphQLBuildError:
        normalised = [_error_dict(error) for error in errors]
        messages = "; ".join(str(error.get("message", error)) for error in normalised)
        return cls(f"GraphQL: {messages}", normalised)


def _error_dict(error: Any) -> dict[str, Any]:
    if isinstance(error, dict):
        return error
    formatted = getattr(error, "formatted", None)
    if isinstance(formatted, dict):
        return formatted
    return {"message": str(error)}


@runtime_checkable
class GraphQLTransport(Protocol):
    def execute(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """Return the ``data`` of the response or raise :class:`GraphQLBuildError`."""
        ...


def _result_parts(result: Any) -> tuple[Any, list[Any]]:
    """Split an ExecutionResult or a response dict into (data, errors)."""
    if isinstance(result, dict):
        return result.get("data"), list(result.get("errors") or [])
    return getattr(result, "data", None), list(getattr(result, "errors", None) or [])


class InProcessTransport:
    """Executes queries against the schema named in ``settings.STATIC_BUILDS_GRAPHQL_SCHEMA``.

    If ``settings.STATIC_BUILDS_GRAPHQL_EXECUTOR`` names an importable callable
    ``(query, variables, *, context) -> ExecutionResult | dict`` (the API's own executor with its
    depth and size limits), it is preferred over calling the schema directly.
    """

    def __init__(self, schema_path: str | None = None, executor_path: str | None = None) -> None:
        self.schema_path = schema_path or settings.STATIC_BUILDS_GRAPHQL_SCHEMA
        self.executor_path = (
            executor_path
            if executor_path is not None
            else getattr(settings, "STATIC_BUILDS_GRAPHQL_EXECUTOR", "")
        )
        self._executor = self._load_executor()
        self._schema: Any = None if self._executor else import_string(self.schema_path)

    def _load_executor(self):
        if not self.executor_path:
            return None
        try:
            return import_string(self.executor_path)
        except ImportError:
            return None

    @staticmethod
    def _context() -> HttpRequest:
        request = HttpRequest()
        request.method = "POST"
        request.META["SERVER_NAME"] = "static-builds"
        request.user = AnonymousUser()
        return request

    def execute(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        try:
            if self._executor is not None:
                result = self._executor(query, variables, context=self._context())
            else:
                result = self._schema.execute(
                    query, variable_values=variables, context_value=self._context()
                )
        except GraphQLBuildError:
            raise
        except Exception as exc:  # the executor itself failed: still a GraphQL failure
            raise GraphQLBuildError(f"GraphQL: {exc}") from exc
        data, errors = _result_parts(result)
        if errors:
            raise GraphQLBuildError.from_errors(errors)
        if data is None:
            raise GraphQLBuildError("GraphQL: pusta odpowiedź (brak pola data)")
        return data


class HttpTransport:
    """POSTs ``{"query", "variables"}`` as JSON to a GraphQL endpoint with urllib."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"GraphQL URL must be http(s): {url!r}")
        self.url = url
        self.timeout = timeout

    def execute(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps({"query": query, "variables": variables}).encode()
        request = urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            self.url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                payload = response.read()
        except urllib.error.HTTPError as exc:
            # GraphQL servers answer query errors with 400 and a JSON body: keep its errors.
            payload = exc.read()
            try:
                data, errors = _result_parts(json.loads(payload))
            except ValueError:
                raise GraphQLBuildError(f"GraphQL HTTP {exc.code} z {self.url}") from exc
            raise GraphQLBuildError.from_errors(
                errors or [{"message": f"HTTP {exc.code}"}]
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise GraphQLBuildError(f"GraphQL niedostępne pod {self.url}: {exc}") from exc
        try:
            data, errors = _result_parts(json.loads(payload))
        except ValueError as exc:
            raise GraphQLBuildError(f"GraphQL: odpowiedź z {self.url} to nie JSON") from exc
        if errors:
            raise GraphQLBuildError.from_errors(errors)
        if data is None:
            raise GraphQLBuildError("GraphQL: pusta odpowiedź (brak pola data)")
        return data
