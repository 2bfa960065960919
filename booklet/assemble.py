"""Stage 5: assemble one edition's booklet.tex with PyLaTeX.

The document only \\input's rendered fragments, so editing a fragment never re-assembles:
it re-renders that fragment and re-runs LaTeX. An edition lists the fragment names it
prints; the instructor-only ones are simply never named in the student document.
"""
import os
from pathlib import Path

from booklet import sources, write_atomic

#: The page design: a text block of about 75 characters a line, a header slot tall enough for
#: its text, compact chapter openings (a chapter follows on the same page), PDF bookmarks down
#: to each problem, a table of contents of the chapters.
GEOMETRY = "a4paper,textwidth=34pc,textheight=226mm,headheight=14pt,headsep=18pt,footskip=30pt," \
           "centering"
PACKAGES = [("amsmath", None), ("amssymb", None), ("bm", None), ("siunitx", None),
            ("graphicx", None), ("fancyhdr", None), ("xcolor", None), ("booktabs", None),
            ("etoolbox", None), ("microtype", None), ("xurl", None), ("fvextra", None),
            ("mleftright", None),
            ("hyperref", "hidelinks,bookmarksnumbered"), ("bookmark", None)]
MACROS = r"""
\sisetup{group-separator={,}, group-minimum-digits=4, group-digits=integer}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.5ex plus 0.2ex}
\setlength{\emergencystretch}{1.5em}
\urlstyle{same}
\newcommand{\problemhead}[2]{\par\bigskip\phantomsection\label{#2}%
  \bookmark[level=1,dest=\HyperDestNameFilter{\@currentHref}]{#1}\textbf{#1}\quad}
\newcommand{\answerhead}[2]{\par\medskip\phantomsection\label{#2}\textbf{#1}\par\nopagebreak}
\counterwithout{figure}{chapter}
\renewcommand{\thefigure}{B\arabic{figure}}
\setcounter{tocdepth}{0}
% A compact table of contents: it shares its page with the front text.
\patchcmd{\l@chapter}{\vskip 1.0em \@plus\p@}{\vskip 0.3em \@plus\p@}{}{}
\mleftright  % \left[ after \cos, \exp, ... without the extra space: cos[f] as sin[f]
% Code (verbatim) in small type, long lines broken with a continuation mark; one table style
% (booktabs spacing for every rule).
\renewenvironment{verbatim}{\VerbatimEnvironment
  \begin{Verbatim}[breaklines,breakanywhere,fontsize=\small]}{\end{Verbatim}}
\let\hline\midrule
% Compact chapter openings: a chapter starts on the page where the previous one ends.
\patchcmd{\chapter}{\if@openright\cleardoublepage\else\clearpage\fi}{\par\addvspace{4ex plus 2ex}}{}{}
\renewcommand{\@makechapterhead}[1]{{\raggedright\normalfont\Large\bfseries
  \ifnum\c@secnumdepth>\m@ne\@chapapp~\thechapter\quad\fi#1\par}\nobreak\vskip 1.5ex\@afterheading}
\renewcommand{\@makeschapterhead}[1]{{\raggedright\normalfont\Large\bfseries#1\par}\nobreak
  \vskip 1.5ex\@afterheading}
"""


def front_text(booklet, edition):
    """The edition's own front text: `front` of its [editions.<name>] table in booklet.toml."""
    meta = sources.read_toml(booklet.root / "source" / "booklet.toml", booklet.root)
    return meta.get("editions", {}).get(edition.name, {}).get("front", "")


def title_page(booklet, edition):
    """LaTeX of the title page: title, edition, author, version and date, and the mark."""
    mark = rf"\vspace{{2ex}}{{\large\bfseries {edition.mark}\par}}" if edition.mark else ""
    what = "Answers to the problems" if any(not k.statement for k in edition.kinds) else "The problems"
    return (r"\begin{titlepage}\centering\vspace*{0.22\textheight}"
            rf"{{\Huge\bfseries {booklet.title}\par}}\vspace{{3ex}}"
            rf"{{\LARGE {edition.title}\par}}{mark}\vspace{{6ex}}"
            rf"{{\Large {booklet.author}\par}}\vspace{{3ex}}"
            rf"{{\large Version {booklet.version}, {booklet.date}\par}}\vfill"
            rf"{{\small {what} of the book \emph{{Understanding Deep Learning}}"
            r" (MIT Press, 2023)\\\url{https://udlbook.github.io/udlbook/}\par}"
            r"\end{titlepage}")


def _rel(path, start):
    return Path(os.path.relpath(path, start)).as_posix()


def document(booklet, edition, problems, layout, tex_dir):
    """PyLaTeX Document of `edition` with the given problems, written into tex_dir.

    The whole booklet has a title, the front text and the errata appendix; a selection
    (the preview) has only its chapters and problems.
    """
    from pylatex import Document, NoEscape, Package

    root = booklet.root
    doc = Document(documentclass="report", document_options=["11pt", "a4paper", "openany"],
                   geometry_options=GEOMETRY, page_numbers=False)
    for name, options in PACKAGES:
        doc.packages.append(Package(name, options=options))
    doc.preamble.append(NoEscape(r"\makeatletter" + MACROS + r"\makeatother"))
    doc.preamble.append(NoEscape(r"\input{%s}" % _rel(root / "source" / "preamble.tex", tex_dir)))
    doc.preamble.append(NoEscape(r"\graphicspath{{%s/}}" % _rel(layout.figures, tex_dir)))
    doc.preamble.append(NoEscape(r"\pdftrailerid{}"))
    footer = f"{booklet.title}, version {booklet.version} ({booklet.date})"
    mark = rf"\textbf{{{edition.mark}}}" if edition.mark else ""
    doc.preamble.append(NoEscape(
        r"\hypersetup{pdftitle={%s: %s}, pdfauthor={%s}, pdfsubject={version %s, %s}, "
        r"pdfcreator={udl-answer-booklet}}" % (booklet.title, edition.title, booklet.author,
                                               booklet.version, booklet.date)))
    doc.preamble.append(NoEscape(
        r"\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}"
        r"\fancyhead[C]{%s}\fancyfoot[L]{\small %s}\fancyfoot[R]{\small\thepage}}"
        % (mark, footer)))
    whole = {p.id for p in problems} == {p.id for p in booklet.problems()}
    doc.append(NoEscape(r"\pagestyle{plain}"))
    if whole:
        doc.append(NoEscape(title_page(booklet, edition)))
        doc.append(NoEscape(r"\chapter*{About this booklet}\pdfbookmark[0]{About this booklet}{front}"))
        doc.append(NoEscape(front_text(booklet, edition)))
        front = root / "source" / "front.tex"
        if front.is_file():
            doc.append(NoEscape(r"\par\input{%s}" % _rel(front, tex_dir)))
        doc.append(NoEscape(r"\bigskip\begingroup\let\clearpage\relax\tableofcontents\endgroup"
                            r"\clearpage"))
    wanted = {p.id for p in problems}
    for chapter in booklet.chapters:
        chosen = [p for p in chapter.problems if p.id in wanted]
        if not whole and not chosen:
            continue
        doc.append(NoEscape(r"\setcounter{chapter}{%d}\chapter{%s}" % (chapter.number - 1,
                                                                      chapter.title)))
        if chapter.note:
            doc.append(NoEscape(chapter.note))
        for problem in chosen:
            for kind in problem.kinds:
                if not edition.prints(kind):
                    continue
                label = f"{kind.label}:{problem.id}"
                head = r"\problemhead{%s %s}" % (kind.heading, problem.id) if kind.statement \
                    else r"\answerhead{%s}" % kind.heading
                doc.append(NoEscape(rf"{head}{{{label}}}"))
                doc.append(NoEscape(r"\input{%s}" % _rel(layout.fragment(problem, kind), tex_dir)))
    if whole:
        doc.append(NoEscape(r"\clearpage\appendix\input{errata.tex}"))
    return doc


def write_tex(booklet, edition_name, layout, target, problem_ids=None):
    """Write the edition's .tex (all problems, or only problem_ids) atomically."""
    edition = booklet.editions[edition_name]
    problems = booklet.problems() if problem_ids is None else \
        [booklet.problem(i) for i in problem_ids]
    target = Path(target)
    write_atomic(target, document(booklet, edition, problems, layout, target.parent).dumps()
                 + "\n")


def structure(booklet, edition_name):
    """What the assembled .tex depends on besides files: the problems and fragments printed."""
    edition = booklet.editions[edition_name]
    return [f"{p.id}/{kind.name}" for p, kind in sources.edition_fragments(booklet, edition)]
