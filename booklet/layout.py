"""Where every generated file lives: one object owns the paths under build/.

Stages receive paths from a Layout; they never compose them. A preview is a Layout whose
build folder is build/preview/<id>, so it runs the same stages into its own folder.
"""
from dataclasses import dataclass
from pathlib import Path

SUFFIX = {"solve": "", "solve_instructor": ".instructor"}
#: what a copy of the project needs to build: the pipeline, and the booklet's content
PIPELINE = ("dodo.py", "pyproject.toml", "booklet")
CONTENT = ("source", "solutions", "figures_src", "releases")


@dataclass(frozen=True)
class Layout:
    root: Path
    build: Path

    @classmethod
    def of(cls, root):
        root = Path(root)
        return cls(root, root / "build")

    def values(self, problem, function="solve"):
        """build/values/3.18.json (solve) or 3.18.instructor.json (solve_instructor)."""
        return self.build / "values" / f"{problem.id}{SUFFIX[function]}.json"

    @property
    def fragments(self):
        return self.build / "fragments"

    @property
    def figures(self):
        return self.build / "figures"

    def fragment(self, problem, kind):
        return self.fragments / problem.slug / kind.file

    @staticmethod
    def source_of(root, rendered):
        """The source fragment that a rendered fragment (of the build or of a preview) came
        from, or None for another file."""
        parts = Path(rendered).resolve().parts
        if "fragments" not in parts:
            return None
        return Path(root, "source", *parts[parts.index("fragments") + 1:])

    def figure(self, name, fmt="pdf"):
        return self.figures / f"{name}.{fmt}"

    def edition(self, name):
        """The folder of an edition's assembled LaTeX: booklet.tex, errata.tex."""
        return self.build / name

    def tex(self, name):
        return self.edition(name) / "booklet.tex"

    def appendix(self, name):
        return self.edition(name) / "errata.tex"

    def latex_state(self, name):
        """LaTeX's aux files of the last successful run, promoted only on success."""
        return self.edition(name) / "latex"

    def pdf(self, name):
        return self.build / f"{name}.pdf"

    def html(self, name):
        return self.build / "html" / name

    def preview(self, problem_id):
        return Layout(self.root, self.build / "preview" / problem_id)

    def release(self, version):
        return self.build / "releases" / version

    def record(self, version):
        """releases/<version>/manifest.json: the committed record of a release."""
        return self.root / "releases" / str(version) / "manifest.json"

    def records(self):
        return sorted(self.root.glob(self.record("*").relative_to(self.root).as_posix()))

    @property
    def state(self):
        """doit's dependency state (beside dodo.py, outside build/ so that clean keeps it)."""
        return self.root / ".doit.json"
