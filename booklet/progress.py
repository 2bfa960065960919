"""doit reporter: quiet by default, a counter on the tasks that run, one summary line.

`.  [ 12/240] render:3.18/answer.tex` for each task that runs, nothing for tasks that are up
to date, then `doit: 3 tasks ran, 350 up to date` (or `doit: nothing to do`). A failure is
its `error:` line alone, without doit's banners. BOOKLET_VERBOSE=1 also lists the up-to-date
tasks (`-- name`) and shows doit's own report of a failure.
"""
import os

from doit.reporter import ConsoleReporter


class ProgressReporter(ConsoleReporter):
    desc = "quiet console output with a task counter"

    def initialize(self, tasks, selected_tasks):
        """Count the tasks with actions that the selected tasks reach."""
        todo, seen = list(selected_tasks), set()
        while todo:
            name = todo.pop()
            if name in seen or name not in tasks:
                continue
            seen.add(name)
            todo += tasks[name].task_dep + tasks[name].setup_tasks
        self.total = sum(1 for name in seen if tasks[name].actions)
        self.done = self.ran = 0
        self.verbose = os.environ.get("BOOKLET_VERBOSE") == "1"

    def _count(self, task):
        if task.actions and task.name[0] != "_":
            self.done += 1
            return f"[{self.done:>{len(str(self.total))}}/{self.total}] "
        return ""

    def execute_task(self, task):
        if task.actions and task.name[0] != "_":
            self.ran += 1
            self.write(f".  {self._count(task)}{task.title()}\n")

    def skip_uptodate(self, task):
        counter = self._count(task)
        if self.verbose and task.name[0] != "_":
            self.write(f"-- {counter}{task.title()}\n")

    def add_failure(self, task, fail):
        if fail.report:
            self.failures.append({"task": task, "exception": fail})
            if self.verbose:
                self._write_failure(self.failures[-1])

    def complete_run(self):
        if self.verbose:
            return super().complete_run()
        for failure in self.failures:
            message = failure["exception"].get_msg().strip()
            lines = message.splitlines()
            first = next((i for i, line in enumerate(lines) if line.startswith("error:")), None)
            self.write(("\n".join(lines[first:]) if first is not None else
                        f"error: {failure['task'].name}: {message}") + "\n")
        for error in self.runtime_errors:
            self.write(f"error: {error.strip()}\n")
        if not self.failures and not self.runtime_errors:
            skipped = self.done - self.ran
            if self.ran == 0:
                self.write(f"doit: nothing to do ({skipped} tasks up to date)\n" if skipped else "")
            else:
                self.write(f"doit: {self.ran} task{'s' if self.ran != 1 else ''} ran, "
                           f"{skipped} up to date\n")
