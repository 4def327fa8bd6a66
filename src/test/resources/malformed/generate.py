#!/usr/bin/env python3
"""Writes the malformed scenario files of this folder, one per case, grouped by category.

Each file holds, where its kind allows, a valid scenario before and after the broken one (ids
starting with 'good'): MalformedInputsTest checks that exactly those still run, and that the
file gives the messages listed in expected.txt. Run it from this folder after changing a case;
then review the messages (MalformedInputsTest prints the ones that differ) and update expected.txt.
"""
import os
import shutil

GOOD_BEFORE = """  - id: good-before
    action: {actor: president, act: dismiss, target: akim-of-region}
    expect:
      - {date: 2023-05-01, verdict: constitutional}
"""
GOOD_AFTER = """  - id: good-after
    action: {actor: president, act: dismiss, target: akim-of-region}
    expect:
      - {date: 2021-05-01, verdict: constitutional}
"""

cases = {}


def raw(category, name, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    cases[f"{category}/{name}.yaml"] = data


def around(category, name, bad, title=None):
    """A file with a valid scenario before and after the broken one."""
    head = "# yaml-language-server: $schema=../../../../../schema/scenario.schema.json\n"
    text = head + (f"title: {title}\n" if title else "") + "scenarios:\n" + GOOD_BEFORE + bad + GOOD_AFTER
    raw(category, name, text)


def action(category, name, fields, check="{date: 2023-05-01, verdict: constitutional}"):
    around(category, name, f"""  - id: bad
    action: {{{fields}}}
    expect:
      - {check}
""")


def check(category, name, entry):
    around(category, name, f"""  - id: bad
    action: {{actor: president, act: dismiss, target: akim-of-region}}
    expect:
      - {entry}
""")


BASE = "actor: president, act: appoint, target: chair-of-national-bank"

# --- broken YAML
b = "broken-yaml"
around(b, "colon-in-plain-value", "  - id: bad\n    title: The President: he dismisses\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "unclosed-flow-list", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region, consents: [senate}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "unclosed-flow-map", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "unclosed-single-quote", "  - id: bad\n    title: 'The President dismisses\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "unclosed-double-quote", "  - id: bad\n    title: \"The President dismisses\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "bad-escape", "  - id: bad\n    title: \"C:\\scenarios\"\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "key-indented-less", "  - id: bad\n    action:\n      actor: president\n     act: dismiss\n      target: akim-of-region\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "key-indented-more", "  - id: bad\n    action:\n      actor: president\n        act: dismiss\n      target: akim-of-region\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "list-item-misaligned", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n     - {date: 2021-05-01, verdict: constitutional}\n")
around(b, "missing-colon", "  - id: bad\n    action\n      actor: president\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "at-sign-starts-value", "  - id: bad\n    title: @president\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "backtick-starts-value", "  - id: bad\n    title: `dismiss`\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "stray-closing-bracket", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}]\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "list-item-inside-map", "  - id: bad\n    action:\n      actor: president\n      - act: dismiss\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "flow-map-missing-comma", "  - id: bad\n    action: {actor: president act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "empty-anchor-name", "  - id: bad\n    action: & {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "flow-list-trailing-text", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region, consents: [senate] majilis}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "unclosed-list-at-end", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n      - [unclosed\n")
raw(b, "top-level-dedent", "scenarios:\n  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n title: misplaced\n")
raw(b, "directive-in-the-middle", "scenarios:\n" + GOOD_BEFORE + "%YAML 1.2\n" + GOOD_AFTER.replace("good-after", "after-directive"))
raw(b, "only-a-colon", ":\n")
raw(b, "unclosed-everything", "scenarios: [{id: bad, action: {actor: president\n")
raw(b, "broken-header-valid-scenarios", "title: 'unclosed\nscenarios:\n" + GOOD_BEFORE + GOOD_AFTER)
around(b, "question-mark-key", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    ? [complex, key]\n    : value\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(b, "two-bad-scenarios", "  - id: bad-one\n    title: a: b\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n  - id: bad-two\n    title: 'unclosed\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")

# --- wrong types at every field
w = "wrong-types"
raw(w, "file-title-list", "title: [a, b]\nscenarios:\n" + GOOD_BEFORE + GOOD_AFTER)
raw(w, "file-title-map", "title: {a: b}\nscenarios:\n" + GOOD_BEFORE + GOOD_AFTER)
raw(w, "scenarios-map", "scenarios: {id: x}\n")
raw(w, "scenarios-string", "scenarios: all of them\n")
raw(w, "scenarios-number", "scenarios: 3\n")
raw(w, "scenarios-empty-list", "scenarios: []\n")
raw(w, "scenarios-null", "scenarios:\n")
around(w, "scenario-string", "  - just a sentence\n")
around(w, "scenario-list", "  - [a, b]\n")
around(w, "scenario-null", "  -\n")
for name, value in [("id-number", "42"), ("id-list", "[a, b]"), ("id-map", "{a: b}"), ("id-bool", "true"), ("id-empty", "''"), ("id-null", "~")]:
    around(w, name, f"  - id: {value}\n    action: {{actor: president, act: dismiss, target: akim-of-region}}\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n")
for name, value in [("title-list", "[a]"), ("title-map", "{a: 1}"), ("title-number", "7")]:
    around(w, name, f"  - id: bad\n    title: {value}\n    action: {{actor: president, act: dismiss, target: akim-of-region}}\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n")
for name, value in [("action-list", "[president, dismiss, akim-of-region]"), ("action-string", "president dismisses akim-of-region"), ("action-number", "1"), ("action-null", "~")]:
    around(w, name, f"  - id: bad\n    action: {value}\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n")
for name, value in [("expect-map", "{date: 2023-05-01, verdict: constitutional}"), ("expect-string", "constitutional"), ("expect-empty-list", "[]"), ("expect-null", "~")]:
    around(w, name, f"  - id: bad\n    action: {{actor: president, act: dismiss, target: akim-of-region}}\n    expect: {value}\n")
for name, value in [("check-string", "constitutional on 2023-05-01"), ("check-list", "[2023-05-01, constitutional]"), ("check-number", "2023")]:
    check(w, name, value)
for name, value in [("date-list", "[2023-05-01]"), ("date-map", "{y: 2023}"), ("date-bool", "true"), ("date-null", "~")]:
    check(w, name, f"{{date: {value}, verdict: constitutional}}")
for name, value in [("verdict-number", "1"), ("verdict-list", "[constitutional]"), ("verdict-map", "{is: constitutional}"), ("verdict-bool", "true"), ("verdict-yes", "yes"), ("verdict-null", "~")]:
    check(w, name, f"{{date: 2023-05-01, verdict: {value}}}")
for name, value in [("cites-map", "{art: 87}"), ("cites-number", "87"), ("cites-list-of-numbers", "[87, 44]"), ("cites-list-of-lists", "[[Art. 87(4)]]")]:
    check(w, name, f"{{date: 2021-05-01, verdict: constitutional, cites: {value}}}")
for field in ["actor", "act", "target"]:
    for name, value in [("list", "[president]"), ("map", "{name: president}"), ("bool", "true"), ("null", "~"), ("empty", "''")]:
        fields = {"actor": "president", "act": "dismiss", "target": "akim-of-region"}
        fields[field] = value
        action(w, f"{field}-{name}", ", ".join(f"{k}: {v}" for k, v in fields.items()))
for field in ["consents", "consulted", "opinions", "circumstances"]:
    for name, value in [("map", "{senate: true}"), ("bool", "true"), ("list-of-maps", "[{name: senate}]"), ("list-of-lists", "[[senate]]")]:
        action(w, f"{field}-{name}", f"{BASE}, {field}: {value}")
for name, value in [("list", "[prime-minister]"), ("map", "{by: prime-minister}"), ("bool", "true"), ("null", "~")]:
    action(w, f"proposedBy-{name}", f"{BASE}, proposedBy: {value}")
for name, value in [("string", "two"), ("zero", "0"), ("negative", "-1"), ("fraction", "1.5"), ("huge", "99999999999999999999"), ("bool", "true"), ("list", "[2]"), ("too-many", "1001")]:
    action(w, f"candidates-{name}", f"{BASE}, candidates: {value}")
for name, value in [("list", "[closeRelativeOfPresident]"), ("string", "a relative"), ("bool", "true"), ("number", "1")]:
    action(w, f"appointee-{name}", f"{BASE}, appointee: {value}")
for key in ["closeRelativeOfPresident", "partyMember", "firstPresident", "electedUnderOneTermRule", "heldThisOfficeBefore", "heldThisOfficeSince2026"]:
    for name, value in [("string", "'yes'"), ("number", "1")]:
        action(w, f"appointee-{key}-{name}", f"{BASE}, appointee: {{{key}: {value}}}")
for name, value in [("string", "two"), ("negative", "-1"), ("fraction", "1.5"), ("huge", "11"), ("bool", "true")]:
    action(w, f"appointee-termsInARow-{name}", f"{BASE}, appointee: {{termsInARow: {value}}}")
MAJ = "actor: majilis, act: no-confidence, target: government"
for field in ["votes", "initiative"]:
    for name, value in [("list", "[70, 98]"), ("string", "70 of 98"), ("number", "70"), ("empty-map", "{}"), ("for-only", "{for: 70}"), ("of-only", "{of: 98}"),
                        ("for-string", "{for: many, of: 98}"), ("fraction", "{for: 70.5, of: 98}"), ("more-for-than-of", "{for: 99, of: 98}"),
                        ("negative", "{for: -1, of: 98}"), ("of-zero", "{for: 0, of: 0}"), ("of-huge", "{for: 1, of: 1000000000000}"),
                        ("unknown-key", "{for: 70, of: 98, against: 28}")]:
        action(w, f"{field}-{name}", f"{MAJ}, {field}: {value}")
VOTERS = "actor: voters, act: amend, target: constitution, opinions: [constitutional-court]"
for field, value in [("turnout", "{for: 6000001, of: 12000000, against: 5999999}"), ("turnout", "{for: 12000001, of: 12000000}"),
                     ("turnout", "{for: 1, of: 200000000}"), ("regions", "{for: 21, of: 20}"), ("regions", "{for: 14, of: 200000}"), ("regions", "14 of 20")]:
    name = {"{for: 6000001, of: 12000000, against: 5999999}": "unknown-key", "{for: 12000001, of: 12000000}": "more-for-than-of",
            "{for: 1, of: 200000000}": "of-huge", "{for: 21, of: 20}": "more-for-than-of", "{for: 14, of: 200000}": "of-huge",
            "14 of 20": "string"}[value]
    action(w, f"{field}-{name}", f"{VOTERS}, {field}: {value}")
action(w, "votes-of-body-not-tally", "actor: parliament, act: amend, target: constitution, votes: {majilis: 80}")
action(w, "votes-of-body-list", "actor: parliament, act: amend, target: constitution, votes: {majilis: [80, 98]}")

# --- unknown names at every field
u = "unknown-names"
action(u, "actor", "actor: presidnet, act: dismiss, target: akim-of-region")
action(u, "actor-far-off", "actor: king, act: dismiss, target: akim-of-region")
action(u, "act", "actor: president, act: fyre, target: akim-of-region")
action(u, "target", "actor: president, act: dismiss, target: akim-of-oblst")
action(u, "consents", f"{BASE}, consents: [senat]")
action(u, "consents-second-item", f"{BASE}, consents: [senate, majliss]")
action(u, "proposedBy", f"{BASE}, proposedBy: prime-ministr")
action(u, "consulted", f"{BASE}, consulted: [majilis-deputies]")
action(u, "opinions", f"{BASE}, opinions: [constitutional-cort]")
action(u, "circumstances", f"{BASE}, circumstances: [state-of-emergancy]")
action(u, "votes-body", "actor: parliament, act: amend, target: constitution, votes: {majliss: {for: 80, of: 98}}")
check(u, "verdict", "{date: 2023-05-01, verdict: constitutionnal}")
check(u, "verdict-short", "{date: 2023-05-01, verdict: c}")
action(u, "cyrillic-actor", "actor: царь, act: dismiss, target: akim-of-region")
action(u, "zero-width-space-in-name", "actor: \u200bpresident, act: dismiss, target: akim-of-region")
action(u, "instrument-as-actor", "actor: law, act: dismiss, target: akim-of-region")
action(u, "office-as-consenting-body", f"{BASE}, consents: [akim-of-district]")
action(u, "instrument-as-proposer", f"{BASE}, proposedBy: law")
action(u, "act-as-target", "actor: president, act: dismiss, target: appoint")
action(u, "circumstance-as-consent", f"{BASE}, consents: [martial-law]")
check(u, "cites-not-a-provision", "{date: 2021-05-01, verdict: constitutional, cites: ['87(4)']}")
check(u, "cites-article-word", "{date: 2021-05-01, verdict: constitutional, cites: ['Article eighty-seven']}")
raw(u, "file-field", "titel: A file\nscenarios:\n" + GOOD_BEFORE + GOOD_AFTER)
around(u, "scenario-field", "  - id: bad\n    titel: A scenario\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
action(u, "action-field", f"{BASE}, consent: [senate]")
action(u, "action-field-far-off", f"{BASE}, mood: cheerful")
action(u, "action-field-turnout", "actor: voters, act: amend, target: constitution, turnot: {for: 6000001, of: 12000000}")
check(u, "check-field-on", "{on: 2023-05-01, verdict: constitutional}")
check(u, "check-field", "{date: 2023-05-01, verdict: constitutional, reason: obvious}")
action(u, "appointee-field", f"{BASE}, appointee: {{relative: true}}")
action(u, "tally-field", f"{MAJ}, votes: {{yes: 70, of: 98}}")

# --- numbers where names belong
n = "numbers-for-names"
action(n, "actor", "actor: 1, act: dismiss, target: akim-of-region")
action(n, "act", "actor: president, act: 3.14, target: akim-of-region")
action(n, "target", "actor: president, act: dismiss, target: 0x10")
action(n, "consents", f"{BASE}, consents: [1, 2]")
action(n, "circumstances", f"{BASE}, circumstances: [42]")
action(n, "proposedBy", f"{BASE}, proposedBy: 7")
action(n, "votes-body", "actor: parliament, act: amend, target: constitution, votes: {1: {for: 80, of: 98}}")
check(n, "verdict", "{date: 2023-05-01, verdict: 0}")
action(n, "opinions", f"{BASE}, opinions: [1e3]")

# --- dates
d = "dates"
for name, value in [("30-february-leap-year", "2024-02-30"), ("29-february-common-year", "2023-02-29"), ("31-april", "2023-04-31"),
                    ("month-13", "2023-13-01"), ("month-0", "2023-00-10"), ("day-32", "2023-01-32"), ("day-0", "2023-01-00"),
                    ("year-999999999", "999999999-01-01"), ("plus-year-999999999", "'+999999999-01-01'"), ("before-1990", "1989-12-31"),
                    ("after-2100", "2101-01-01"), ("year-0", "0000-01-01"), ("negative-year", "'-2023-01-01'"), ("slashes", "2023/05/01"),
                    ("american", "05-01-2023"), ("year-and-month", "2023-05"), ("number", "20230501"), ("word", "yesterday"),
                    ("dotted-30-february", "30.02.2024"), ("dotted-31-april", "31.04.2023"), ("dotted-month-13", "01.13.2023"),
                    ("dotted-year-999999", "01.05.999999"), ("dotted-day-32", "32.01.2023"), ("with-time", "2023-05-01T10:00"),
                    ("trailing-text", "2023-05-01 or so"), ("two-digit-year", "01.05.23"), ("huge-year-digits", "99999999999999999999-01-01"),
                    ("empty", "''"), ("fraction", "2023.5")]:
        check(d, name, f"{{date: {value}, verdict: constitutional}}")

# --- duplicate ids and keys, ids that are not kebab-case
k = "duplicates"
around(k, "duplicate-id", "  - id: good-before\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(k, "duplicate-id-twice", "  - id: first\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n  - id: first\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n  - id: first\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(k, "duplicate-key-in-scenario", "  - id: bad\n    id: bad-again\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(k, "duplicate-key-in-action", "  - id: bad\n    action:\n      actor: president\n      act: dismiss\n      act: appoint\n      target: akim-of-region\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
action(k, "duplicate-key-in-flow-action", "actor: president, act: dismiss, target: akim-of-region, target: akim-of-district")
check(k, "duplicate-key-in-check", "{date: 2023-05-01, date: 2021-05-01, verdict: constitutional}")
action(k, "duplicate-key-in-appointee", f"{BASE}, appointee: {{partyMember: true, partyMember: false}}")
action(k, "duplicate-key-in-tally", f"{MAJ}, votes: {{for: 70, for: 71, of: 98}}")
action(k, "duplicate-body-in-votes", "actor: parliament, act: amend, target: constitution, votes: {majilis: {for: 80, of: 98}, majilis: {for: 1, of: 98}}")
raw(k, "duplicate-key-in-file", "title: one\ntitle: two\nscenarios:\n" + GOOD_BEFORE + GOOD_AFTER)
raw(k, "duplicate-scenarios-key", "scenarios:\n" + GOOD_BEFORE + "scenarios:\n" + GOOD_AFTER.replace("good-after", "ignored"))
for name, value in [("id-upper-case", "Bad-Id"), ("id-underscore", "bad_id"), ("id-spaces", "'bad id'"), ("id-trailing-dash", "bad-"), ("id-cyrillic", "плохой")]:
    around(k, name, f"  - id: {value}\n    action: {{actor: president, act: dismiss, target: akim-of-region}}\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n")

# --- missing fields
m = "missing-fields"
raw(m, "no-scenarios-key", "title: A file without scenarios\n")
around(m, "no-id", "  - action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(m, "no-action", "  - id: bad\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(m, "no-expect", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n")
for field in ["actor", "act", "target"]:
    fields = {"actor": "president", "act": "dismiss", "target": "akim-of-region"}
    del fields[field]
    action(m, f"no-{field}", ", ".join(f"{k}: {v}" for k, v in fields.items()))
check(m, "no-date", "{verdict: constitutional}")
check(m, "no-verdict", "{date: 2023-05-01}")
action(m, "empty-action-map", "")

# --- empty files and documents
e = "empty"
raw(e, "empty-file", "")
raw(e, "only-spaces", "   \n\n   \n")
raw(e, "only-comments", "# a scenario file\n# with nothing in it\n")
raw(e, "only-document-start", "---\n")
raw(e, "document-start-and-end", "---\n...\n")
raw(e, "tilde", "~\n")
raw(e, "null-word", "null\n")
raw(e, "empty-map", "{}\n")
raw(e, "empty-list", "[]\n")
raw(e, "a-scalar", "hello\n")
raw(e, "a-list-of-scenarios", "- id: bad\n  action: {actor: president, act: dismiss, target: akim-of-region}\n")
raw(e, "only-a-newline", "\n")

# --- several documents
s = "documents"
raw(s, "two-documents", "scenarios:\n" + GOOD_BEFORE + "---\nscenarios:\n" + GOOD_AFTER.replace("good-after", "bad-second-document"))
raw(s, "three-documents", "scenarios:\n" + GOOD_BEFORE + "---\ntitle: two\n---\ntitle: three\n")
raw(s, "document-end-then-more", "scenarios:\n" + GOOD_BEFORE + "...\n---\ntitle: more\n")
raw(s, "start-marker-then-two", "---\nscenarios:\n" + GOOD_BEFORE + "---\n- a list\n")

# --- anchors, aliases and alias bombs
a = "aliases"
lol = "a: &a [x, x, x, x, x, x, x, x, x]\n"
for i, letter in enumerate("bcdefghi"):
    prev = "abcdefghi"[i]
    lol += f"{letter}: &{letter} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
raw(a, "billion-laughs", lol + "scenarios:\n" + GOOD_BEFORE)
raw(a, "wide-alias-bomb", "a: &a [" + ", ".join(["x"] * 1000) + "]\nb: [" + ", ".join(["*a"] * 100) + "]\nscenarios:\n" + GOOD_BEFORE)
raw(a, "too-many-aliases", "scenarios:\n  - id: good-before\n    action: &act {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n"
    + "".join(f"  - id: bad-{i}\n    action: *act\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n" for i in range(101)))
around(a, "undefined-alias", "  - id: bad\n    action: *nothing\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(a, "alias-before-anchor", "  - id: bad\n    action: *later\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n  - id: good-anchor\n    action: &later {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(a, "merge-key", "  - id: bad\n    action:\n      <<: {actor: president, act: dismiss}\n      target: akim-of-region\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(a, "alias-of-wrong-kind", "  - id: bad\n    action: {actor: &who president, act: dismiss, target: *who}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(a, "self-reference", "  - id: bad\n    action: &self {actor: president, act: dismiss, target: akim-of-region, consents: *self}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")

# --- deep nesting
n2 = "nesting"
raw(n2, "deep-flow-lists", "scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    title: " + "[" * 30 + "]" * 30 + "\n")
raw(n2, "very-deep-flow-lists", "title: " + "[" * 5000 + "]" * 5000 + "\nscenarios:\n" + GOOD_BEFORE)
raw(n2, "deep-block-maps", "scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action:\n" + "".join("  " * (i + 3) + f"k{i}:\n" for i in range(25)) + "  " * 28 + "end: 1\n")
raw(n2, "deep-flow-maps", "scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action: " + "{a: " * 30 + "1" + "}" * 30 + "\n")

# --- very long lines and files
l = "long"
action(l, "long-actor-name", "actor: " + "p" * 100000 + ", act: dismiss, target: akim-of-region")
action(l, "long-unknown-field", f"{BASE}, " + "x" * 5000 + ": 1")
check(l, "long-date", "{date: " + "2023-05-01" * 2000 + ", verdict: constitutional}")
check(l, "long-verdict", "{date: 2023-05-01, verdict: " + "constitutional" * 3000 + "}")
raw(l, "too-many-scenarios", "scenarios:\n" + GOOD_BEFORE + "".join(
    f"  - id: s-{i}\n    action: {{actor: president, act: dismiss, target: akim-of-region}}\n    expect:\n      - {{date: 2023-05-01, verdict: constitutional}}\n"
    for i in range(1000)))
around(l, "too-many-checks", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n"
       + "".join("      - {date: 2023-05-01, verdict: constitutional}\n" for _ in range(201)))

# --- bytes: binary, invalid UTF-8, other encodings, BOMs, control characters
y = "bytes"
good = ("scenarios:\n" + GOOD_BEFORE).encode()
raw(y, "nul-bytes", good.replace(b"good-before", b"unread") + b"\x00\x00\x00\n")
raw(y, "png-header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
raw(y, "invalid-byte-ff", b"scenarios:\n  - id: bad\n    title: caf\xff\n")
raw(y, "truncated-sequence", b"scenarios:\n  - id: bad\n    title: \xd0\n")
raw(y, "overlong-encoding", b"scenarios:\n  - id: bad\n    title: \xc0\xaf\n")
raw(y, "windows-1251-cyrillic", "scenarios:\n  - id: bad\n    title: Президент\n".encode("cp1251"))
raw(y, "utf-16-le-bom", b"\xff\xfe" + "scenarios:\n".encode("utf-16-le"))
raw(y, "utf-16-be-bom", b"\xfe\xff" + "scenarios:\n".encode("utf-16-be"))
raw(y, "utf-32-le-bom", b"\xff\xfe\x00\x00" + "scenarios:\n".encode("utf-32-le"))
raw(y, "utf-32-be-bom", b"\x00\x00\xfe\xff" + "scenarios:\n".encode("utf-32-be"))
raw(y, "bell-character", "scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    title: ding\u0007\n")
raw(y, "escape-character", "scenarios:\n  - id: bad\n    title: \u001b[31mred\n")
raw(y, "utf-8-bom-with-bad-scenario", b"\xef\xbb\xbf" + ("scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action: {actor: presidnet, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n" + GOOD_AFTER).encode())
raw(y, "bom-inside-a-name", ("scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action: {actor: pres\ufeffident, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n" + GOOD_AFTER).encode())


# --- line ends and tabs
t = "whitespace"
raw(t, "crlf-with-bad-scenario", ("scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action: {actor: presidnet, act: dismiss, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n" + GOOD_AFTER).replace("\n", "\r\n"))
raw(t, "mixed-line-ends", ("scenarios:\n" + GOOD_BEFORE).replace("\n", "\r\n") + "  - id: bad\n    action: {actor: president, act: fyre, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n" + GOOD_AFTER)
raw(t, "cr-only-line-ends", ("scenarios:\n" + GOOD_BEFORE + "  - id: bad\n    action: {actor: president, act: fyre, target: akim-of-region}\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n").replace("\n", "\r"))
around(t, "tab-indentation", "  - id: bad\n    action:\n\tactor: president\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")
around(t, "tab-before-list-item", "  - id: bad\n    action: {actor: president, act: dismiss, target: akim-of-region}\n    expect:\n\t- {date: 2023-05-01, verdict: constitutional}\n")
raw(t, "tab-indented-file", "scenarios:\n\t- id: bad\n")
around(t, "non-breaking-space-indent", "  - id: bad\n    action:\n\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0actor: president\n    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n")

# --- YAML tags
g = "tags"
action(g, "java-process-builder", "actor: !!java.lang.ProcessBuilder [touch, /tmp/pwned], act: dismiss, target: akim-of-region")
action(g, "java-url-classloader", "actor: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]], act: dismiss, target: akim-of-region")
action(g, "python-object-apply", "actor: !!python/object/apply:os.system [\"echo pwned\"], act: dismiss, target: akim-of-region")
action(g, "python-name", "actor: !!python/name:os.system president, act: dismiss, target: akim-of-region")
action(g, "local-tag", "actor: !president president, act: dismiss, target: akim-of-region")
action(g, "set-tag", f"{BASE}, consents: !!set {{senate: ~}}")
action(g, "timestamp-tag", "actor: president, act: dismiss, target: akim-of-region", "{date: !!timestamp 2023-05-01, verdict: constitutional}")
action(g, "ruby-tag", "actor: !ruby/object:Gem::Installer president, act: dismiss, target: akim-of-region")

# --- with a valid file beside the broken ones, the run must still pass its checks
if os.path.isdir("cases"):
    shutil.rmtree("cases")
for path, data in sorted(cases.items()):
    full = os.path.join("cases", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
print(len(cases), "cases")
