"""The answer-booklet pipeline: one module per stage, plain functions.

sources -> values -> render -> figures -> assemble -> pdf (and html); layout owns the
paths, deps what each task depends on, state doit's crash-safe state and lock.
"""
import os
from pathlib import Path


class BuildError(Exception):
    """A failure the author must fix; the message starts with `file:line:`."""


def doit_action(function, *args, **kwargs):
    """A doit action that calls a stage function; a BuildError or an OSError (a full or
    read-only disk) becomes one `error:` line instead of a traceback."""
    return (_call, [function, args, kwargs])


def _call(function, args, kwargs):
    from doit.exceptions import TaskFailed

    try:
        function(*args, **kwargs)
    except BuildError as err:
        return TaskFailed(f"error: {err}")
    except OSError as err:
        where = err.filename or function.__module__
        return TaskFailed(f"error: {os.path.relpath(where) if err.filename else where}: "
                          f"{err.strerror or err}")


def write_atomic(path, data):
    """Write a file so that readers see the old file or the whole new one, never a part:
    an interrupted or failed build (a kill, a full disk) leaves no half-written output."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:
        if err.filename is None:   # a full disk says ENOSPC without naming the file
            err.filename = str(path)
        raise
    finally:
        tmp.unlink(missing_ok=True)
