import { packageBuild } from '../../scripts/tsup.base.ts';

export default packageBuild(['src/index.ts', 'src/core.ts'], { platform: 'node' });
