import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookiePairs } from "../tests/support/route-client";
import { type RunningServer, spawnServer } from "../tests/support/spawn-server";
import { testDriver } from "../tests/support/test-database";

/** Runs `scripts/db.ts <command>` on a data directory; resolves with its exit code and stderr. */
function runScript(
  command: string,
  dataDir: string,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db.ts", command], {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: "test" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (status) => resolve({ status, stderr }));
  });
}

// These tests run the built app (npm run build) in a real server process on PGlite.
describe.runIf(testDriver === "pglite")("the Node server", () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await spawnServer({
      LEGAL_PUBLISHER: "Association Numérique Solidaire",
      LEGAL_PUBLISHER_ADDRESS: "12 rue de la Paix, 13001 Marseille",
      LEGAL_DIRECTOR: "Camille Durand, présidente",
      LEGAL_CONTACT_EMAIL: "contact@numerique-solidaire.fr",
      LEGAL_HOST: "Hébergeur SAS",
      LEGAL_HOST_ADDRESS: "2 rue Kellermann, 59100 Roubaix",
    });
  }, 90_000);

  afterAll(async () => {
    if (server.process.exitCode === null) {
      server.process.kill("SIGKILL");
      await server.exited;
    }
  });

  it("says each start-up step in one plain line, with the address to open", () => {
    const lines = server.output().trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^Base de données intégrée \(PGlite, .+\) : à jour\.$/),
      expect.stringMatching(/^Données de démonstration : prêtes \(comptes dans le README/),
      expect.stringMatching(/^Digit'ESS est prêt : ouvrez http:\/\/localhost:\d+$/),
    ]);
  });

  it("answers /healthz after checking the database", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("serves a page in French with security headers and a request id", async () => {
    // A page with scripts (the diagnostic keeps unsent answers in the browser).
    const response = await fetch(`${server.url}/diagnostic`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("Aller au contenu");
    const csp = response.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    // Every inline script carries the nonce, or the browser would refuse it.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends no script with the pages that work the same without (home, legal pages, public forms)", async () => {
    for (const page of [
      "/",
      "/mentions-legales",
      "/accessibilite",
      "/programmes/digitess",
      "/connexion",
      "/inscription",
      "/eligibilite",
      "/simulateur",
    ]) {
      const html = await (await fetch(`${server.url}${page}`)).text();
      expect({ page, scripts: html.match(/<script|modulepreload/g) ?? [] }).toEqual({
        page,
        scripts: [],
      });
      expect(html).toContain('<main id="contenu"');
    }
    const diagnostic = await (await fetch(`${server.url}/diagnostic`)).text();
    expect(diagnostic).toContain("modulepreload");
  });

  it("shows the legal notice from the configuration", async () => {
    const html = await (await fetch(`${server.url}/mentions-legales`)).text();
    for (const fact of [
      "Association Numérique Solidaire",
      "12 rue de la Paix, 13001 Marseille",
      "Camille Durand, présidente",
      'href="mailto:contact@numerique-solidaire.fr"',
      "Hébergeur SAS",
      "2 rue Kellermann, 59100 Roubaix",
    ]) {
      expect(html).toContain(fact);
    }
    expect(html).not.toContain("Installation de démonstration");
  });

  it("serves the site's icon (no 404 on a browser's first visit)", async () => {
    const ico = await fetch(`${server.url}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(Buffer.from(await ico.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const svg = await fetch(`${server.url}/favicon.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('rel="icon" href="/favicon.svg"');
  });

  it("caches hashed assets for a year", async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const response = await fetch(`${server.url}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age=31536000");
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it("sends an anonymous visitor of a protected page to sign-in, and back after", async () => {
    const response = await fetch(`${server.url}/instruction?page=2`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      "/connexion?redirectTo=%2Finstruction%3Fpage%3D2",
    );
  });

  it("answers unknown pages with a French 404 page", async () => {
    const response = await fetch(`${server.url}/cette-page-n-existe-pas`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page introuvable");
  });

  it("answers a refused form body with the site's French page, shell included", async () => {
    const post = (body: string, type: string) =>
      fetch(`${server.url}/connexion`, {
        method: "POST",
        headers: { "content-type": type, origin: server.url },
        body,
      });
    const tooLarge = await post(
      `email=a&password=${"x".repeat(300 * 1024)}`,
      "application/x-www-form-urlencoded",
    );
    expect(tooLarge.status).toBe(413);
    const page = await tooLarge.text();
    expect(page).toContain("Envoi trop volumineux");
    expect(page).toContain("Mentions légales");
    expect(page).not.toContain("error.tooLarge");
    const json = await post('{"email":"a"}', "application/json");
    expect(json.status).toBe(415);
    expect(await json.text()).toContain("Format non accepté");
    const foreign = await fetch(`${server.url}/connexion`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://evil.example",
      },
      body: "email=a&password=b",
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("Demande refusée");
  });

  it("shows a signed-in user 404 on a page their role may not see, and their own area", async () => {
    const signIn = await fetch(`${server.url}/connexion`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
      body: new URLSearchParams({
        email: "mme.martin@demo.digitess.fr",
        password: "Demo-Digitess-2026",
      }),
    });
    expect(signIn.status).toBe(302);
    const cookie = cookiePairs(signIn.headers.getSetCookie());
    expect(cookie).toContain("session_token");
    const own = await fetch(`${server.url}/espace`, { headers: { cookie } });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("Mon espace");
    // Resource routes a browser opens (receipt, attachment, export, PDF) answer a refusal with
    // the same page, not a bare `null` (issue 11.5).
    const stranger = "00000000-0000-4000-8000-000000000000";
    for (const path of [
      "/instruction",
      "/admin",
      "/admin/courriels",
      "/pilotage",
      `/espace/candidatures/${stranger}/recu.pdf`,
      `/espace/candidatures/${stranger}/pieces/${stranger}`,
      `/instruction/exports/${stranger}/fichier`,
    ]) {
      const other = await fetch(`${server.url}${path}`, { headers: { cookie } });
      expect(other.headers.get("content-type"), path).toContain("text/html");
      expect(other.status, path).toBe(404);
      const body = await other.text();
      expect(body).toContain("<title>Page introuvable – Digit&#x27;ESS</title>");
      expect(body.match(/<title>/g)).toHaveLength(1);
      expect(body).toContain("Mentions légales");
      // No stack frame ("at fn (file.js:12:5)"); the page's messages may hold "at " in words.
      expect(body).not.toMatch(/\bat (?:\S+ \()?\S+:\d+:\d+/);
    }
  });

  it("lets an in-flight request finish on SIGTERM, then exits within 10 s", async () => {
    const body = new URLSearchParams({ email: "personne@exemple.fr", password: "x" }).toString();
    const responded = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${server.url}/connexion`,
        {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": Buffer.byteLength(body),
            origin: server.url,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      // Half the body now: the request is in flight when SIGTERM arrives.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.process.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 300);
    });
    const started = Date.now();
    expect(await responded).toBe(400);
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.output()).not.toMatch(/error/i);
  });
});

describe.runIf(testDriver === "pglite")("starting the server", () => {
  it("refuses a bad environment variable with a message naming it", async () => {
    const server = await spawnServer({ PORT: "70000" }, false);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("PORT");
    expect(server.output()).toContain("Configuration invalide");
  });

  it("refuses to open a PGlite directory that a running server owns", async () => {
    const first = await spawnServer();
    try {
      const second = await spawnServer({ DATA_DIR: first.dataDir }, false);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain("déjà ouverte par un autre processus");
      for (const command of ["migrate", "seed"]) {
        // Asynchronously: a blocked event loop would keep a keep-alive socket that the first
        // server closes meanwhile, and the fetch below would reuse it ("other side closed").
        const script = await runScript(command, first.dataDir);
        expect(script.status, command).toBe(1);
        expect(script.stderr).toContain("déjà ouverte par un autre processus");
      }
      // The first server still works.
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      first.process.kill("SIGTERM");
      expect(await first.exited).toBe(0);
    }
  }, 90_000);
});
