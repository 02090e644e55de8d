#!/usr/bin/env bash
# Publishes the function app as a Functions app folder for Flex Consumption and zips it.
#
#   scripts/publish.sh [out-dir]        (default: ./publish; the zip is written beside it: <out-dir>/../reports-functions.zip)
#
# - dotnet publish, self-contained for linux-x64: the Flex Consumption image has no .NET; the host starts the
#   executable host.json names (customHandler.description.defaultExecutablePath).
# - In the OUTPUT copy only, AnalyzeArticle/function.json gets "source": "EventGrid" (Flex Consumption has no polling
#   blob trigger); the repository keeps the polling default for the local runner and Core Tools.
# - The zip is made with `zip` (Info-ZIP keeps the Unix mode, so the executable stays executable after the deploy);
#   on a machine without it: apt-get install zip. python3's zipfile is not used: CI images may not have python.
# - REPORTS_PUBLISH_ARGS (optional) adds arguments to dotnet publish, e.g. "--artifacts-path /tmp/a" (the deployment
#   tests build in a private folder so they never touch the repository's obj/bin while other tests run).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/publish}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
zip_path="$(dirname "$out")/reports-functions.zip"

command -v zip >/dev/null 2>&1 || { echo "publish.sh: 'zip' is required (apt-get install zip)" >&2; exit 1; }

# A clean folder: stale files from an earlier publish must not be deployed. Only an empty folder or an earlier
# publish (host.json at its root, no .git) is emptied, so a mistyped argument cannot wipe a checkout.
if [[ -n "$(ls -A "$out")" ]]; then
    if [[ ! -f "$out/host.json" || -e "$out/.git" || "$out" == "$repo" ]]; then
        echo "publish.sh: $out is not empty and is not an earlier publish folder; choose another out-dir" >&2
        exit 1
    fi
    find "$out" -mindepth 1 -delete
fi

# shellcheck disable=SC2086
dotnet publish "$repo/functions/Reports.Functions" -c Release -r linux-x64 --self-contained -o "$out" \
    -p:UseAppHost=true ${REPORTS_PUBLISH_ARGS:-}

host_json="$out/host.json"
[[ -f "$host_json" ]] || { echo "publish.sh: $host_json is missing" >&2; exit 1; }

# The executable host.json names (a plain JSON string; no jq needed).
exe="$(sed -n 's/.*"defaultExecutablePath"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$host_json" | head -n 1)"
[[ -n "$exe" ]] || { echo "publish.sh: host.json has no customHandler.description.defaultExecutablePath" >&2; exit 1; }
[[ -f "$out/$exe" ]] || { echo "publish.sh: host.json names '$exe' but $out/$exe does not exist" >&2; exit 1; }
chmod +x "$out/$exe"

# Blob trigger → Event Grid source (output copy only). Inserted after the "type": "blobTrigger" line.
fj="$out/AnalyzeArticle/function.json"
[[ -f "$fj" ]] || { echo "publish.sh: $fj is missing" >&2; exit 1; }
if ! grep -q '"source"' "$fj"; then
    sed -i 's/^\([[:space:]]*\)"type":[[:space:]]*"blobTrigger",[[:space:]]*$/&\n\1"source": "EventGrid",/' "$fj"
fi
grep -q '"source": "EventGrid"' "$fj" || { echo "publish.sh: could not set source EventGrid in $fj" >&2; exit 1; }

rm -f "$zip_path"
(cd "$out" && zip -qr -X "$zip_path" .)
echo "published $out"
echo "package   $zip_path"
