"""The answer-booklet pipeline: one module per stage.

sources -> values -> render -> figures -> assemble -> compile
"""


class BuildError(Exception):
    """A failure the author must fix; the message starts with `file:line:`."""


def action(function):
    """Wrap a stage function as a doit action: a BuildError becomes one clear failure line."""
    import functools

    @functools.wraps(function)
    def run(*args, **kwargs):
        try:
            function(*args, **kwargs)
        except BuildError as err:
            from doit.exceptions import TaskFailed
            return TaskFailed(f"error: {err}")
    return run
