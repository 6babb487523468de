import { packageBuildBundlingForCjs } from '../../scripts/tsup.base.ts';

// vega and vega-lite are ESM-only with a top-level await: bundled into the CJS build only.
export default packageBuildBundlingForCjs(['src/index.ts', 'src/xlsx.ts'], [/^vega/, /^d3-/]);
