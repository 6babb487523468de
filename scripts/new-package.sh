#!/usr/bin/env bash
# Usage: scripts/new-package.sh <name> "<description>" [deps...]
set -euo pipefail
name=$1; desc=$2; shift 2
dir=packages/$name
mkdir -p $dir/src
cp LICENSE $dir/LICENSE
deps=""
for d in "$@"; do deps="$deps\"$d\": \"workspace:^\","; done
deps=${deps%,}
cat > $dir/package.json <<JSON
{
  "name": "@kampung-kb/$name",
  "version": "0.1.0",
  "description": "$desc",
  "license": "MIT",
  "type": "module",
  "sideEffects": false,
  "engines": { "node": ">=20.19" },
  "repository": { "type": "git", "url": "https://github.com/kampung-kb/kampung-kb-sdk.git", "directory": "packages/$name" },
  "keywords": ["kampung-kb", "bkkbn", "family-planning", "indonesia"],
  "exports": {
    ".": {
      "@kampung-kb/source": "./src/index.ts",
      "import": { "types": "./dist/index.d.mts", "default": "./dist/index.mjs" },
      "require": { "types": "./dist/index.d.cts", "default": "./dist/index.cjs" }
    },
    "./package.json": "./package.json"
  },
  "main": "./dist/index.cjs",
  "module": "./dist/index.mjs",
  "types": "./dist/index.d.cts",
  "files": ["dist", "src", "!src/**/*.test.ts", "!src/**/__fixtures__", "README.md", "LICENSE"],
  "publishConfig": { "access": "public", "provenance": true },
  "scripts": {
    "build": "tsup",
    "typecheck": "tsc -p tsconfig.json",
    "test:build": "publint --strict && attw --pack --profile node16"
  },
  "dependencies": { $deps }
}
JSON
cat > $dir/tsconfig.json <<JSON
{
  "extends": "../../tsconfig.base.json",
  "include": ["src"]
}
JSON
cat > $dir/tsup.config.ts <<TS
import { packageBuild } from '../../scripts/tsup.base.ts';

export default packageBuild(['src/index.ts']);
TS
