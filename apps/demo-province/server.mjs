/**
 * The demo province site and its two small agencies, each on its own port (its own origin,
 * as in real life, so the province reads the agencies' manifests across origins under CORS):
 * the province at http://localhost:8082 (PROVINCE_PORT), the provincial health office at
 * :8083 (HEALTH_PORT) and In Buri district office at :8084 (INBURI_PORT). The demo agency
 * (:8080, PORT) is the third agency of the directory. Served by the demo agency's server code.
 * The two small agencies are written by `govkit init` at each start (`make-agencies.mjs`).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo-agency/server.mjs';
import { AGENCIES_DIR, makeAgencies } from './make-agencies.mjs';

/** The origins the province's files are written for. */
export const WRITTEN = {
  province: 'http://localhost:8082',
  agency: 'http://localhost:8080',
  health: 'http://localhost:8083',
  inburi: 'http://localhost:8084',
};

const folder = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Makes the two small agencies with `govkit init` (into `agenciesDir`), then starts the three
 * servers. `ports` may be 0 (any free port, for tests); `agencyOrigin` is where the demo agency
 * is served. Resolves with the servers and the origins they answer at.
 */
export async function startProvinceDemo({
  host = '127.0.0.1',
  originHost = 'localhost',
  ports = { province: 8082, health: 8083, inburi: 8084 },
  agencyOrigin = WRITTEN.agency,
  agenciesDir = AGENCIES_DIR,
} = {}) {
  await makeAgencies(agenciesDir);
  const listen = (siteDir, port, writtenSite, origins) =>
    startDemoServer({ port, host, siteDir, writtenSite, origins });
  const originOf = (server) => `http://${originHost}:${server.address().port}`;
  // Each site's map of the others is completed once every port is known.
  const backLink = {};
  const health = await listen(join(agenciesDir, 'health/'), ports.health, WRITTEN.health, backLink);
  const inburi = await listen(join(agenciesDir, 'inburi/'), ports.inburi, WRITTEN.inburi, backLink);
  const origins = { agency: agencyOrigin, health: originOf(health), inburi: originOf(inburi) };
  const province = await listen(folder('./'), ports.province, WRITTEN.province, {
    [WRITTEN.agency]: origins.agency,
    [WRITTEN.health]: origins.health,
    [WRITTEN.inburi]: origins.inburi,
  });
  origins.province = originOf(province);
  // The small agencies link back to the province (order clause 2.2).
  backLink[WRITTEN.province] = origins.province;
  return { servers: { province, health, inburi }, origins };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = (name, fallback) => Number(process.env[name] ?? fallback);
  const { origins } = await startProvinceDemo({
    host: process.env.HOST ?? '0.0.0.0',
    ports: { province: env('PROVINCE_PORT', 8082), health: env('HEALTH_PORT', 8083), inburi: env('INBURI_PORT', 8084) },
    agencyOrigin: `http://localhost:${env('PORT', 8080)}`,
  });
  console.log(`Demo province site: ${origins.province}/`);
}
