"""HTML bodies: readable text (selectolax) and the links they carry."""

from __future__ import annotations

import html as htmllib
import re
import threading

from selectolax.lexbor import LexborCSSSelector, LexborHTMLParser, LexborNode

# Line breaks are marked in the DOM with a private-use character: no mail contains it, and it
# is not whitespace, so it survives collapsing the source's own whitespace with str.split().
_BREAK = "\ue000"
_BREAKS = re.compile(_BREAK * 2 + "+")  # a literal prefix: the regex engine skips ahead fast
# Each selector costs a pass over the document, so only the block tags mail HTML really uses.
_BLOCKS = "p,div,br,hr,tr,td,th,li,ul,ol,table,h1,h2,h3,h4,blockquote"
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "table", "blockquote"})
_CELLS = frozenset({"td", "th"})
_DROP = ["script", "style", "head", "title", "noscript", "template", "svg"]
# Preheaders and tracking snippets hide themselves; a reader never sees them.
_HIDDEN = '[style*="display:none"],[style*="display: none"]'
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f", "\u00ad")
# Case-insensitive by character classes: lower-casing a whole non-ASCII body costs more than the
# search itself.
_ANCHOR_OPEN = re.compile(r"<[aA]\s([^>]*)>")
_HREF = re.compile(r"""(?<![\w-])[hH][rR][eE][fF]\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_MAX_LABEL = 2000
_TAG = re.compile(r"<[^>]*>")
_MAX_ANCHORS = 200
# A document's first CSS query builds it a selector engine, which costs more than most queries;
# one engine per thread serves every document (queries hold the GIL and leave it clean).
_ENGINES = threading.local()


def html_to_text(
    source: str, tree: LexborHTMLParser | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Readable text of an HTML body, and its ``(href, anchor text)`` pairs.

    ``tree`` is the body's visible tree when :func:`html_words_tree` parsed it already (it is
    laid out in place: pass it once).
    """
    if tree is None:
        tree = _visible_tree(source)
    anchors = [
        (node.attrs.sget("href"), _one_line(node.text(deep=True)))
        for node in _css(tree, "a[href]")[:_MAX_ANCHORS]
    ]
    for node in _css(tree, _BLOCKS):
        tag = node.tag
        if tag in _CELLS:
            node.insert_after(" ")
            continue
        node.insert_after(_BREAK)
        if tag in _PARAGRAPHS:
            node.insert_before(_BREAK)
    root = tree.body or tree.root
    return _layout(root.text(deep=True) if root is not None else ""), anchors


def html_words(source: str) -> str:
    """The words of an HTML body in reading order, single-spaced, without laying it out.

    Several times cheaper than :func:`html_to_text` (no pass per block element, no anchors).
    What it drops and keeps is the same (scripts, styles, hidden preheaders), and one space
    stands where the layout puts a space or line breaks, so any prefix of the laid-out text
    has its words within the same number of characters here. A tag inside a word splits it.
    """
    return html_words_tree(source)[0]


def html_words_tree(source: str) -> tuple[str, LexborHTMLParser]:
    """:func:`html_words`, and the visible tree it read (unchanged): :func:`html_to_text`
    lays that tree out without parsing the HTML again."""
    tree = _visible_tree(source)
    return _words(tree), tree


def _words(tree: LexborHTMLParser) -> str:
    root = tree.body or tree.root
    raw = root.text(deep=True, separator=" ") if root is not None else ""
    for invisible in _ZERO_WIDTH:
        if invisible in raw:
            raw = raw.replace(invisible, "")
    return " ".join(raw.split())


def _visible_tree(source: str) -> LexborHTMLParser:
    """The parsed document without what a reader never sees (scripts, styles, hidden parts)."""
    tree = LexborHTMLParser(source)
    tree.strip_tags(_DROP)
    if "display:" in source or "display :" in source:  # a selector pass costs, a find does not
        for node in _css(tree, _HIDDEN):
            node.decompose()
    return tree


def _css(tree: LexborHTMLParser, query: str) -> list[LexborNode]:
    """``tree.css(query)``, run by this thread's shared selector engine."""
    root = tree.root
    if root is None:
        return []
    engine = getattr(_ENGINES, "engine", None)
    if engine is None:
        engine = _ENGINES.engine = LexborCSSSelector()  # type: ignore[no-untyped-call]
    return engine.find(query, root)


def _layout(raw: str) -> str:
    for invisible in _ZERO_WIDTH:
        if invisible in raw:
            raw = raw.replace(invisible, "")
    text = " ".join(raw.split())
    text = text.replace(" " + _BREAK, _BREAK).replace(_BREAK + " ", _BREAK)
    # One break ends a line; two or more (a paragraph, a heading, <br><br>) leave a blank line.
    return _BREAKS.sub("\n\n", text).replace(_BREAK, "\n").strip()


def html_anchors(source: str) -> list[tuple[str, str]]:
    """``(href, anchor text)`` pairs found cheaply, without building a DOM.

    Used when a text/plain alternative already gives the text and only the links are needed.
    """
    if "href" not in source and "HREF" not in source and "Href" not in source:
        return []
    anchors: list[tuple[str, str]] = []
    for match in _ANCHOR_OPEN.finditer(source):
        found = _HREF.search(source, match.start(1), match.end(1))
        if found is None:
            continue
        href = found.group(found.lastindex or 1)
        close = _anchor_end(source, match.end())
        label = source[match.end() : close] if close != -1 else ""
        if "<" in label:
            label = _TAG.sub(" ", label)
        anchors.append((_unescape(href), _one_line(_unescape(label))))
        if len(anchors) >= _MAX_ANCHORS:
            break
    return anchors


def _anchor_end(source: str, start: int) -> int:
    stop = start + _MAX_LABEL
    lower = source.find("</a", start, stop)
    upper = source.find("</A", start, lower if lower != -1 else stop)
    return upper if upper != -1 else lower


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    plain = text.replace("&amp;", "&")  # the common case in hrefs, without html.unescape
    if plain.count("&") == text.count("&amp;"):  # every "&" left came from "&amp;"
        return plain
    return htmllib.unescape(text)


def _one_line(text: str) -> str:
    if not text.isascii():
        for invisible in _ZERO_WIDTH:
            if invisible in text:
                text = text.replace(invisible, "")
    return " ".join(text.split())
