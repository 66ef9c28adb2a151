#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu): the
# autograder zip is unpacked in /autograder/source. The zip already holds the built grader
# (dist/) and its dependencies (node_modules/), so all this installs is Node.js: version 24,
# an LTS release supported until April 2028 (the grader runs on Node.js 20, 22 and 24).
#
# SKIP_NODE_INSTALL=1 keeps the Node.js on the PATH (20 or later) instead of installing one
# with apt-get: for trying the zip on a machine of your own. AUTOGRADER_SOURCE is where the
# zip was unpacked (default /autograder/source).
set -euo pipefail

NODE_MAJOR=24
SOURCE="${AUTOGRADER_SOURCE:-/autograder/source}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "${SKIP_NODE_INSTALL:-}" != 1 ] && [ "$(node_major)" -lt "$NODE_MAJOR" ]; then
  apt-get update
  apt-get install -y --no-install-recommends ca-certificates curl gnupg
  # NodeSource's packages of Node.js for Debian and Ubuntu.
  curl -fsSL "https://deb.nodesource.com/setup_${NODE_MAJOR}.x" | bash -
  apt-get install -y nodejs
fi
if [ "$(node_major)" -lt 20 ]; then
  echo "setup.sh: the grader needs Node.js 20 or later; found $(node --version 2>/dev/null || echo none)." >&2
  exit 1
fi
echo "Node.js $(node --version) at $(command -v node)"

cd "$SOURCE"
# Fail the image build, not every student's submission, if the grader or the course does not load.
node bin/grader.js validate exercises
