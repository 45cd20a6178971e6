"""The form of every service in the catalogue, one module per service, with its legal rules.

Each definition (``forms.definition.FormDefinition``) lists its steps (Django forms over the
shared field vocabulary of ``forms.steps``), the yearly windows that apply to the answers given,
the unit that handles the case, and attachments required beyond the catalogue's. The year's
amounts come from the legal figures (``forms.amounts``).
"""

from ..definition import FormDefinition
from .allowance import ALLOWANCE
from .duplicate import DUPLICATE
from .letter import LETTER
from .recruitment import RECRUITMENT
from .scholarship import SCHOLARSHIP
from .transport import TRANSPORT
from .young_workers import YOUNG_WORKERS

DEFINITIONS: dict[str, FormDefinition] = {
    d.key: d
    for d in (RECRUITMENT, SCHOLARSHIP, ALLOWANCE, TRANSPORT, DUPLICATE, YOUNG_WORKERS, LETTER)
}

__all__ = ["DEFINITIONS"]
