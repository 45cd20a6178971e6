"""The Pelican generator that turns one site's GraphQL data into its output files.

Settings it reads (see ``sites.renderer``): ``GRAPHQL_DATA`` (the ``data`` dict of the site
query), ``GRAPHQL_PREPARED`` (its model and outputs, when the renderer has them),
``GRAPHQL_ONLY_PATHS`` (``None`` for everything), ``GRAPHQL_NOW`` (optional datetime)
and ``GRAPHQL_WRITTEN`` (a list the generator appends the written site paths to).
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.utils import sanitised_join

from .. import page_rendering
from ..assets import colour_asset, write_assets
from ..outputs import Output, output_file, plan_outputs
from ..site_model import build_site
from ..theme_env import get_environment

logger = logging.getLogger(__name__)


class GraphQLGenerator(Generator):
    """Writes every planned output of a site (or the requested subset) with the theme."""

    def __init__(self, context, settings, path, theme, output_path, **kwargs):
        # Generator.__init__ would build a fresh Jinja environment per run; the theme's
        # environment (and its compiled templates) is shared by the whole process instead.
        self.context = context
        self.settings = settings
        self.path = path
        self.theme = theme
        self.output_path = output_path
        self.theme_name = Path(theme).name
        self.env = get_environment(self.theme_name)
        self._templates = {}
        signals.generator_init.send(self)

    def generate_context(self) -> None:
        prepared = self.settings.get("GRAPHQL_PREPARED")
        if prepared is not None:  # built once per build by sites.renderer.prepare_site
            self.model, self.outputs = prepared.model, prepared.outputs
        else:
            self.model = build_site(
                self.settings["GRAPHQL_DATA"], now=self.settings.get("GRAPHQL_NOW")
            )
            self.outputs = plan_outputs(self.model)
        only = self.settings.get("GRAPHQL_ONLY_PATHS")
        if only is None:
            self.selected: list[Output] = list(self.outputs.values())
        else:
            self.selected = [self.outputs[p] for p in sorted(set(only)) if p in self.outputs]
        self.context["graphql_site"] = self.model

    def generate_output(self, writer) -> None:
        written: list[str] = self.settings["GRAPHQL_WRITTEN"]
        colours = colour_asset(self.model.colours)
        written.extend(write_assets(Path(self.output_path), self.theme_name, (colours,)))
        base_context = page_rendering.base_context(self.model, self.theme_name)
        base_context["localsiteurl"] = None
        for output in self.selected:
            name = output_file(output.path)
            rendered = page_rendering.render_output(self.model, self.outputs, output)
            if isinstance(rendered, page_rendering.TemplateOutput):
                writer.write_file(
                    name,
                    self.env.get_template(rendered.template),
                    base_context,
                    override_output=True,
                    **rendered.context,
                )
            else:
                target = Path(sanitised_join(self.output_path, name))
                target.parent.mkdir(parents=True, exist_ok=True)
                data = rendered.encode("utf-8") if isinstance(rendered, str) else rendered
                target.write_bytes(data)
            written.append(output.path)
