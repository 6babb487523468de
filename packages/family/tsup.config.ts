import { packageBuild } from '../../scripts/tsup.base.ts';

export default packageBuild(['src/index.ts', 'src/node.ts'], { platform: 'neutral' });
