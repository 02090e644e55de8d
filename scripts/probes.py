#!/usr/bin/env python3
"""Probe articles: the team's own articles with written expectations, scored against the CLI.

Probe files live in tests/Probes/*.txt. One file holds many articles:

    === en-31-english-001
    A drone strike on Kharkiv killed three people and injured 12, officials said.
    # E: killed 3 exact event; injured 12 exact event

- `=== <id>` starts an article (ids unique across all files; the first two letters are its language).
- `# E:` lines hold what the analyzer must find: items split by `;`, each `kind value [qualifier] [scope]`
  (wire names: killed, injured, casualties, drones_launched, drones_downed, missiles_launched, missiles_downed;
  exact, at_least, more_than, about, nearly, up_to; event, cumulative). `# E: none` = no figure at all.
  Qualifier and scope are checked only where written. Never put a comment on an `# E:` line.
- Other lines starting with `#` are comments; neither kind of line is part of the article's text.
- An article without `# E:` is unjudged: `compare` shows its changes, `score` skips it.

  python3 scripts/probes.py score   CLI_DIR [files...] [--misses] [--lang xx]
  python3 scripts/probes.py compare OLD_CLI_DIR NEW_CLI_DIR [files...] [--all]

CLI_DIR holds the built `reports` program (functions/Reports.Cli/bin/Release/net10.0). Files default to
tests/Probes/*.txt. Python 3 standard library only.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"killed": "killed", "injured": "injured", "casualties": "casualties",
         "drones_launched": "drones_launched", "drones_downed": "drones_downed",
         "missiles_launched": "missiles_launched", "missiles_downed": "missiles_downed",
         "dl": "drones_launched", "dd": "drones_downed", "ml": "missiles_launched", "md": "missiles_downed"}
QUALS = {"exact", "at_least", "more_than", "about", "nearly", "up_to"}
SCOPES = {"event", "cumulative"}


def parse_files(files):
    arts = []
    seen = set()
    for path in files:
        cur = None
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if line.startswith("=== "):
                    ident = line[4:].split()[0]
                    if ident in seen:
                        sys.exit(f"{path}:{n}: duplicate probe id {ident}")
                    seen.add(ident)
                    cur = {"id": ident, "file": path, "line": n, "text": [], "expect": None}
                    arts.append(cur)
                elif cur is None:
                    continue
                elif line.startswith("# E:"):
                    body = line[4:].strip()
                    if cur["expect"] is None:
                        cur["expect"] = []
                    if body.lower() == "none":
                        continue
                    for item in body.split(";"):
                        item = item.strip()
                        if not item:
                            continue
                        parts = item.split()
                        if len(parts) < 2 or parts[0] not in KINDS or not re.fullmatch(r"\d+", parts[1]):
                            sys.exit(f"{path}:{n}: cannot read expectation '{item}'")
                        e = {"kind": KINDS[parts[0]], "value": int(parts[1]), "qualifier": None, "scope": None}
                        for p in parts[2:]:
                            if p in QUALS:
                                e["qualifier"] = p
                            elif p in SCOPES:
                                e["scope"] = p
                            else:
                                sys.exit(f"{path}:{n}: unknown word '{p}' in '{item}'")
                        cur["expect"].append(e)
                elif line.startswith("#"):
                    continue
                else:
                    cur["text"].append(line)
    for a in arts:
        a["text"] = "\n".join(a["text"]).strip() + "\n"
    return arts


def run_cli(cli, arts):
    exe = os.path.join(cli, "reports")
    out = {}
    with tempfile.TemporaryDirectory(prefix="probes-") as d:
        names = {}
        for a in arts:
            name = re.sub(r"[^A-Za-z0-9._-]", "_", a["id"]) + ".txt"
            names[name] = a["id"]
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(a["text"])
        proc = subprocess.run([exe, "analyze", d, "--sentences", "0"], capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            if line.startswith("{"):
                obj = json.loads(line)
                base = os.path.basename(obj.get("source", ""))
                if base in names:
                    out[names[base]] = obj
        if not out:
            sys.exit(f"{exe} printed nothing usable (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return out


def match(expect, figs):
    """Pairs expected items with found figures by kind and value; returns (pairs, missed, extra)."""
    pool = list(figs)
    pairs, missed = [], []
    for e in expect:
        hit = None
        # prefer a figure that also agrees on qualifier and scope
        best = -1
        for i, f in enumerate(pool):
            if f["kind"] == e["kind"] and int(f["value"]) == e["value"]:
                s = (e["qualifier"] in (None, f.get("qualifier"))) + (e["scope"] in (None, f.get("scope")))
                if s > best:
                    best, hit = s, i
        if hit is None:
            missed.append(e)
        else:
            pairs.append((e, pool.pop(hit)))
    return pairs, missed, pool


def judge(a, obj):
    figs = (obj or {}).get("figures") or []
    pairs, missed, extra = match(a["expect"], figs)
    qual = [(e["qualifier"] == f.get("qualifier")) for e, f in pairs if e["qualifier"]]
    scope = [(e["scope"] == f.get("scope")) for e, f in pairs if e["scope"]]
    right = not missed and not extra and all(qual) and all(scope)
    return {"tp": len(pairs), "fn": len(missed), "fp": len(extra), "qual": qual, "scope": scope,
            "right": right, "missed": missed, "extra": extra, "pairs": pairs}


def fmt_fig(f):
    return f"{f['kind']} {f['value']} {f.get('qualifier') or ''} {f.get('scope') or ''}".strip()


def default_files(files):
    return files or sorted(glob.glob(os.path.join(ROOT, "tests", "Probes", "*.txt")))


def cmd_score(args):
    arts = [a for a in parse_files(default_files(args.files)) if a["expect"] is not None]
    if args.lang:
        arts = [a for a in arts if a["id"][:2] == args.lang]
    out = run_cli(args.cli, arts)
    tot = Counter()
    by_lang = defaultdict(Counter)
    for a in arts:
        j = judge(a, out.get(a["id"]))
        for c in (tot, by_lang[a["id"][:2]]):
            c["n"] += 1
            c["tp"] += j["tp"]; c["fn"] += j["fn"]; c["fp"] += j["fp"]
            c["right"] += j["right"]
            c["q"] += sum(j["qual"]); c["qn"] += len(j["qual"])
            c["s"] += sum(j["scope"]); c["sn"] += len(j["scope"])
        if args.misses and not j["right"]:
            print(f"-- {a['id']} ({os.path.basename(a['file'])}:{a['line']})")
            for e in j["missed"]:
                print(f"   missed {fmt_fig(e)}")
            for f in j["extra"]:
                print(f"   extra  {fmt_fig(f)} | {f.get('evidence', '')[:140]}")
            for e, f in j["pairs"]:
                if (e["qualifier"] and e["qualifier"] != f.get("qualifier")) or (e["scope"] and e["scope"] != f.get("scope")):
                    print(f"   wrong  {fmt_fig(f)} (want {fmt_fig(e)})")

    def line(name, c):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        q = c["q"] / c["qn"] if c["qn"] else 1.0
        s = c["s"] / c["sn"] if c["sn"] else 1.0
        print(f"{name:6} articles {c['n']:5}  F1 {f1:.3f} (P {p:.3f} R {r:.3f})  fully right {c['right'] / max(c['n'], 1):.3f}"
              f"  qualifier {q:.3f}  scope {s:.3f}")
    for lang in sorted(by_lang):
        line(lang, by_lang[lang])
    line("all", tot)


def key(obj):
    return sorted(fmt_fig(f) for f in (obj or {}).get("figures") or [])


def merit(a, obj):
    j = judge(a, obj)
    return j["tp"] - j["fn"] - j["fp"] + sum(j["qual"]) + sum(j["scope"]) + 2 * j["right"]


def cmd_compare(args):
    arts = parse_files(default_files(args.files))
    old, new = run_cli(args.old, arts), run_cli(args.new, arts)
    counts = Counter()
    for a in arts:
        o, n = old.get(a["id"]), new.get(a["id"])
        if key(o) == key(n) and (o or {}).get("language") == (n or {}).get("language"):
            if not args.all:
                continue
        if a["expect"] is None:
            verdict = "unjudged"
        else:
            mo, mn = merit(a, o), merit(a, n)
            verdict = "better" if mn > mo else "worse" if mn < mo else "same-merit"
        if key(o) == key(n):
            verdict = "unchanged"
        counts[verdict] += 1
        if verdict == "unchanged":
            continue
        print(f"== {verdict}: {a['id']} ({os.path.basename(a['file'])}:{a['line']})")
        if a["expect"] is not None:
            print("   want: " + "; ".join(fmt_fig(e) for e in a["expect"]) if a["expect"] else "   want: none")
        so, sn = Counter(key(o)), Counter(key(n))
        for f in sorted((so - sn).elements()):
            print(f"   - {f}")
        for f in sorted((sn - so).elements()):
            print(f"   + {f}")
    print("changed articles: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) if counts else "no change")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("cli"); s.add_argument("files", nargs="*")
    s.add_argument("--misses", action="store_true"); s.add_argument("--lang")
    c = sub.add_parser("compare")
    c.add_argument("old"); c.add_argument("new"); c.add_argument("files", nargs="*")
    c.add_argument("--all", action="store_true")
    args = ap.parse_args()
    {"score": cmd_score, "compare": cmd_compare}[args.cmd](args)


if __name__ == "__main__":
    main()
