import pytest

from referentials.loaders import load_all


@pytest.fixture
def referentials(db):
    """The real shipped reference data: all of France, the PRS Pays de la Loire, the ARS lists."""
    return load_all()
