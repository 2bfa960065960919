"""Shared fixtures. Tests that build work on copies in a temporary folder, never on the
working tree: pipeline tests on the small fixture booklet (tests/fixtures/booklet), content
tests on the real one. Each kind is built once per session; a test that edits sources gets
its own copy of the built tree, so that it starts up to date."""
import pytest

from booklet import sources
from support import ROOT, copy_tree, doit, fixture_tree


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def booklet():
    return sources.load(ROOT)


@pytest.fixture(scope="session")
def built_fixture(tmp_path_factory):
    """The fixture booklet with both editions built from scratch."""
    tree = fixture_tree(tmp_path_factory.mktemp("fixture"))
    doit(tree, "-n", "2", "student", "instructor")
    return tree


@pytest.fixture
def fixture(built_fixture, tmp_path):
    """A private, up-to-date copy of the built fixture booklet for a test that edits it."""
    return copy_tree(built_fixture, tmp_path / "fixture", with_build=True)


@pytest.fixture(scope="session")
def built_tree(tmp_path_factory):
    """A copy of the repository with both editions built from scratch."""
    tree = copy_tree(ROOT, tmp_path_factory.mktemp("built"))
    doit(tree, "-n", "2", "student", "instructor")
    return tree


@pytest.fixture
def tree(built_tree, tmp_path):
    """A private, up-to-date copy of the built tree for a test that edits sources."""
    return copy_tree(built_tree, tmp_path / "tree", with_build=True)
