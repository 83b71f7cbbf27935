"""The couple fixture of the feature tests, for the guide's screens."""

from tests.integration.conftest import couple  # noqa: F401
