// Locations of files shipped with the package; this module sits one level below the package
// root both as src/paths.ts and as dist/paths.js.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const dataDir = path.join(packageRoot, 'data');
export const schemaPath = path.join(packageRoot, 'schema', 'minutes.schema.json');
