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


def write_atomic(path, text):
    """Write a text file so that readers see the old file or the whole new one, never a part:
    an interrupted or failed build leaves no half-written output behind."""
    import os
    from pathlib import Path

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
