import { packageBuild } from '../../scripts/tsup.base.ts';

export default packageBuild(['src/index.ts'], { platform: 'neutral' });
