/** The manifest wxt.config.ts makes for a production MV3 build, as `wxt build` asks for it. */
import config from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: number;
  mode: string;
  command: string;
}) => Record<string, unknown>;

/** The manifest (before WXT adds the entrypoints) for `browser` ('chrome', 'firefox', …). */
export function manifestFor(browser: string): Record<string, unknown> {
  const manifest = config.manifest as ManifestFn;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}
