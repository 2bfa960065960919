"""Do the two editions print what they should, and nothing more?"""
import re

from booklet import sources
from support import pdf_text


def _phrases(fragment_text, words=6):
    """Runs of plain words from a rendered fragment: text a PDF of it must contain."""
    plain = re.sub(r"\\[a-zA-Z]+\*?(\[[^\]]*\])?|[{}$&%~^_\\]|\\\(|\\\)", " ", fragment_text)
    found = []
    for sentence in re.split(r"[.:;,()]", plain):
        tokens = sentence.split()
        if len(tokens) >= words and all(re.fullmatch(r"[A-Za-z'-]+", t) for t in tokens[:words]):
            found.append(" ".join(tokens[:words]))
    return found


def _squash(text):
    text = re.sub(r" %@\d+$", "", text, flags=re.M)   # render's line markers
    return " ".join(text.replace("-\n", "").split())


def test_every_instructor_page_is_marked(built_tree):
    """Does every page of the instructor edition say "Instructor edition"?"""
    pages = pdf_text(built_tree / "build" / "instructor.pdf").split("\f")[:-1]
    assert len(pages) > 1
    unmarked = [n for n, page in enumerate(pages, 1) if "Instructor edition" not in page]
    assert unmarked == []


def test_student_edition_has_no_mark(built_tree):
    """Is the student edition free of the instructor mark?"""
    assert "Instructor edition" not in pdf_text(built_tree / "build" / "student.pdf")


def test_no_instructor_answer_reaches_the_student_pdf(built_tree):
    """Is no sentence of any instructor-only answer in the student PDF's text?

    Each phrase is first found in the instructor PDF, which shows the check can see it;
    phrases that a student-edition fragment also says are not evidence of a leak.
    """
    student = pdf_text(built_tree / "build" / "student.pdf")
    student = _squash(student[:student.rindex("Errata")])   # the appendix prints public notes
    instructor = _squash(pdf_text(built_tree / "build" / "instructor.pdf"))
    booklet = sources.load(built_tree)
    fragments = built_tree / "build" / "fragments"
    published = _squash(" ".join([(fragments / p.slug / k.file).read_text()
                                  for p, k in sources.public_fragments(booklet)]
                                 + [(built_tree / "build" / "student" / "errata.tex").read_text()]))
    checked = 0
    for problem in booklet.problems():
        for kind in [k for k in problem.kinds if not k.public]:
            rendered = fragments / problem.slug / kind.file
            phrases = [p for p in _phrases(re.sub(r" %@\d+$", "", rendered.read_text(), flags=re.M))
                       if p in instructor and p not in published]
            leaked = [p for p in phrases if p in student]
            assert leaked == [], f"{problem.id}: {leaked}"
            checked += len(phrases)
    assert checked > 0


def test_editions_print_their_fragments_in_order(built_tree):
    """Does each edition's document input exactly its fragments, in booklet order?"""
    booklet = sources.load(built_tree)
    for name, edition in booklet.editions.items():
        tex = (built_tree / "build" / name / "booklet.tex").read_text()
        inputs = re.findall(r"\\input\{\.\./fragments/(\S+?)\}", tex)
        expected = [f"{p.slug}/{k.file}" for p, k in sources.edition_fragments(booklet, edition)]
        assert inputs == expected
        if edition.public:
            assert all(f"/{k.file}" not in " ".join(inputs) for k in booklet.kinds if not k.public)


def test_figures_are_numbered_in_print_order_in_each_edition(built_tree):
    """Are the booklet's own figures numbered B1, B2, ... in the order each edition prints
    them, one caption per included figure?"""
    booklet = sources.load(built_tree)
    for name, edition in booklet.editions.items():
        used = [f for p, k in sources.edition_fragments(booklet, edition)
                for f in sources.figures_used(p.path(k))]
        captions = re.findall(r"Figure B(\d+):", pdf_text(built_tree / "build" / f"{name}.pdf"))
        assert [int(c) for c in captions] == list(range(1, len(used) + 1))
