#!/usr/bin/env bash
# Builds the zip to upload as a Gradescope autograder (Assignment → Configure Autograder):
# setup.sh and run_autograder at its root, the grader and the course beside them, and the
# `grader gradescope` options given here. The options are tried on an empty submission
# first, so that a typo fails here and not for every student.
#
#   deploy/gradescope/make-autograder.sh --assignment week-1          # writes autograder-week-1.zip
#   deploy/gradescope/make-autograder.sh --assignment week-3 --id-from email --out my.zip
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

command -v zip >/dev/null || { echo "make-autograder: needs zip (apt-get install zip)" >&2; exit 1; }
cd "$repo"
node scripts/build.mjs
node bin/grader.js validate exercises

check="$(mktemp -d)"
stage="$(mktemp -d)"
trap 'rm -rf "$check" "$stage"' EXIT
mkdir "$check/submission"
if ! node bin/grader.js gradescope --submission "$check/submission" --results "$check/results.json" \
  --metadata "$check/none.json" --course exercises/course.yaml "${options[@]}" >/dev/null; then
  echo "make-autograder: grader gradescope ${options[*]} fails on an empty submission:" >&2
  cat "$check/results.json" >&2
  exit 1
fi

cp -R package.json package-lock.json bin grader reference reports scripts exercises "$stage/"
cp "$here/setup.sh" "$here/run_autograder" "$stage/"
chmod +x "$stage/setup.sh" "$stage/run_autograder"
if [ ${#options[@]} -gt 0 ]; then printf '%s\n' "${options[@]}" >"$stage/gradescope-options"; fi
rm -f "$out"
(cd "$stage" && zip -qr "$out" .)
echo "Wrote $out: upload it in Gradescope under Configure Autograder (Ubuntu 22.04 base image)."
