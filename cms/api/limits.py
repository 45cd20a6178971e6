"""Limits that keep hostile or oversized queries cheap: size, depth, fields, aliases, cost,
nesting of lists (``types { fields { type { fields … } } }`` multiplies).

They run as a graphql-core validation rule *before* the standard rules (some of which are
quadratic in the number of fields), both in the HTTP view and in ``execute_query``. Fragments
are expanded with memoisation, so a "fragment bomb" is measured in linear time, and fragment
cycles are reported instead of recursing forever.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
    get_named_type,
    is_introspection_type,
)
from graphql.language import BREAK

# Lists whose items are whole pages of a site or whole sites weigh more than ordinary lists.
LIST_FACTOR_OVERRIDES = {("Query", "sitePages"): 1000, ("Query", "sites"): 1000}
# Introspection's ``ofType`` chains are single objects; they do not count towards depth so that
# GraphiQL's standard introspection query passes.
UNCOUNTED_DEPTH_FIELDS = frozenset({"ofType"})


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_depth: int
    max_fields: int
    max_aliases: int
    max_cost: int
    list_factor: int
    max_list_nesting: int
    introspection: bool = True

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_bytes=int(settings.GRAPHQL_MAX_QUERY_BYTES),
            max_depth=int(settings.GRAPHQL_MAX_DEPTH),
            max_fields=int(settings.GRAPHQL_MAX_FIELDS),
            max_aliases=int(settings.GRAPHQL_MAX_ALIASES),
            max_cost=int(settings.GRAPHQL_MAX_COST),
            list_factor=int(settings.GRAPHQL_LIST_COST_FACTOR),
            max_list_nesting=int(settings.GRAPHQL_MAX_LIST_NESTING),
            introspection=bool(getattr(settings, "GRAPHQL_INTROSPECTION", True)),
        )


def query_size_error(query: str, limits: Limits) -> GraphQLError | None:
    size = len(query.encode("utf-8"))
    if size > limits.max_bytes:
        return GraphQLError(
            _("Zapytanie ma %(size)d bajtów; limit to %(max)d.")
            % {"size": size, "max": limits.max_bytes}
        )
    return None


@dataclass(frozen=True)
class Measure:
    """Size of a selection set with every fragment expanded."""

    depth: int = 0
    fields: int = 0
    aliases: int = 0
    cost: int = 0
    list_nesting: int = 0

    def __add__(self, other: Measure) -> Measure:
        return Measure(
            max(self.depth, other.depth),
            self.fields + other.fields,
            self.aliases + other.aliases,
            self.cost + other.cost,
            max(self.list_nesting, other.list_nesting),
        )


class FragmentCycleError(Exception):
    pass


class QueryMeter:
    def __init__(self, schema, fragments: dict[str, FragmentDefinitionNode], limits: Limits):
        self.schema = schema
        self.fragments = fragments
        self.limits = limits
        self._memo: dict[str, Measure] = {}
        self._in_progress: set[str] = set()

    def fragment(self, name: str) -> Measure:
        if name in self._memo:
            return self._memo[name]
        definition = self.fragments.get(name)
        if definition is None:
            return Measure()  # the standard rules report unknown fragments
        if name in self._in_progress:
            raise FragmentCycleError(name)
        self._in_progress.add(name)
        parent = self.schema.get_type(definition.type_condition.name.value)
        measure = self.selection_set(definition.selection_set, parent)
        self._in_progress.discard(name)
        self._memo[name] = measure
        return measure

    def selection_set(self, node: SelectionSetNode | None, parent) -> Measure:
        total = Measure()
        if node is None:
            return total
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                total = total + self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inline_parent = self.schema.get_type(condition.name.value) if condition else parent
                total = total + self.selection_set(selection.selection_set, inline_parent)
            elif isinstance(selection, FragmentSpreadNode):
                total = total + self.fragment(selection.name.value)
        return total

    def field(self, node: FieldNode, parent) -> Measure:
        name = node.name.value
        field_type = None
        fields = getattr(parent, "fields", None)
        if fields is not None and name in fields:
            field_type = fields[name].type
        elif name == "__schema":
            field_type = self.schema.get_type("__Schema")
        elif name == "__type":
            field_type = self.schema.get_type("__Type")
        child = self.selection_set(node.selection_set, _named(field_type))
        is_list = _is_list(field_type)
        factor = 1
        if is_list:
            parent_name = getattr(parent, "name", "")
            factor = LIST_FACTOR_OVERRIDES.get((parent_name, name), self.limits.list_factor)
        own_depth = 0 if name in UNCOUNTED_DEPTH_FIELDS else 1
        return Measure(
            depth=own_depth + child.depth,
            fields=1 + child.fields,
            aliases=(1 if node.alias is not None else 0) + child.aliases,
            cost=1 + factor * child.cost,
            list_nesting=(1 if is_list and node.selection_set else 0) + child.list_nesting,
        )


def _named(field_type) -> GraphQLNamedType | None:
    return get_named_type(field_type) if field_type is not None else None


def _is_list(field_type) -> bool:
    while isinstance(field_type, GraphQLNonNull):
        field_type = field_type.of_type
    return isinstance(field_type, GraphQLList)


def measure_operation(
    schema, operation: OperationDefinitionNode, fragments, limits: Limits
) -> Measure:
    root = schema.get_root_type(operation.operation)
    return QueryMeter(schema, fragments, limits).selection_set(operation.selection_set, root)


class NoIntrospectionRule(ValidationRule):
    """Refuses ``__schema`` and ``__type`` (``__typename`` stays: the build's queries use it).

    graphql-core's ``NoSchemaIntrospectionCustomRule`` with the message in Polish.
    """

    def enter_field(self, node: FieldNode, *_args):
        named = get_named_type(self.context.get_type())
        if named is not None and is_introspection_type(named):
            self.report_error(
                GraphQLError(_("Introspekcja schematu jest wyłączona na tym serwerze."), node)
            )


class QueryLimitsRule(ValidationRule):
    """Rejects documents over the depth, field, alias or cost limits, or with fragment cycles."""

    def enter_document(self, node, *_args):
        limits = Limits.from_settings()
        schema = self.context.schema
        fragments = {
            definition.name.value: definition
            for definition in node.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        for definition in node.definitions:
            if not isinstance(definition, OperationDefinitionNode):
                continue
            try:
                measure = measure_operation(schema, definition, fragments, limits)
            except FragmentCycleError as cycle:
                self.report_error(
                    GraphQLError(
                        _("Fragment %(name)s odwołuje się sam do siebie.") % {"name": cycle}
                    )
                )
                return BREAK
            except RecursionError:
                self.report_error(GraphQLError(_("Zapytanie jest zbyt głęboko zagnieżdżone.")))
                return BREAK
            for message in _violations(measure, limits):
                self.report_error(GraphQLError(message))
        return BREAK


def _violations(measure: Measure, limits: Limits) -> list[str]:
    checks = [
        (measure.depth, limits.max_depth, _("Głębokość zapytania %(value)d przekracza %(max)d.")),
        (measure.fields, limits.max_fields, _("Liczba pól %(value)d przekracza %(max)d.")),
        (measure.aliases, limits.max_aliases, _("Liczba aliasów %(value)d przekracza %(max)d.")),
        (measure.cost, limits.max_cost, _("Koszt zapytania %(value)d przekracza %(max)d.")),
        (
            measure.list_nesting,
            limits.max_list_nesting,
            _("Zagnieżdżenie list %(value)d przekracza %(max)d."),
        ),
    ]
    return [
        message % {"value": value, "max": maximum}
        for value, maximum, message in checks
        if value > maximum
    ]
