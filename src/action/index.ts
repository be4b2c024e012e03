import { IMAGE_GATE_VERSION } from '../core/model/version.js';

// Say so at once: loading @actions/core (and undici under it) is most of the cold start.
process.stdout.write(`image-gate ${IMAGE_GATE_VERSION}\n`);
const { run } = await import('./main.js');
await run();
