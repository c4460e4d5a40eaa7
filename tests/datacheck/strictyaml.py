# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""A parser for the strict YAML subset of resources/catalogue/*.yaml (standard library only).

The subset (the catalogue's header states it for its editors):
  - two spaces per indentation level, no tabs;
  - comments only on lines of their own, starting with '#';
  - mappings of `key: value` or `key:` followed by a block one level deeper; keys are
    lower-case words (letters, digits, '_'), unique within their mapping;
  - block lists whose entries start with '- ' one level deeper than their key; an entry is a
    value or a mapping whose first key follows the '- ';
  - a value is plain text (letters, digits, spaces and . _ - / + @, starting with a letter, a
    digit, '_' or '/', no leading or trailing space), text in double quotes (escapes \\" and
    \\\\ only; it may go on over more deeply indented lines, joined with one space), or a
    one-line list in brackets [a, b] of such values ([] is the empty list).
Any YAML parser reads such a file as this one does, with every scalar a string here.
Anything else is an error naming its line.
"""
import re

KEY = re.compile(r"[a-z0-9_]+$")
PLAIN = re.compile(r"[A-Za-z0-9_/][A-Za-z0-9_./+@-]*( [A-Za-z0-9_./+@-]+)*$")


class StrictYamlError(ValueError):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


class Line:
    __slots__ = ("number", "indent", "text")

    def __init__(self, number, indent, text):
        self.number, self.indent, self.text = number, indent, text


def _open_quote(text):
    """Whether text ends inside a double-quoted scalar."""
    inside = False
    i = 0
    while i < len(text):
        c = text[i]
        if inside and c == "\\":
            i += 2
            continue
        if c == '"':
            inside = not inside
        i += 1
    return inside


def _lines(text):
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    out = []
    i = 0
    while i < len(raw):
        number, line = i + 1, raw[i]
        i += 1
        if "\t" in line or "\r" in line:
            raise StrictYamlError(number, "tabs and carriage returns are not allowed")
        body = line.lstrip(" ")
        if not body or body.startswith("#"):
            if body == "" and line:
                raise StrictYamlError(number, "a blank line holds spaces")
            continue
        if line != line.rstrip(" "):
            raise StrictYamlError(number, "trailing spaces")
        indent = len(line) - len(body)
        if indent % 2:
            raise StrictYamlError(number, "indentation is not a multiple of two spaces")
        while _open_quote(body):
            if i >= len(raw):
                raise StrictYamlError(number, "a quoted value is not closed")
            more = raw[i]
            i += 1
            rest = more.lstrip(" ")
            if not rest or len(more) - len(rest) <= indent or "\t" in more or more != more.rstrip(" "):
                raise StrictYamlError(i, "a quoted value goes on over a line that is empty, not "
                                         "indented deeper than its key, or has trailing spaces")
            body += " " + rest
        out.append(Line(number, indent, body))
    return out


def _quoted(text, number):
    """(value, rest of text) for text starting with a double quote."""
    out = []
    i = 1
    while i < len(text):
        c = text[i]
        if c == "\\":
            nxt = text[i + 1:i + 2]
            if nxt not in ('"', "\\"):
                raise StrictYamlError(number, f"the escape \\{nxt} is not allowed")
            out.append(nxt)
            i += 2
        elif c == '"':
            return "".join(out), text[i + 1:]
        else:
            out.append(c)
            i += 1
    raise StrictYamlError(number, "a quoted value is not closed")


def _scalar(text, number):
    if text.startswith('"'):
        value, rest = _quoted(text, number)
        if rest:
            raise StrictYamlError(number, f"text after a quoted value: {rest!r}")
        return value
    if not PLAIN.match(text) or ": " in text:
        raise StrictYamlError(number, f"not a plain value of the subset (quote it): {text!r}")
    return text


def _value(text, number):
    if not text.startswith("["):
        return _scalar(text, number)
    if not text.endswith("]"):
        raise StrictYamlError(number, "a bracketed list must end the line with ']'")
    inner = text[1:-1]
    if inner == "":
        return []
    items = []
    while True:
        if inner.startswith('"'):
            value, inner = _quoted(inner, number)
        else:
            end = inner.find(",")
            value, inner = (inner, "") if end < 0 else (inner[:end], inner[end:])
            value = _scalar(value, number)
        items.append(value)
        if inner == "":
            return items
        if not inner.startswith(", "):
            raise StrictYamlError(number, "list items are separated by ', '")
        inner = inner[2:]


def _key_value(line):
    if line.text.endswith(":"):
        key, rest = line.text[:-1], None
    elif ": " in line.text:
        key, rest = line.text.split(": ", 1)
        if rest.startswith(" ") or rest == "":
            raise StrictYamlError(line.number, "one space after ':'")
    else:
        raise StrictYamlError(line.number, "expected 'key: value' or 'key:'")
    if not KEY.match(key):
        raise StrictYamlError(line.number, f"not a key of the subset: {key!r}")
    return key, rest


def _block(lines, i, indent):
    if lines[i].text.startswith("- ") or lines[i].text == "-":
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _mapping(lines, i, indent):
    out = {}
    while i < len(lines) and lines[i].indent == indent and not lines[i].text.startswith("-"):
        line = lines[i]
        key, rest = _key_value(line)
        if key in out:
            raise StrictYamlError(line.number, f"the key {key!r} appears twice")
        i += 1
        if rest is None:
            if i >= len(lines) or lines[i].indent != indent + 2:
                raise StrictYamlError(line.number, f"{key!r} needs a value or a block indented "
                                                   "two more spaces")
            out[key], i = _block(lines, i, indent + 2)
        else:
            out[key] = _value(rest, line.number)
    if i < len(lines) and lines[i].indent > indent:
        raise StrictYamlError(lines[i].number, "unexpected indentation")
    return out, i


def _sequence(lines, i, indent):
    out = []
    while i < len(lines) and lines[i].indent == indent and lines[i].text.startswith("- "):
        line = lines[i]
        item = line.text[2:]
        if item.startswith(" "):
            raise StrictYamlError(line.number, "one space after '-'")
        if item.startswith(("[", '"')) or (": " not in item and not item.endswith(":")):
            out.append(_value(item, line.number))
            i += 1
            continue
        # A mapping whose first key follows the '- ': read it as if indented two more.
        lines[i] = Line(line.number, indent + 2, item)
        value, i = _mapping(lines, i, indent + 2)
        out.append(value)
    if i < len(lines) and lines[i].indent > indent:
        raise StrictYamlError(lines[i].number, "unexpected indentation")
    return out, i


def loads(text):
    """The document (a mapping) of text; StrictYamlError when text leaves the subset."""
    lines = _lines(text)
    if not lines:
        raise StrictYamlError(1, "empty document")
    if lines[0].indent != 0:
        raise StrictYamlError(lines[0].number, "the document must start at the left margin")
    doc, i = _mapping(lines, 0, 0)
    if i != len(lines):
        raise StrictYamlError(lines[i].number, "unexpected text")
    return doc


def load(path):
    with open(path, encoding="utf-8") as f:
        return loads(f.read())
