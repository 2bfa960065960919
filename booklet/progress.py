"""doit reporter that numbers the tasks: `.  [ 12/240] render:3.18/answer.tex`.

One line per task, no cursor tricks, so that progress stays readable in CI logs.
"""
from doit.reporter import ConsoleReporter


class ProgressReporter(ConsoleReporter):
    desc = "console output with a task counter"

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
        self.done = 0

    def _count(self, task):
        if task.actions and task.name[0] != "_":
            self.done += 1
            return f"[{self.done:>{len(str(self.total))}}/{self.total}] "
        return ""

    def execute_task(self, task):
        if task.actions and task.name[0] != "_":
            self.write(f".  {self._count(task)}{task.title()}\n")

    def skip_uptodate(self, task):
        if task.name[0] != "_":
            self.write(f"-- {self._count(task)}{task.title()}\n")
