/**
 * The built Firefox extension (.output/firefox-mv3) in Debian's firefox-esr, driven without
 * geckodriver or a browser download:
 *  - we start Firefox ourselves with Marionette and the remote agent, on a fresh profile;
 *  - one automation session (Firefox allows one) is created over Marionette with
 *    `webSocketUrl: true`; puppeteer-core joins that session's WebDriver BiDi socket;
 *  - Marionette drives the extension's own pages (BiDi does not reach moz-extension://,
 *    Mozilla bug 1755014), installs the temporary add-on and runs chrome-context checks;
 *  - puppeteer drives LinkedIn-like fixture pages served as https://www.linkedin.com by a
 *    local HTTPS server (self-signed, 127.0.0.1:443, `network.dns.localDomains`); every other
 *    request goes to a local proxy that refuses it, so nothing reaches the real LinkedIn.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConnectionTransport, type Page } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { GECKO_ID } from '../../wxt.config';
import { fixture, fixtureScript, installedBrowser, PAGE_TYPE, ROOT, savePng, SCRIPT_TYPE } from '../helpers/e2e';
import { Marionette } from './marionette';

export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** Fixed through `extensions.webextensions.uuids`, so extension pages have a known address. */
export const EXTENSION_UUID = '6f1c2a9e-4b7d-4e0a-9c35-1d8e2f7a5b60';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Where Debian's firefox-esr is, or a plain error saying how to install it. */
export function firefoxPath(): string {
  return installedBrowser('firefox-esr', ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr']);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** A self-signed certificate for www.linkedin.com and any extra hosts (the session accepts insecure certificates). */
function certificate(dir: string, extraHosts: string[] = []): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=www.linkedin.com',
      '-addext',
      `subjectAltName=${['www.linkedin.com', ...extraHosts].map((host) => `DNS:${host}`).join(',')}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Serves the fixtures as https://www.linkedin.com/... on 127.0.0.1:443, as the Chromium harness does. */
function linkedinServer(
  tls: { key: Buffer; cert: Buffer },
  page: string,
  files: FirefoxOptions['serve'] = {},
): Promise<HttpsServer> {
  const server = createHttpsServer(tls, (request, response) => {
    const file = files[`https://${request.headers.host ?? ''}${request.url ?? '/'}`];
    if (file) {
      // A feed server that allows extensions to read it (CORS), as "How to publish" asks.
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'accept, accept-language, if-modified-since',
      };
      if (request.method === 'OPTIONS') response.writeHead(204, cors).end();
      else response.writeHead(200, { ...cors, 'content-type': file.type }).end(file.body);
      return;
    }
    const url = new URL(request.url ?? '/', 'https://www.linkedin.com');
    const script = fixtureScript(url.pathname);
    if (script !== null) {
      response.writeHead(200, { 'content-type': SCRIPT_TYPE }).end(script);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': PAGE_TYPE }).end(fixture(page));
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', (error) =>
      reject(new Error(`the LinkedIn fixture server needs 127.0.0.1:443 (run as root): ${error.message}`)),
    );
    server.listen(443, '127.0.0.1', () => resolveServer(server));
  });
}

/** A proxy that refuses everything, and notes which host was asked for. */
function refusingProxy(blocked: string[]): Promise<TcpServer> {
  const server = createTcpServer((socket) => {
    socket.once('data', (chunk) => {
      const line = chunk.toString('latin1').split('\r\n')[0] ?? '';
      const target = line.split(' ')[1] ?? '';
      blocked.push(target.startsWith('http') ? new URL(target).host : target);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

function userPrefs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * puppeteer's transport to the session's BiDi socket. Firefox has one automation session, so
 * puppeteer's own `session.new` is answered here with the session Marionette made.
 */
function sharedSessionTransport(
  socket: ConnectionTransport,
  session: { sessionId: string; capabilities: unknown },
): ConnectionTransport {
  const transport: ConnectionTransport = {
    send(message) {
      const command = JSON.parse(message) as { id: number; method: string };
      if (command.method === 'session.new') {
        setTimeout(() => transport.onmessage?.(JSON.stringify({ type: 'success', id: command.id, result: session })));
        return;
      }
      if (command.method === 'session.end') {
        setTimeout(() => transport.onmessage?.(JSON.stringify({ type: 'success', id: command.id, result: {} })));
        return;
      }
      socket.send(message);
    },
    close() {
      socket.close();
    },
  };
  socket.onmessage = (message) => transport.onmessage?.(message);
  socket.onclose = () => transport.onclose?.();
  return transport;
}

export interface FirefoxSession {
  marionette: Marionette;
  browser: Browser;
  /** Firefox's stdout and stderr so far: `console.*` of every page, worker and the background. */
  output(): string;
  /** Hosts the refusing proxy was asked for (anything outside the fixtures). */
  blockedRequests: string[];
  /** Where Firefox saves downloads, without asking (a fresh folder per run). */
  downloadsDir: string;
  version: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Fixture served for https://www.linkedin.com/ pages (default: the multi-layout model page). */
  linkedinFixture?: string;
  /** More https files served by the same local server: full URL → content (their hosts resolve to it). */
  serve?: Record<string, { type: string; body: string }>;
  /**
   * Firefox's real policy engine (issue 29, tests/e2e-firefox/policy.e2e.ts): this object is
   * written as `policies.json` into firefox-esr's distribution folder as this Firefox alone sees
   * it: Firefox runs in a private mount namespace (`unshare -m`, as root) where a copy of
   * /usr/lib/firefox-esr/distribution with the file is bind-mounted over the real one, so no
   * other Firefox on the machine gets the policy, and it vanishes with this one.
   */
  policies?: object;
  /** Extra prefs for user.js (e.g. `xpinstall.signatures.required`). */
  prefs?: Record<string, string | number | boolean>;
}

/** The folder where firefox-esr reads its policies.json (Debian links it to /usr/share). */
const FIREFOX_DISTRIBUTION = '/usr/lib/firefox-esr/distribution';

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build:firefox');
  const dir = mkdtempSync(join(tmpdir(), 'advocacy-firefox-'));
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const downloadsDir = join(dir, 'downloads');
  mkdirSync(downloadsDir);
  const blockedRequests: string[] = [];
  const [marionettePort, bidiPort] = [await freePort(), await freePort()];
  const servers: { close(): unknown }[] = [];
  let firefox: ChildProcess | undefined;
  let marionette: Marionette | undefined;
  try {
    const extraHosts = [...new Set(Object.keys(options.serve ?? {}).map((url) => new URL(url).hostname))];
    servers.push(
      await linkedinServer(certificate(dir, extraHosts), options.linkedinFixture ?? 'linkedin.html', options.serve),
    );
    const proxy = await refusingProxy(blockedRequests);
    servers.push(proxy);
    const proxyPort = (proxy.address() as AddressInfo).port;
    writeFileSync(
      join(profile, 'user.js'),
      userPrefs({
        'marionette.port': marionettePort,
        // Downloads (the studio's feed.json) go to the run's folder, as a person's "Save" would.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsDir,
        'browser.download.useDownloadDir': true,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.always_ask_before_handling_new_types': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'network.dns.localDomains': ['www.linkedin.com', ...extraHosts].join(','),
        // Everything else goes to the refusing proxy (no DNS lookups of its own either).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.socks_remote_dns': true,
        'network.proxy.no_proxies_on': ['www.linkedin.com', ...extraHosts].join(','),
        'network.proxy.allow_hijacking_localhost': false,
        'network.trr.mode': 5,
        // console.* of all content processes (pages, the background) on Firefox's stdout.
        'devtools.console.stdout.content': true,
        // …and not Firefox's own (chrome) console calls, so every console line there is a page's or ours.
        'devtools.console.stdout.chrome': false,
        // permissions.request answers "yes" without the doorhanger a headless browser cannot show;
        // Firefox still refuses it outside a user input handler, which is what the tests check.
        'extensions.webextOptionalPermissionPrompts': false,
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        'browser.startup.page': 0,
        'browser.aboutwelcome.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        'extensions.getAddons.cache.enabled': false,
        'app.update.disabledForTesting': true,
        // No media plugin downloads (Widevine, OpenH264) through the refusing proxy.
        'media.gmp-manager.updateEnabled': false,
        'messaging-system.rsexperimentloader.enabled': false,
        'media.gmp-widevinecdm.enabled': false,
        'media.gmp-gmpopenh264.enabled': false,
        ...options.prefs,
      }),
    );
    let output = '';
    const args = [
      '--marionette',
      `--remote-debugging-port=${bidiPort}`,
      '--remote-allow-system-access',
      '-headless',
      '-no-remote',
      '-profile',
      profile,
      'about:blank',
    ];
    let command = firefoxPath();
    if (options.policies) {
      const distribution = join(dir, 'distribution');
      if (existsSync(FIREFOX_DISTRIBUTION))
        cpSync(realpathSync(FIREFOX_DISTRIBUTION), distribution, { recursive: true });
      else mkdirSync(distribution);
      writeFileSync(join(distribution, 'policies.json'), JSON.stringify(options.policies, null, 2));
      // Firefox with its own distribution folder: a private mount namespace, gone when it exits.
      args.unshift(
        '--mount',
        '--propagation',
        'private',
        'sh',
        '-c',
        'mount --bind "$1" "$2" && shift 2 && exec "$0" "$@"',
        command,
        distribution,
        realpathSync(FIREFOX_DISTRIBUTION),
      );
      command = 'unshare';
    }
    firefox = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', LANG: 'en_US.UTF-8' },
    });
    firefox.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    firefox.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<void>((resolveExit) => firefox!.once('exit', () => resolveExit()));

    marionette = await Marionette.connect(marionettePort);
    const session = await marionette.send<{ sessionId: string; capabilities: Record<string, unknown> }>(
      'WebDriver:NewSession',
      { acceptInsecureCerts: true, webSocketUrl: true, unhandledPromptBehavior: 'ignore' },
    );
    const webSocketUrl = session.capabilities.webSocketUrl as string;
    const socket = await NodeWebSocketTransport.create(webSocketUrl);
    const browser = await puppeteer.connect({
      transport: sharedSessionTransport(socket, session),
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
    });
    const client = marionette;
    const child = firefox;
    return {
      marionette: client,
      browser,
      output: () => output,
      blockedRequests,
      downloadsDir,
      version: String(session.capabilities.browserVersion),
      async close() {
        await browser.disconnect().catch(() => undefined);
        await client.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
        client.close();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
        servers.forEach((server) => server.close());
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    marionette?.close();
    firefox?.kill('SIGKILL');
    servers.forEach((server) => server.close());
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Installs the built extension as a temporary add-on (as about:debugging does). */
export async function installExtension(session: FirefoxSession): Promise<string> {
  const { value: id } = await session.marionette.send<{ value: string }>('Addon:Install', {
    path: EXTENSION_DIR,
    temporary: true,
  });
  return id;
}

/** Saves a PNG under tests/e2e/.artifacts/firefox (kept out of git, looked at by people). */
export function saveScreenshot(name: string, png: Uint8Array): string {
  return savePng(`firefox/${name}`, png);
}

export async function pageScreenshot(page: Page, name: string): Promise<string> {
  return saveScreenshot(name, await page.screenshot());
}

/** Polls `read` until `accept` holds (like expect.poll, with a readable failure). */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}; last: ${JSON.stringify(last)} ${lastError instanceof Error ? lastError.message : ''}`,
      );
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
