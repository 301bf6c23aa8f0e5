#!/usr/bin/env bash
# Lets the build use the Node.js and npm installed on this machine instead of downloading Node
# (for machines that cannot reach nodejs.org). Afterwards build with: ./mvnw -Psystem-node ...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node=$(command -v node) || { echo "node is not installed" >&2; exit 1; }
npm_cli=$(readlink -f "$(command -v npm)")
npm_home=$(cd "$(dirname "$npm_cli")/.." && pwd)
mkdir -p "$here/.system-node/node/node_modules"
ln -sfn "$node" "$here/.system-node/node/node"
ln -sfn "$npm_home" "$here/.system-node/node/node_modules/npm"
echo "using $("$node" --version) and npm $("$node" "$npm_home/bin/npm-cli.js" --version) from this machine"
