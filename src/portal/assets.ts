/** The site's stylesheet and icon, served by the portal too (same look). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'site', 'assets');
