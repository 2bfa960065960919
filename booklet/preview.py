"""Author feedback: build one problem alone in every edition and render its pages as PNG.

`doit preview --problem 3.18` or `python -m booklet.preview 3.18`; output in build/preview/.
"""
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from booklet import BuildError, action, assemble, compile, figures, render, sources, values


def build_preview(root, problem_id, resolution=80):
    """Solve, render, draw and compile one problem; return the PNG paths."""
    root = Path(root).resolve()
    booklet = sources.load(root)
    problem = booklet.problem(problem_id)
    base = root / "build" / "preview" / problem_id
    shutil.rmtree(base / "fragments", ignore_errors=True)  # LaTeX's aux files stay warm
    shutil.rmtree(base / "figures", ignore_errors=True)
    for png in base.glob("*.png"):
        png.unlink()
    data = values.compute(problem, root) if problem.solution else {}
    instructor_data = {**data, **values.compute(problem, root, "solve_instructor")} \
        if problem.has_instructor_values else data
    used = set()
    for name in problem.fragments:
        text = render.render(root, f"source/{problem.slug}/{name}",
                             instructor_data if name == "answer.instructor.tex" else data)
        target = base / "fragments" / problem.slug / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        used.update(sources.figures_used(problem.folder / name))
    scripts = sources.figure_scripts(root)
    for name in sorted(used):
        if name not in scripts:
            raise BuildError(f"source/{problem.slug}: figure {name} has no figures_src/*/{name}.py")
        figures.draw_to_file.__wrapped__(root, scripts[name], base / "figures" / f"{name}.pdf")
    from pdf2image import convert_from_path

    compile.require_tool("pdftoppm", "render preview pages")

    def build(edition):
        tex = base / edition / "booklet.tex"
        assemble.write_tex.__wrapped__(booklet, edition, base, tex, [problem_id])
        compile.compile_pdf.__wrapped__(root, tex, base / f"{edition}.pdf", booklet.date)
        images = convert_from_path(base / f"{edition}.pdf", dpi=resolution)
        for number, image in enumerate(images, 1):
            image.save(base / f"{edition}-{number}.png")
        return [base / f"{edition}-{number}.png" for number in range(1, len(images) + 1)]

    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = [png for pngs in pool.map(build, booklet.editions) for png in pngs]
    return pages


@action
def preview_task(root, problem):
    """doit action: print the PNG paths of the problem's preview pages."""
    if not problem:
        raise BuildError("preview: name a problem, e.g. `doit preview --problem 3.18`")
    for png in build_preview(root, problem):
        print(os.path.relpath(png))


if __name__ == "__main__":
    try:
        for page in build_preview(Path.cwd(), sys.argv[1]):
            print(page)
    except BuildError as err:
        sys.exit(f"error: {err}")
