"""doit's dependency state, crash-safe, and one build at a time per tree.

doit's own JSON backend rewrites .doit.json in place, so a kill during the write leaves a
truncated file that stops every later doit command. This backend writes a temporary file
and renames it over the old one; a damaged file (from an older doit, say) is set aside and
the build starts from an empty state, which means a rebuild, not a dead tool.

Opening the state also takes an exclusive lock on .doit.lock beside it: a second doit in
the same tree waits until the first one ends (the kernel drops the lock if it is killed).
"""
import fcntl
import glob
import os
import sys

from doit.dependency import JsonDB

_LOCKS = {}


def _lock(path):
    """Hold an exclusive lock on `path` for the rest of this process."""
    if path in _LOCKS:
        return
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"doit: another build is running in this tree ({path}); waiting for it to finish",
              file=sys.stderr, flush=True)
        fcntl.flock(handle, fcntl.LOCK_EX)
    _LOCKS[path] = handle


class SafeJsonDB(JsonDB):
    """JsonDB with an atomic dump, a tolerant load and a per-tree lock."""

    desc = "JSON state written atomically; one doit at a time per tree"

    def __init__(self, name, codec, *, module_name=None):
        _lock(os.path.join(os.path.dirname(os.path.abspath(name)), ".doit.lock"))
        for stale in glob.glob(glob.escape(name) + ".*.tmp"):   # left by a killed doit
            os.unlink(stale)
        super().__init__(name, codec, module_name=module_name)

    def _load(self):
        try:
            with open(self.name, encoding="utf-8") as handle:
                data = self.codec.decode(handle.read())
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return data
        except (ValueError, UnicodeDecodeError) as err:
            damaged = self.name + ".damaged"
            os.replace(self.name, damaged)
            print(f"doit: the build state {self.name} was damaged ({err}); moved it to {damaged} "
                  "and rebuilding", file=sys.stderr, flush=True)
            return {}

    def dump(self):
        tmp = f"{self.name}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(self.codec.encode(self._db))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.name)

