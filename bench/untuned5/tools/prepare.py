"""Rebuild the texts of bench/untuned5 from AMALGUM's XML and check them against articles.sha256.

    python bench/untuned5/tools/prepare.py PATH/TO/amalgum            # a checkout (work tree)
    python bench/untuned5/tools/prepare.py PATH/TO/amalgum/.git --git # a git directory: each file is
                                                 # read at the commit SOURCES.tsv names for it

The rules are those of the set's README ("Text preparation"). What is page furniture in a given
article (a box, a translation, a pull quote) is a judgement made by reading; those calls are data,
in tools/furniture.tsv, not code. Standard library only.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import unquote

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]"}
CLITICS = {"'s", "n't", "'ll", "'re", "'ve", "'d", "'m", "’s", "'", "’"}
NO_SPACE_AFTER = {"(", "[", "$", "US$", "£", "€", "‘"}
JOINERS = {"°", "/"}
DOUBLE = {'"', "``", "''", "“", "”"}
SINGLE = {"'", "‘", "’", "`"}
DASHES = {"-", "–", "—", "--"}


def read_sources():
    """(file name, commit, path in the repository, URL) for each article, from SOURCES.tsv."""
    rows = []
    with open(os.path.join(SET, "SOURCES.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            repo_commit, path = cols[5].split(":", 1)
            rows.append((cols[0], repo_commit.split("@")[1], path, cols[3]))
    return rows


def read_furniture(path):
    """{article: [(action, match)]}; article '*' applies to every article."""
    rules = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            article, action, match = line.rstrip("\n").split("\t")[:3]
            if action not in ("stop", "block", "rest", "span"):
                sys.exit(f"{path}: unknown action {action!r}")
            rules.setdefault(article, []).append((action, match))
    return rules


class Token:
    __slots__ = ("word", "pos", "after_ref")

    def __init__(self, word, pos, after_ref):
        self.word, self.pos, self.after_ref = word, pos, after_ref


def tokens_of(elem):
    """Tokens of an element in document order; after_ref marks the first token after a link."""
    out = []
    state = {"after_ref": False}

    def lines(text):
        for line in (text or "").split("\n"):
            if line.strip():
                cols = line.split("\t")
                out.append(Token(cols[0], cols[1] if len(cols) > 1 else "", state["after_ref"]))
                state["after_ref"] = False

    def walk(e):
        lines(e.text)
        for child in e:
            walk(child)
            state["after_ref"] = child.tag == "ref"
            lines(child.tail)

    walk(elem)
    return out


def sentences_of(elem):
    """The <s> elements of a block, leaving out any inside a figure or caption."""
    if elem.tag == "s":
        return [elem]
    out = []
    for child in elem:
        if child.tag not in ("figure", "caption"):
            out.extend(sentences_of(child))
    return out


def join(tokens):
    """Write tokens as text by the README's spacing rules."""
    text = ""
    prev = None
    double_open = False  # the next double mark closes
    glue_next = False
    for tok in tokens:
        w = tok.word
        space = prev is not None and not glue_next
        glue_next = False
        if w in DOUBLE:
            if double_open:
                space = False
            else:
                glue_next = True
            double_open = not double_open
            if w in ("``", "''"):
                w = '"'
        elif w in SINGLE and tok.pos in ("``", "''"):
            if tok.pos == "``":
                glue_next = True
            else:
                space = False
        elif w in NO_SPACE_BEFORE or w.lower() in CLITICS or w in JOINERS or w.startswith("°"):
            space = False
        elif w.startswith("-") and w not in DASHES and len(w) > 1:
            space = False
        elif tok.after_ref and w == "s":  # "[[boulder]]s": the link and its plural ending are one word
            space = False
        if prev is not None:
            p = prev
            if p in NO_SPACE_AFTER or p in JOINERS or p.endswith(("(", "[", "°")):  # also "country["
                space = False
            elif p.endswith("-") and p not in DASHES and w.lower() not in ("and", "or"):
                space = False
        if space:
            text += " "
        text += w
        prev = tok.word
    return text


def is_dateline(block):
    """True for the page's date template: a block that is nothing but a bold date."""
    hi = block.find(".//hi[@rend='bold']")
    return hi is not None and hi.find(".//date") is not None and len(tokens_of(block)) == len(tokens_of(hi))


def blocks_of(root):
    """(kind, elements) for each block of the page body, in order; a run of sentences outside any
    paragraph (a lead after a figure, a box) is one block."""
    blocks = []
    seen_body = False
    for i, child in enumerate(root):
        if i == 0 and child.tag == "head":  # the page title: the headline comes from the URL
            continue
        if child.tag in ("figure", "caption"):
            blocks.append((child.tag, [child]))
            continue
        if child.tag in ("p", "s") and not seen_body and is_dateline(child):
            seen_body = True
            continue
        seen_body = True
        if child.tag == "s":
            if blocks and blocks[-1][0] == "loose":
                blocks[-1][1].append(child)
            else:
                blocks.append(("loose", [child]))
        elif child.tag == "head":
            blocks.append(("head", [child]))
        elif child.tag == "list" or child.find(".//list") is not None:
            for item in child.iter("item"):
                blocks.append(("item", sentences_of(item)))
            rest = [c for c in child if c.tag not in ("list", "item")]
            if child.tag == "p" and rest:
                blocks.append(("p", [s for c in rest for s in sentences_of(c)]))
        else:
            blocks.append((child.tag, sentences_of(child)))
    return blocks


def render(xml_text, rules):
    """The article's body paragraphs (a list of strings)."""
    root = ET.fromstring(xml_text)
    captions = []  # a figure's caption is repeated after it as loose sentences
    paragraphs = []
    span_end = None  # inside a run of blocks dropped by a "span" rule: the start of its last block
    for kind, sents in blocks_of(root):
        if kind == "caption":  # a caption standing alone, as over a box of match statistics
            continue
        if kind == "figure":
            captions.append(join(tokens_of(sents[0])))
            continue
        if kind == "loose":
            sents = [s for s in sents if not any(join(tokens_of(s)) in c for c in captions)]
        whole = join([t for s in sents for t in tokens_of(s)])
        if not whole:
            continue
        if kind == "head" and any(a == "stop" and whole == m for a, m in rules):
            break
        if any(a == "block" and whole.startswith(m) for a, m in rules):
            continue
        if span_end is None:
            span_end = next((m.split(" | ")[1] for a, m in rules
                             if a == "span" and whole.startswith(m.split(" | ")[0])), None)
        if span_end is not None:
            if whole.startswith(span_end):
                span_end = None
            continue
        kept = []
        for s in sents:
            if any(a == "rest" and join(tokens_of(s)).startswith(m) for a, m in rules):
                break
            kept.append(s)
        text = join([t for s in kept for t in tokens_of(s)])
        if text:
            paragraphs.append(text)
    return paragraphs


def headline(url):
    return unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ")


def read_xml(source, git, commit, path):
    if git:
        return subprocess.run(["git", "--git-dir", source, "show", f"{commit}:{path}"],
                               check=True, capture_output=True).stdout.decode("utf-8")
    with open(os.path.join(source, path), encoding="utf-8") as f:
        return f.read()


def read_checksums(set_dir):
    """{file name: SHA-256} from the set's articles.sha256; a new set has none yet, and every text
    then reports a mismatch."""
    expected = {}
    sums = os.path.join(set_dir, "articles.sha256")
    if os.path.exists(sums):
        with open(sums, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    digest, name = line.split()
                    expected[name] = digest
    return expected


def write_checked(out, name, data, expected, force):
    """Write the prepared text `data` as out/name (a text already there is only compared, unless
    `force`), say whether it matches articles.sha256, and return that."""
    target = os.path.join(out, name)
    if os.path.exists(target) and not force:
        with open(target, "rb") as f:
            same = f.read() == data
        print(f"{name}: exists, not overwritten ({'same text' if same else 'differs; --force to replace'})")
    else:
        with open(target, "wb") as f:
            f.write(data)
    ok = hashlib.sha256(data).hexdigest() == expected.get(name)
    print(f"{name}: {'matches articles.sha256' if ok else 'DIFFERS from articles.sha256'}")
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="an AMALGUM checkout, or its git directory with --git")
    ap.add_argument("--git", action="store_true",
                    help="SOURCE is a git directory: read each file at the commit SOURCES.tsv names")
    ap.add_argument("--commit", help="with --git: read every file at this commit instead")
    ap.add_argument("--out", default=os.path.join(SET, "articles"), help="folder for the texts (default: %(default)s)")
    ap.add_argument("--force", action="store_true", help="overwrite texts that already exist")
    ap.add_argument("--furniture", default=os.path.join(HERE, "furniture.tsv"))
    ap.add_argument("--only", nargs="*", help="stems to prepare (default: all)")
    args = ap.parse_args(argv)

    furniture = read_furniture(args.furniture)
    expected = read_checksums(SET)
    os.makedirs(args.out, exist_ok=True)
    matched = total = 0
    for name, commit, path, url in read_sources():
        stem = name[:-4]
        if args.only and stem not in args.only:
            continue
        total += 1
        rules = furniture.get("*", []) + furniture.get(stem, [])
        try:
            xml_text = read_xml(args.source, args.git, args.commit or commit, path)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"{name}: cannot read {path}: {exc}")
            continue
        text = headline(url) + "\n\n" + "\n\n".join(render(xml_text, rules)) + "\n"
        matched += write_checked(args.out, name, text.encode("utf-8"), expected, args.force)
    print(f"{matched} of {total} match articles.sha256")
    return 0 if matched == total else 1


if __name__ == "__main__":
    sys.exit(main())
