"""Stage 2: run a problem's solve() and store its values as JSON.

solve() returns what the statement and the published answer print (and whatever the
instructor answer needs besides, when the student edition prints no value of the problem).
A solution whose statement or published answer prints values keeps the instructor answer's
extra values in solve_instructor(), stored apart, so that the student build never computes
or stores them.

JSON forms: int, float and str as themselves; lists and dicts recursively; a numpy array
as {"array": nested lists}; a sympy object as {"latex": ..., "sympy": str form}
(sympify() parses it; srepr is avoided because its order of assumptions varies by run).
"""
import contextlib
import importlib
import json
import math
import os
import signal
import sys
import threading
import traceback
from pathlib import Path

from booklet import BuildError, write_atomic


def encode(value, where):
    """Turn one solve() value into JSON-ready data; `where` names it in errors."""
    import numpy as np

    sympy = sys.modules.get("sympy")  # only a solution that imported sympy can return its objects

    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value):
            raise BuildError(f"{where}: value is {value}; a booklet value must be finite")
        return float(value)
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biuf":
            raise BuildError(f"{where}: array of dtype {value.dtype} cannot be stored")
        return {"array": encode(value.tolist(), where)}
    if sympy is not None and isinstance(value, (sympy.Basic, sympy.MatrixBase)):
        if isinstance(value, sympy.Integer):
            return int(value)
        return {"latex": sympy.latex(value, mat_str="bmatrix", mat_delim=""),
                "sympy": sympy.sstr(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): encode(v, f"{where}.{k}") for k, v in sorted(value.items())}
    raise BuildError(f"{where}: a value of type {type(value).__name__} cannot be stored")


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def guarded(where, limit):
    """Run project code with a time limit, refusing sys.exit() and os.chdir().

    The limit uses SIGALRM, so it applies in the main thread (doit's process, or each
    worker of `doit -n`); elsewhere the code runs without one.
    """
    cwd = os.getcwd()
    use_alarm = limit and threading.current_thread() is threading.main_thread()

    def expire(signum, frame):
        raise _Timeout()

    if use_alarm:
        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    except _Timeout:
        raise BuildError(f"{where} did not finish within {limit:g} s (solution_timeout in "
                         "source/booklet.toml); look for an endless loop") from None
    except SystemExit as err:
        raise BuildError(f"{where} called sys.exit({err.code!r}); return the values "
                         "instead") from None
    except BuildError:
        raise
    except Exception:
        raise BuildError(f"{where} raised:\n{traceback.format_exc()}") from None
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        if os.getcwd() != cwd:
            os.chdir(cwd)
            raise BuildError(f"{where} changed the working directory; project code must not "
                             "call os.chdir()")


def import_path(root):
    """Make the project's packages (solutions, figures_src) importable."""
    root = str(Path(root).resolve())
    if root not in sys.path:
        sys.path.insert(0, root)


def compute(problem, root, function="solve", timeout=None):
    """Import the problem's solution module, call solve() (or `function`), encode its values."""
    import_path(root)
    where = f"solutions/{problem.folder.parent.name}/{Path(problem.solution).name}"
    with guarded(f"{where}: {function}() for problem {problem.id}", timeout):
        module = importlib.import_module(problem.module)
        result = getattr(module, function)()
    if not isinstance(result, dict):
        raise BuildError(f"{where}: {function}() for problem {problem.id} must return a dict")
    return {str(k): encode(v, f"{where}: {k}") for k, v in sorted(result.items())}


def solve_to_file(problem, root, target, function="solve", timeout=None):
    """Compute the problem's values and store them as JSON."""
    data = compute(problem, root, function, timeout)
    write_atomic(target, json.dumps(data, indent=1, sort_keys=True, allow_nan=False) + "\n")


def load(paths):
    """The values of one or more JSON files, merged (later files add names)."""
    merged = {}
    for path in paths:
        try:
            merged.update(json.loads(Path(path).read_text()))
        except (OSError, ValueError) as err:
            raise BuildError(f"{path}: cannot read stored values ({err}); run doit again "
                             "to recompute them") from None
    return merged
