#!/usr/bin/env bash
# Builds the zip to upload as a Gradescope autograder (Assignment → Configure Autograder):
# setup.sh and run_autograder at its root; beside them the built grader (dist/), its
# production dependencies (node_modules/, for Gradescope's Linux x86-64 machines), the course
# (exercises/), the report templates, the message catalogues and the `grader gradescope`
# options given here. Nothing is built on Gradescope: setup.sh only installs Node.js. The
# options are tried on an empty submission with the grader as packed, so that a typo fails
# here and not for every student.
#
#   deploy/gradescope/make-autograder.sh --assignment week-1          # writes autograder-week-1.zip
#   deploy/gradescope/make-autograder.sh --assignment week-3 --id-from email --out my.zip
#
# Needs node, npm (it installs the production dependencies, from npm's cache when it has them)
# and zip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out=""
options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) options+=("$1"); shift ;;
  esac
done
if [ -z "$out" ]; then
  name="autograder"
  for ((i = 0; i < ${#options[@]}; i++)); do
    if [ "${options[$i]}" = "--assignment" ] && [ $((i + 1)) -lt ${#options[@]} ]; then name="autograder-${options[$((i + 1))]}"; fi
  done
  out="$PWD/$name.zip"
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

for tool in node npm zip; do
  command -v "$tool" >/dev/null || { echo "make-autograder: needs $tool${tool/#zip/ (apt-get install zip)}" >&2; exit 1; }
done

check="$(mktemp -d)"
stage="$(mktemp -d)"
trap 'rm -rf "$check" "$stage"' EXIT

cd "$repo"
node scripts/build.mjs --outdir "$stage/dist"
mkdir -p "$stage/reports"
cp -R package.json package-lock.json bin exercises "$stage/"
cp -R reports/templates reports/messages "$stage/reports/"
# The dependencies the grader needs at run time, as npm's lockfile pins them, for Linux on
# x86-64 (Gradescope's machines) whatever this machine is: esbuild's binary is per platform.
# No install scripts run: none of them needs one.
(cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --prefer-offline \
  --os=linux --cpu=x64 --libc=glibc --loglevel=error)
rm -rf "$stage/node_modules/.bin"

# The grader as packed: the course loads, and the options work on an empty submission.
node "$stage/bin/grader.js" validate "$stage/exercises"
mkdir "$check/submission"
printf '{"users": [{"name": "Autograder check", "email": "autograder.check@example.edu", "sid": "autograder-check"}]}\n' >"$check/metadata.json"
if ! node "$stage/bin/grader.js" gradescope --submission "$check/submission" --results "$check/results.json" \
  --metadata "$check/metadata.json" --course "$stage/exercises/course.yaml" "${options[@]}" >/dev/null; then
  echo "make-autograder: grader gradescope ${options[*]} fails on an empty submission:" >&2
  cat "$check/results.json" >&2
  exit 1
fi

cp "$here/setup.sh" "$here/run_autograder" "$stage/"
chmod +x "$stage/setup.sh" "$stage/run_autograder"
if [ ${#options[@]} -gt 0 ]; then printf '%s\n' "${options[@]}" >"$stage/gradescope-options"; fi
rm -f "$out"
(cd "$stage" && zip -qrX "$out" .)
echo "Wrote $out: upload it in Gradescope under Configure Autograder (Ubuntu 22.04 or 24.04 base image)."
