"""Text analysis shared by both engines, and the highlighted snippets.

Both engines index with the same pipeline, so a query means the same thing whichever one answers it:
split on anything that is not a letter or digit, lower-case, drop a short list of function words,
stem with the Snowball English stemmer (Porter2; tantivy's ``stemmer("english")`` is the same
algorithm). Whoosh gets it as a whoosh analyzer, tantivy as a registered ``TextAnalyzer``; this
module's :func:`terms` is the Python reference the snippets use.
"""
from __future__ import annotations

import functools
import html
import re

from whoosh.lang.snowball.english import EnglishStemmer

TOKEN_RE = re.compile(r"[^\W_]+")
# Function words only: "not", "no", "will" and "all" carry meaning in resolutions and stay searchable.
STOP_WORDS = frozenset(
    "a an and are as at be been by for from has have in is it its of on or s t that the their this to "
    "was were which with".split()
)
ANALYZER_NAME = "arising_en"

_stemmer = EnglishStemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer.stem(word)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``, stop words included (the vocabulary and did-you-mean use these)."""
    return [m.group().lower() for m in TOKEN_RE.finditer(text or "")]


def terms(text: str) -> list[str]:
    """The index terms of ``text``: lower-cased, stop words dropped, stemmed."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def whoosh_analyzer():
    from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

    return (RegexTokenizer(TOKEN_RE.pattern) | LowercaseFilter()
            | StopFilter(stoplist=STOP_WORDS, minsize=1) | StemFilter(stemfn=_stemmer.stem, cachesize=100_000))


def tantivy_analyzer():
    import tantivy

    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.custom_stopword(sorted(STOP_WORDS)))
            .filter(tantivy.Filter.stemmer("english"))
            .build())


# ---- snippets -----------------------------------------------------------------------------------

SNIPPET_CHARS = 240


def snippet(text: str, hit_terms: set[str], width: int = SNIPPET_CHARS) -> str:
    """``text`` HTML-escaped, cut to about ``width`` characters around the densest run of hits, with
    ``<mark>`` around every word whose term is in ``hit_terms``."""
    text = re.sub(r"\s+", " ", text or "").strip()
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)
              if m.group().lower() not in STOP_WORDS and stem(m.group().lower()) in hit_terms]
    start, end = 0, len(text)
    if len(text) > width:
        start, end = _window(text, tokens, width)
    out, pos = [], start
    for s, e in tokens:
        if s < start or e > end:
            continue
        out.append(html.escape(text[pos:s], quote=False))
        out.append(f"<mark>{html.escape(text[s:e], quote=False)}</mark>")
        pos = e
    out.append(html.escape(text[pos:end], quote=False))
    body = "".join(out)
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def _window(text: str, hits: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The [start, end) of a window of about ``width`` characters holding the most hits, on word boundaries."""
    best, best_start = -1, 0
    for i, (s, _) in enumerate(hits):
        n = sum(1 for s2, e2 in hits[i:] if e2 <= s + width)
        if n > best:
            best, best_start = n, s
    start = max(0, best_start - width // 4) if hits else 0
    if start > 0:
        sp = text.rfind(" ", 0, start)
        start = sp + 1 if sp >= 0 and start - sp < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + width // 2 else end
    return start, end


def plain(snippet_html: str, mark: tuple[str, str] = ("", "")) -> str:
    """A snippet as plain text, hits wrapped in ``mark`` (for the terminal and CSV)."""
    s = snippet_html.replace("<mark>", mark[0]).replace("</mark>", mark[1])
    return html.unescape(s)
