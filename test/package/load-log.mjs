// Loaded with `node --import`: records the URL of every ES module the process loads in $LOAD_LOG.
import { register } from 'node:module';
register('./load-log-hooks.mjs', import.meta.url);
