import { packageBuild } from '../../scripts/tsup.base.ts';

// Splitting keeps each province's data (src/data/p*.ts, loaded with a dynamic import) in a chunk of its
// own, so a bundle that imports this package downloads only the provinces it loads.
export default packageBuild(['src/index.ts'], { platform: 'neutral', splitting: true });
