"""Every message a user can see about a bad article, in one place."""
from __future__ import annotations


class ArticleError(Exception):
    """An article that cannot become an explainer; the message names the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


EMPTY = "the file is empty"
WHITESPACE_ONLY = "the file holds only whitespace"
NO_BODY = "the file has a headline but no paragraphs"
BINARY = "the file is binary, not text (it holds NUL bytes or other control codes)"
TOO_LARGE = "the file is {size} MB; the limit is {limit} MB (raise it with --max-article-mb or the plugin's max_article_mb)"
UNDECODABLE = "the file starts with a UTF-16 byte-order mark but is not valid UTF-16"
BAD_FRONT_MATTER = "the front matter is not valid YAML: {detail}"
UNCLOSED_FRONT_MATTER = "the front matter opened with --- on the first line is never closed with another ---"
HEADLINE_TOO_LONG = "the headline is {length} characters long (at most {limit}): put the headline alone on the first line"
FRONT_MATTER_NOT_MAPPING = "the front matter must be a mapping of keys to values"
NOT_A_FILE = "not a regular file"
OUTSIDE_SEEDS = "the path leads outside the seeds folder"
UNREADABLE = "the file cannot be read: {detail}"
BAD_CORRECTIONS = "the corrections file {name} is not valid: {detail}"
INTERNAL = "the generator failed on this article ({detail}); please report it with the file attached"
SECTION_FAILED = ("{file}: the {section} section could not be extracted ({detail}); the page is built without it. "
                  "Please report it with the file attached")
