#!/usr/bin/env python3
"""Do two builds of the CLI analyse the same texts identically? For speed work: output must not change.

  python3 scripts/same-output.py OLD_CLI_DIR NEW_CLI_DIR [--sentences N] [--show N]

Texts: the articles of ../shared/eval/dev/*.jsonl and ../shared/seeds (where present), the probe articles in
tests/Probes and samples/articles. Prints how many texts differ (language, title, summary or figures) and the first few.
"""
import argparse, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import probes  # noqa: E402


def shared():
    """../shared, found upward from the clone (a worktree may sit deeper than the clone beside it)."""
    d = ROOT
    while os.path.dirname(d) != d:
        d = os.path.dirname(d)
        if os.path.isdir(os.path.join(d, "shared", "eval")):
            return os.path.join(d, "shared")
    return os.path.join(ROOT, "..", "shared")


def texts():
    out = {}
    for path in glob.glob(os.path.join(shared(), "eval", "dev", "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    r = json.loads(line)
                    if "text" in r:
                        out[f"dev-{os.path.basename(path)[:-6]}-{n}"] = r["text"]
    for path in glob.glob(os.path.join(shared(), "seeds", "*")) + glob.glob(os.path.join(ROOT, "samples", "articles", "*.txt")):
        with open(path, encoding="utf-8", errors="replace") as f:
            out["file-" + os.path.basename(path)] = f.read()
    for a in probes.parse_files(probes.default_files([])):
        out["probe-" + a["id"]] = a["text"]
    return out


def run(cli, d, sentences):
    p = subprocess.run([os.path.join(cli, "reports"), "analyze", d, "--sentences", str(sentences)], capture_output=True, text=True)
    res = {}
    for line in p.stdout.splitlines():
        if line.startswith("{"):
            o = json.loads(line)
            res[os.path.basename(o["source"])] = {k: o.get(k) for k in ("language", "title", "summary", "figures", "error")}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old"); ap.add_argument("new")
    ap.add_argument("--sentences", type=int, default=3); ap.add_argument("--show", type=int, default=5)
    a = ap.parse_args()
    t = texts()
    with tempfile.TemporaryDirectory(prefix="same-") as d:
        for i, (k, v) in enumerate(sorted(t.items())):
            with open(os.path.join(d, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(v)
        names = {f"{i:05d}.txt": k for i, k in enumerate(sorted(t))}
        old, new = run(a.old, d, a.sentences), run(a.new, d, a.sentences)
    diff = [n for n in sorted(names) if old.get(n) != new.get(n)]
    print(f"{len(diff)} differ over {len(names)} texts")
    for n in diff[:a.show]:
        print(f"== {names[n]}")
        for k in ("language", "title", "summary", "figures", "error"):
            if (old.get(n) or {}).get(k) != (new.get(n) or {}).get(k):
                print(f"   {k}: {json.dumps((old.get(n) or {}).get(k), ensure_ascii=False)[:300]}")
                print(f"   {'':{len(k)}}  -> {json.dumps((new.get(n) or {}).get(k), ensure_ascii=False)[:300]}")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
