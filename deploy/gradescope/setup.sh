#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu):
# the autograder zip is unpacked in /autograder/source. Installs Node.js 20 and the
# grader's dependencies; `npm ci` also bundles the grader into dist/.
set -euo pipefail

apt-get update
apt-get install -y --no-install-recommends ca-certificates curl gnupg
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  # NodeSource's packages of Node.js 20 for Debian and Ubuntu.
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y nodejs
fi
node --version

cd /autograder/source
npm ci --omit=dev --no-audit --no-fund
# Fail the image build, not every student's submission, if the course does not load.
node bin/grader.js validate exercises
