"""The production stack (nginx + gunicorn) shared by the nginx tests of one session."""

import os
import shutil
from collections.abc import Iterator

import pytest

from .stack import Stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Iterator[Stack]:
    missing = [tool for tool in ("nginx", "openssl") if not shutil.which(tool)]
    if not shutil.which("nginx") and os.path.exists("/usr/sbin/nginx"):
        missing.remove("nginx")
    if missing:
        message = f"{', '.join(missing)} not installed (apt-get install nginx-light openssl)"
        if os.environ.get("CI"):
            pytest.fail(message)  # .ci/run installs them: never skip there
        pytest.skip(message)
    served = Stack(tmp_path_factory.mktemp("nginx-stack"))
    served.prepare()
    served.start()
    yield served
    served.stop()
