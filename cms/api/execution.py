"""Running GraphQL with the API's limits, over HTTP (see ``views``) or in-process."""

import logging
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from django.utils.translation import gettext as _
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute_sync,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
)

from .limits import Limits, NoIntrospectionRule, QueryLimitsRule, query_size_error

logger = logging.getLogger(__name__)

# Parsing is linear in tokens; a query within the byte limit stays well below this.
MAX_TOKENS_PER_BYTE = 1
MAX_VALIDATION_ERRORS = 20


def run_query(
    schema: Any,
    query: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    context: Any = None,
) -> ExecutionResult:
    """Size check, parse, limit rules, standard validation, then execution (queries only)."""
    limits = Limits.from_settings()
    if not isinstance(query, str) or not query.strip():
        return ExecutionResult(errors=[GraphQLError(_("Brak zapytania."))])
    too_big = query_size_error(query, limits)
    if too_big is not None:
        return ExecutionResult(errors=[too_big])
    if variables is not None and not isinstance(variables, dict):
        return ExecutionResult(errors=[GraphQLError(_("Zmienne muszą być obiektem JSON."))])
    graphql_schema = schema.graphql_schema
    document, errors = checked_document(graphql_schema, query, limits)
    if errors:
        return ExecutionResult(errors=list(errors))
    operation = get_operation_ast(document, operation_name)
    if operation is not None and operation.operation != OperationType.QUERY:
        return ExecutionResult(errors=[GraphQLError(_("Dozwolone są tylko zapytania."))])
    result = execute_sync(
        graphql_schema,
        document,
        context_value=context if context is not None else SimpleNamespace(),
        variable_values=variables,
        operation_name=operation_name,
    )
    if result.errors:
        result.errors = [mask_error(error) for error in result.errors]
    return result


@lru_cache(maxsize=64)
def checked_document(
    graphql_schema: Any, query: str, limits: Limits
) -> tuple[Any, tuple[GraphQLError, ...]]:
    """Parse and validate once per query text: static builds send the same query per site.

    The AST is never mutated by execution, so sharing it between requests is safe; the cache
    holds at most 64 queries of at most ``GRAPHQL_MAX_QUERY_BYTES`` each.
    """
    try:
        document = parse(query, max_tokens=limits.max_bytes * MAX_TOKENS_PER_BYTE)
    except GraphQLError as error:
        return None, (error,)
    first_rules = (
        [QueryLimitsRule] if limits.introspection else [QueryLimitsRule, NoIntrospectionRule]
    )
    errors = validate(graphql_schema, document, first_rules, MAX_VALIDATION_ERRORS)
    if not errors:
        errors = validate(graphql_schema, document, specified_rules, MAX_VALIDATION_ERRORS)
    return document, tuple(errors)


def mask_error(error: GraphQLError) -> GraphQLError:
    """Keep deliberate GraphQL errors; replace unexpected exceptions with a generic message."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return error
    logger.error("GraphQL resolver failed", exc_info=original)
    return GraphQLError(
        _("Błąd wewnętrzny serwera."), nodes=error.nodes, path=error.path, original_error=None
    )


def execute_query(
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    context: Any = None,
    operation_name: str | None = None,
) -> dict[str, Any]:
    """Run a query in-process with the HTTP endpoint's limits; returns ``{data, errors?}``.

    ``context`` may carry ``preview_page`` (an unsaved page revision) for the admin preview.
    """
    from .schema import schema

    result = run_query(schema, query, variables, operation_name, context=context)
    return dict(result.formatted)
