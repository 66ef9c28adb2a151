#!/usr/bin/env bash
# Grades a class on a Kubernetes cluster, from the course and class on this machine to the
# graded class back on this machine (README: "Kubernetes"):
#
#   deploy/kubernetes/grade-class.sh --course exercises/course.yaml --submissions submissions/ \
#     --roster roster.csv --out graded/ [--namespace grading] [--timeout 2h]
#
#  1. checks the course here (grader validate): a broken course stops before the cluster is touched;
#  2. deletes last run's Jobs, applies the class volume (class-volume.yaml) and a loader pod
#     (class-loader.yaml), and copies the course's folder, the submissions and the roster into
#     the volume, replacing last run's (kubectl exec … tar: only kubectl and tar are needed here);
#  3. applies grade-job.yaml and waits for it; applies merge-job.yaml and waits for it. A wait
#     ends as soon as its Job is Complete or Failed (a failed Job prints its pods' last log
#     lines and the script exits 1), or at --timeout;
#  4. copies the merged output (results, reports, summary, gradebook) into --out, and deletes
#     the loader pod. The Jobs stay for three days (ttlSecondsAfterFinished) for their logs.
#
# kubectl talks to the cluster of its current context. Exit code 0 when the class is graded
# and copied, 1 when a step failed, 2 on bad usage.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
LOADER=grader-class-loader
# Seconds between two looks at a Job's status.
poll="${GRADER_KUBE_POLL_SECONDS:-5}"

usage() {
  echo "usage: grade-class.sh --course <dir>/course.yaml --submissions <dir> --roster <csv> --out <dir> [--namespace <ns>] [--timeout 2h]" >&2
  [ -n "${1:-}" ] && echo "grade-class: $1" >&2
  exit 2
}
fail() {
  echo "grade-class: $1" >&2
  exit 1
}

course="" submissions="" roster="" out="" namespace="" timeout="2h"
while [ $# -gt 0 ]; do
  case "$1" in
    --course | --submissions | --roster | --out | --namespace | --timeout)
      [ $# -ge 2 ] || usage "$1 needs a value"
      case "$1" in
        --course) course="$2" ;;
        --submissions) submissions="$2" ;;
        --roster) roster="$2" ;;
        --out) out="$2" ;;
        --namespace) namespace="$2" ;;
        --timeout) timeout="$2" ;;
      esac
      shift 2
      ;;
    -h | --help) usage ;;
    *) usage "unknown option $1" ;;
  esac
done
if [ -z "$course" ] || [ -z "$submissions" ] || [ -z "$roster" ] || [ -z "$out" ]; then
  usage "--course, --submissions, --roster and --out are all needed"
fi
[ -f "$course" ] || usage "--course $course: no such file"
# The Jobs read /class/course/course.yaml: the course's folder is copied whole, under that name.
[ "$(basename "$course")" = course.yaml ] || usage "--course $course: the course file must be named course.yaml"
[ -d "$submissions" ] || usage "--submissions $submissions: no such folder"
[ -f "$roster" ] || usage "--roster $roster: no such file"
if [ -e "$out" ] && { [ ! -d "$out" ] || [ -n "$(ls -A "$out")" ]; }; then
  usage "--out $out: must be a new or empty folder"
fi
[[ "$timeout" =~ ^([0-9]+)([smh]?)$ ]] || usage "--timeout $timeout: a duration like 600, 600s, 90m or 2h"
case "${BASH_REMATCH[2]}" in
  h) timeout_seconds=$((10#${BASH_REMATCH[1]} * 3600)) ;;
  m) timeout_seconds=$((10#${BASH_REMATCH[1]} * 60)) ;;
  *) timeout_seconds=$((10#${BASH_REMATCH[1]})) ;;
esac
command -v kubectl >/dev/null || fail "needs kubectl, set up for the cluster"
course_dir="$(cd "$(dirname "$course")" && pwd)"

kc() {
  if [ -n "$namespace" ]; then kubectl --namespace "$namespace" "$@"; else kubectl "$@"; fi
}

# Waits until job/$1 is Complete (returns 0) or Failed (prints its pods' last lines, returns
# 1), at most until the deadline. `kubectl wait --for=condition=complete` alone would wait for
# a failed Job until its timeout.
wait_for_job() {
  local job="$1" deadline=$(($(date +%s) + timeout_seconds)) conditions
  while :; do
    # (Called after ||, where set -e does not apply: a failed look is checked here.)
    conditions="$(kc get job "$job" -o 'jsonpath={.status.conditions[?(@.status=="True")].type}')" || return 1
    case " $conditions " in
      *" Complete "*) return 0 ;;
      *" Failed "*)
        echo "grade-class: job/$job failed; the last lines of its pods:" >&2
        kc logs --selector "job-name=$job" --prefix --tail 20 >&2 || true
        return 1
        ;;
    esac
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "grade-class: job/$job did not finish within $timeout; it goes on (kubectl get job $job)" >&2
      return 1
    fi
    sleep "$poll"
  done
}

echo "Checking the course ($course_dir)"
node "$repo/bin/grader.js" validate "$course_dir" >&2 || fail "the course has errors (above); nothing was sent to the cluster"

# Last run's Jobs would make `kubectl apply` a no-op (or an error), not a new run; and one
# still running would write into the volume while it is filled.
kc delete job grade-class merge-class --ignore-not-found --wait=true

echo "Copying the course, the class and the roster into the class volume"
kc apply -f "$here/class-volume.yaml"
# A loader left by a run that was stopped is replaced, whatever state it is in.
kc delete pod "$LOADER" --ignore-not-found --wait=true
kc apply -f "$here/class-loader.yaml"
trap 'kc delete pod "$LOADER" --ignore-not-found --wait=false >/dev/null || true' EXIT
kc wait --for=condition=Ready "pod/$LOADER" --timeout=5m
kc exec "$LOADER" -- sh -c 'rm -rf /class/course /class/submissions /class/roster.csv /class/shards /class/graded && mkdir -p /class/course /class/submissions /class/shards'
# (COPYFILE_DISABLE: macOS's tar would add a ._ file beside each file.)
export COPYFILE_DISABLE=1
tar -C "$course_dir" -cf - . | kc exec -i "$LOADER" -- tar -C /class/course -xf -
tar -C "$submissions" -cf - . | kc exec -i "$LOADER" -- tar -C /class/submissions -xf -
kc exec -i "$LOADER" -- sh -c 'cat > /class/roster.csv' <"$roster"

echo "Grading in shards (job/grade-class)"
kc apply -f "$here/grade-job.yaml"
wait_for_job grade-class || fail "grading failed; nothing was merged"

echo "Merging the shards (job/merge-class)"
kc apply -f "$here/merge-job.yaml"
wait_for_job merge-class || fail "merging failed"
kc logs job/merge-class || true

echo "Copying the graded class into $out"
mkdir -p "$out"
kc exec "$LOADER" -- tar -C /class/graded -cf - . | tar -C "$out" -xf -
echo "Done: $out/summary.html"
