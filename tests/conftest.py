"""Shared test configuration: the Hypothesis settings profiles.

``ci`` runs more examples and is chosen when the ``CI`` environment variable is set (as
``.ci/run`` does); it is derandomized, so a clean clone finds the same examples every run
(a property failure there reproduces, and does not come and go).  ``dev`` keeps a local
run quick and draws new examples each run, which is where new failures are found.
``HYPOTHESIS_PROFILE`` picks one explicitly.

``long`` and ``long-dev`` are for the one long property run of
``tests/test_properties_ci.py``, which applies them itself: ``long`` (10,000 examples of
arbitrary and article-like text) under ``CI``, ``long-dev`` (300) otherwise.  Loading
``long`` for the whole suite with ``HYPOTHESIS_PROFILE=long`` works but takes hours.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
    # a loaded machine makes example generation slow; that is no failure of the library
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    parent=settings.get_profile("ci"),
    max_examples=10_000,
    # derandomized under CI like ``ci``; a local long run draws new examples each time
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long-dev",
    parent=settings.get_profile("dev"),
    max_examples=300,
)
_default = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default)
