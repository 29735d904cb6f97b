#!/usr/bin/env python3
"""WCAG 2.1 contrast check for every colour pair defined by assets/css/app.css.

Reads the --care-* custom properties from app.css (so the table stays in sync with the CSS),
prints a Markdown table and exits 1 if a pair is below its threshold
(4.5:1 for text, 3:1 for large/bold text >= 18.66px bold, UI boundaries and focus rings).
Usage: python3 tests/style/contrast.py [--markdown]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CSS = os.path.join(HERE, "..", "..", "assets", "css", "app.css")


def load_vars(path):
    text = open(path, encoding="utf-8").read()
    root = text[text.index(":root {"):text.index("}", text.index(":root {"))]
    return {m.group(1): m.group(2).lower() for m in re.finditer(r"--(care-[a-z0-9-]+):\s*(#[0-9a-fA-F]{3,6})", root)}


def lum(hexcol):
    h = hexcol.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    rgb = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# (foreground, background, minimum, where it is used). Names are --care-* variables or literal hex.
PAIRS = [
    ("care-text", "care-bg", 4.5, "body text"),
    ("care-text", "care-bg-alt", 4.5, "text on striped rows / modal footer"),
    ("care-dark", "care-bg", 4.5, "headings"),
    ("care-text-muted", "care-bg", 4.5, "help text, captions, meta"),
    ("care-text-muted", "care-primary-light", 4.5, "muted text in headline / light panels"),
    ("care-text-muted", "care-bg-alt", 4.5, "muted text on grey rows"),
    ("care-primary", "care-bg", 4.5, "links, outline buttons, step labels"),
    ("care-primary", "care-primary-light", 4.5, "links on light blue"),
    ("care-primary-dark", "care-primary-light", 4.5, "badge, level-help title, segmented hover"),
    ("#ffffff", "care-primary", 4.5, "btn-primary, header centre, nav"),
    ("#ffffff", "care-primary-hover", 4.5, "btn-primary:hover"),
    ("#ffffff", "care-primary-dark", 4.5, "nav current, footer main"),
    ("#ffffff", "care-primary-darker", 4.5, "footer small prints"),
    ("#ffffff", "care-slim", 4.5, "header slim bar, IT|EN"),
    ("care-slim", "#ffffff", 4.5, "pressed language button"),
    ("#ffffff", "care-text-muted", 4.5, "btn-secondary, N/A checked"),
    ("#ffffff", "#4a5a6a", 4.5, "btn-secondary:hover"),
    ("#ffffff", "care-danger", 4.5, "btn-danger"),
    ("#ffffff", "#9c1f35", 4.5, "btn-danger:hover"),
    ("care-danger", "care-bg", 4.5, "invalid-feedback"),
    ("#ffffff", "care-success", 4.5, "count-badge complete, done step"),
    ("care-success", "care-bg", 4.5, "done step label"),
    ("#ffffff", "care-dark", 4.5, "toast"),
    ("#00573a", "care-success-light", 4.5, "badge-success, tag-sourced, callout success title"),
    ("#6b4000", "care-warning-light", 4.5, "badge-warning, tag-assumption, callout warning title"),
    ("#8f1f33", "care-danger-light", 4.5, "badge-danger, callout danger title"),
    ("care-warning", "care-bg", 4.5, "'da compilare' marker"),
    ("care-band-basso", "care-danger-light", 4.5, "band-basso chip"),
    ("care-band-sufficiente", "care-warning-light", 4.5, "band-sufficiente chip"),
    ("#ffffff", "care-band-elevato", 4.5, "band-elevato chip, class-spinta"),
    ("care-dark", "#ffffff", 4.5, "class-blocchi"),
    ("care-primary-dark", "#ffffff", 4.5, "class-stacco"),
    ("care-dark", "care-primary-light", 4.5, "score headline number"),
    ("care-text", "care-primary-light", 4.5, "callout note / level-help body text"),
    ("care-text", "care-warning-light", 4.5, "callout warning body text"),
    ("care-text", "care-success-light", 4.5, "callout success body text"),
    # Non-text (WCAG 1.4.11): >= 3:1
    ("care-border-strong", "care-bg", 3.0, "form control and radio boundaries"),
    ("care-danger", "care-bg", 3.0, "aria-invalid border"),
    ("care-focus-out", "care-bg", 3.0, "focus ring (black) on white"),
    ("care-focus-out", "care-primary-light", 3.0, "focus ring on light blue"),
    ("#ffffff", "care-primary", 3.0, "focus ring (white) on header/nav blue"),
    ("#ffffff", "care-slim", 3.0, "focus ring (white) on slim bar"),
    ("#ffffff", "care-primary-darker", 3.0, "focus ring (white) on footer"),
    ("care-primary", "care-bg", 3.0, "checked segmented / progress bar vs white"),
    ("care-primary", "#d8dadc", 3.0, "progress bar vs track"),
]


def main():
    v = load_vars(CSS)
    col = lambda n: n if n.startswith("#") else v[n]
    failures = 0
    print("| foreground | background | ratio | min | use | ok |")
    print("|---|---|---:|---:|---|---|")
    for fg, bg, need, use in PAIRS:
        r = ratio(col(fg), col(bg))
        ok = r >= need
        failures += not ok
        name = lambda n: f"`{n}` {col(n)}" if not n.startswith("#") else n
        print(f"| {name(fg)} | {name(bg)} | {r:.2f}:1 | {need}:1 | {use} | {'yes' if ok else '**NO**'} |")
    print(f"\n{len(PAIRS) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
