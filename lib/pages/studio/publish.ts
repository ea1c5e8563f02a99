/**
 * "How to publish": whole policies IT puts on every work computer. Each one installs the
 * extension (ExtensionSettings, force_installed, from the store or the company's own server)
 * and sets its values (the organization's settings: lib/shared/settings/managed-keys.ts, the same
 * declaration as public/managed_schema.json and the reader). tests/e2e/policy.e2e.ts and
 * tests/e2e-firefox/policy.e2e.ts put these very files into Chromium's and Firefox's policy
 * engines.
 */
import { MANAGED_SETTINGS, type ManagedKey } from '../../shared/settings/managed-keys';

/** The Firefox add-on id (wxt.config.ts, browser_specific_settings.gecko.id; a test keeps them equal). */
export const GECKO_ID = 'advocacy-for-linkedin@advocacy-extension';

/** Where Chrome fetches extensions from the Chrome Web Store. */
export const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
/** Where Edge fetches extensions from Edge Add-ons. */
export const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

/** The newest signed version on addons.mozilla.org. */
export function amoInstallUrl(geckoId: string): string {
  return `https://addons.mozilla.org/firefox/downloads/latest/${encodeURIComponent(geckoId)}/latest.xpi`;
}

/** The organization's values: an address, or `false` for a feature switched off for everyone. */
export type PolicyValues = Partial<Record<ManagedKey, string | boolean>>;

export interface PolicyInput {
  /** The Chrome id (the Chrome Web Store's, or the one of the company's own key). */
  chromeId: string;
  /** Edge Add-ons gives its own id; a self-hosted package has the Chrome id. Default: chromeId. */
  edgeId?: string;
  geckoId: string;
  values: PolicyValues;
  /** The company's own updates.xml (self-hosting); default: each browser's store. */
  updateUrl?: string;
  /** The company's own signed .xpi; default: addons.mozilla.org. */
  firefoxInstallUrl?: string;
}

export interface PolicySnippets {
  /** Chrome or Chromium on Linux (and Google Admin's JSON). */
  chromeJson: string;
  edgeJson: string;
  chromeRegistry: string;
  edgeRegistry: string;
  /** macOS configuration profiles (.mobileconfig) for an MDM. */
  chromeMac: string;
  edgeMac: string;
  firefoxPolicies: string;
}

/** Only what was set: an empty address is left out, a switch only when it switches something off. */
function cleanValues(values: PolicyValues): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const key of Object.keys(MANAGED_SETTINGS) as ManagedKey[]) {
    const value = values[key];
    const kind = MANAGED_SETTINGS[key].kind;
    if (kind === 'https-url' && typeof value === 'string' && value.trim()) out[key] = value.trim();
    if (kind === 'allow-switch' && value === false) out[key] = false;
  }
  return out;
}

function regString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A stable UUID-shaped name for a profile payload (the same input gives the same profile). */
function payloadUuid(seed: string): string {
  const hex: string[] = [];
  let h = 0x811c9dc5;
  for (let round = 0; hex.join('').length < 32; round++) {
    for (const char of `${round}:${seed}`) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).toUpperCase();
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  const entries = Object.entries(value as Record<string, unknown>);
  return [
    `${indent}<dict>`,
    ...entries.flatMap(([key, inner]) => [`${indent}  <key>${xml(key)}</key>`, plistValue(inner, `${indent}  `)]),
    `${indent}</dict>`,
  ].join('\n');
}

function macProfile(vendor: 'Chrome' | 'Edge', domain: string, id: string, install: object, values: object): string {
  const name = `Advocacy for LinkedIn (${vendor})`;
  const payload = (type: string, content: object) => ({
    PayloadType: type,
    PayloadIdentifier: `${type}.advocacy`,
    PayloadUUID: payloadUuid(`${type}|${id}`),
    PayloadVersion: 1,
    PayloadDisplayName: name,
    ...content,
  });
  const payloads = [
    payload(domain, { ExtensionSettings: install }),
    ...(Object.keys(values).length ? [payload(`${domain}.extensions.${id}`, values)] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '  <key>PayloadContent</key>',
    '  <array>',
    ...payloads.map((content) => plistValue(content, '    ')),
    '  </array>',
    '  <key>PayloadDisplayName</key>',
    `  <string>${xml(name)}</string>`,
    '  <key>PayloadIdentifier</key>',
    `  <string>advocacy.${vendor.toLowerCase()}.policy</string>`,
    '  <key>PayloadType</key>',
    '  <string>Configuration</string>',
    '  <key>PayloadUUID</key>',
    `  <string>${payloadUuid(`profile|${vendor}|${id}`)}</string>`,
    '  <key>PayloadVersion</key>',
    '  <integer>1</integer>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

function registry(vendorPath: string, id: string, install: object, values: Record<string, string | boolean>): string {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendorPath}`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `[${root}]`,
    // A dictionary policy is one string value holding its JSON.
    `"ExtensionSettings"="${regString(JSON.stringify(install))}"`,
    '',
  ];
  if (Object.keys(values).length) {
    lines.push(`[${root}\\3rdparty\\extensions\\${id}\\policy]`);
    for (const [key, value] of Object.entries(values)) {
      lines.push(
        typeof value === 'boolean' ? `"${key}"=dword:0000000${value ? 1 : 0}` : `"${key}"="${regString(value)}"`,
      );
    }
    lines.push('');
  }
  return lines.join('\r\n');
}

/** Every policy file of "How to publish", for these ids, addresses and values. */
export function policySnippets(input: PolicyInput): PolicySnippets {
  const values = cleanValues(input.values);
  const edgeId = input.edgeId?.trim() || input.chromeId;
  const install = (updateUrl: string) => ({ installation_mode: 'force_installed', update_url: updateUrl });
  const chromeInstall = { [input.chromeId]: install(input.updateUrl || CHROME_STORE_UPDATE_URL) };
  const edgeInstall = { [edgeId]: install(input.updateUrl || EDGE_STORE_UPDATE_URL) };
  const json = (id: string, installation: object) =>
    JSON.stringify(
      {
        ExtensionSettings: installation,
        ...(Object.keys(values).length ? { '3rdparty': { extensions: { [id]: values } } } : {}),
      },
      null,
      2,
    );
  const firefoxPolicies = JSON.stringify(
    {
      policies: {
        ExtensionSettings: {
          [input.geckoId]: {
            installation_mode: 'force_installed',
            install_url: input.firefoxInstallUrl || amoInstallUrl(input.geckoId),
          },
        },
        ...(Object.keys(values).length ? { '3rdparty': { Extensions: { [input.geckoId]: values } } } : {}),
      },
    },
    null,
    2,
  );
  return {
    chromeJson: json(input.chromeId, chromeInstall),
    edgeJson: json(edgeId, edgeInstall),
    chromeRegistry: registry('Google\\Chrome', input.chromeId, chromeInstall, values),
    edgeRegistry: registry('Microsoft\\Edge', edgeId, edgeInstall, values),
    chromeMac: macProfile('Chrome', 'com.google.Chrome', input.chromeId, chromeInstall, values),
    edgeMac: macProfile('Edge', 'com.microsoft.Edge', edgeId, edgeInstall, values),
    firefoxPolicies,
  };
}
