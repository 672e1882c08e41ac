"""Shared test configuration: the Hypothesis settings profiles.

``ci`` runs more examples and is chosen when the ``CI`` environment variable is set (as
``.ci/run`` does); ``dev`` keeps a local run quick.  ``HYPOTHESIS_PROFILE`` picks one
explicitly.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
)
_default = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default)
