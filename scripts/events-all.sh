#!/usr/bin/env bash
# Scores event aggregation on the dev events set (../shared/eval, when present) and on every own event set in
# tests/Reports.Cli.Tests/Briefs/Data. Usage: scripts/events-all.sh CLI_DIR   (CLI_DIR holds the built `reports`)
# One line per set: total error (mean per group and kind, capped at 1), and cells within the gold range.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=$(cd "$1" && pwd)
# ../shared is found upward from the clone (a worktree may sit deeper than the clone beside it)
shared=; d=$root
while [[ $d != / ]]; do d=$(dirname "$d"); [[ -f $d/shared/eval/score.py ]] && { shared=$d/shared; break; }; done
[[ -n $shared ]] || { echo "no shared/eval/score.py above $root (events scoring needs ../shared/eval)" >&2; exit 2; }
score="$shared/eval/score.py"
sets=("$shared/eval/dev/events.jsonl")
for f in $(ls "$root"/tests/Reports.Cli.Tests/Briefs/Data/own-event-days*.jsonl | sort -V); do sets+=("$f"); done
run_one() {
    local f=$1 out
    out=$(python3 "$score" events "$f" --cmd "$cli/reports brief {dir} --from {from} --to {to} --format json -o {out}" 2>&1)
    printf '%-24s %s  %s\n' "$(basename "$f" .jsonl)" \
        "$(grep -o 'event total error[^:]*: [0-9.]*' <<<"$out" | grep -o '[0-9.]*$')" \
        "$(grep -o 'within the gold range: [0-9/]*' <<<"$out" | grep -o '[0-9/]*$')"
}
export -f run_one; export cli score
printf '%s\n' "${sets[@]}" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} | sort -V
