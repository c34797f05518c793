/**
 * Playwright global setup: starts the local replay of the company registry (API Recherche
 * d'entreprises) that the e2e server is pointed at through REGISTRY_API_URL, so that no test
 * reaches the internet. Its port follows E2E_PORT (3100 -> 3299), so parallel runs on other
 * ports do not collide; REGISTRY_REPLAY_PORT overrides it.
 */
import { startRegistryReplay } from "../support/registry-replay";

/** The port of the registry replay for an e2e server port. */
export function registryReplayPort(e2ePort: number): number {
  return Number(process.env.REGISTRY_REPLAY_PORT ?? e2ePort + 199);
}

export default async function globalSetup() {
  const port = registryReplayPort(Number(process.env.E2E_PORT ?? 3100));
  const replay = await startRegistryReplay({ port });
  return async () => {
    await replay.close();
  };
}
