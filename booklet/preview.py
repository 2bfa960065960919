"""Author feedback: build one problem alone in every edition and render its pages as PNG.

`doit preview --problem 3.18` or `python -m booklet.preview 3.18`; output in build/preview/.
"""
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from booklet import BuildError, assemble, figures, pdf, render, sources, values
from booklet.layout import Layout


def build_preview(root, problem_id, resolution=80):
    """Solve, render, draw and compile one problem with the build's own stage functions
    into build/preview/<id>/; return the PNG paths."""
    root = Path(root).resolve()
    booklet = sources.load(root)
    problem = booklet.problem(problem_id)
    layout = Layout.of(root).preview(problem_id)
    shutil.rmtree(layout.fragments, ignore_errors=True)  # LaTeX's aux files stay warm
    shutil.rmtree(layout.figures, ignore_errors=True)
    for png in layout.build.glob("*.png"):
        png.unlink()
    for function in problem.functions:
        values.solve_to_file(problem, root, layout.values(problem, function), function,
                             booklet.solution_timeout)
    scripts = sources.figure_scripts(root)
    used = set()
    for kind in problem.kinds:
        render.render_to_file(root, problem.path(kind).relative_to(root).as_posix(),
                              [layout.values(problem, f) for f in problem.reads(kind)],
                              layout.fragment(problem, kind), sorted(scripts))
        used.update(sources.figures_used(problem.path(kind)))
    for name in sorted(used):
        figures.draw_to_file(root, scripts[name], layout.figure(name), booklet.solution_timeout)
    from pdf2image import convert_from_path

    pdf.require_tool("pdftoppm", "render preview pages")

    def build(edition):
        assemble.write_tex(booklet, edition, layout, layout.tex(edition), [problem_id])
        pdf.compile_pdf(root, layout.tex(edition), layout.pdf(edition), booklet.date,
                        layout.latex_state(edition))
        images = convert_from_path(layout.pdf(edition), dpi=resolution)
        for number, image in enumerate(images, 1):
            image.save(layout.build / f"{edition}-{number}.png")
        return [layout.build / f"{edition}-{number}.png" for number in range(1, len(images) + 1)]

    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = [png for pngs in pool.map(build, booklet.editions) for png in pngs]
    return pages


def print_preview(root, problem):
    """`doit preview --problem ID`: print the PNG paths of the problem's preview pages."""
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
