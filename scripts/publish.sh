#!/usr/bin/env bash
# Publishes the function app (a .NET isolated worker) for Flex Consumption (runtime dotnet-isolated 10.0) and zips it.
#
#   scripts/publish.sh [out-dir]        (default: ./publish; the zip is written beside it: <out-dir>/../reports-functions.zip)
#
# - dotnet publish, framework-dependent: the Flex Consumption image has .NET; the host starts the worker that
#   worker.config.json names (dotnet Reports.Functions.dll). The Worker SDK writes functions.metadata (every function,
#   its trigger and bindings, from the attributes; the blob trigger's "source": "EventGrid" included) and
#   .azurefunctions/ (the host's extensions: blobs, timers, HTTP proxying) into the output.
# - The zip is made with `zip`; on a machine without it: apt-get install zip. python3's zipfile is not used: CI images
#   may not have python.
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
dotnet publish "$repo/functions/Reports.Functions" -c Release -o "$out" ${REPORTS_PUBLISH_ARGS:-}

for file in host.json functions.metadata worker.config.json Reports.Functions.dll; do
    [[ -f "$out/$file" ]] || { echo "publish.sh: $out/$file is missing" >&2; exit 1; }
done
[[ -d "$out/.azurefunctions" ]] || { echo "publish.sh: $out/.azurefunctions (the host's extensions) is missing" >&2; exit 1; }
grep -q '"source": "EventGrid"' "$out/functions.metadata" \
    || { echo "publish.sh: the blob trigger in functions.metadata has no \"source\": \"EventGrid\" (Flex Consumption needs it)" >&2; exit 1; }

rm -f "$zip_path"
(cd "$out" && zip -qr -X "$zip_path" .)
echo "published $out"
echo "package   $zip_path"
