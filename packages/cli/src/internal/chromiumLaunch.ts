/**
 * THE one home of how the SDK starts Chromium: the PDF renderer (htmlToPdf.ts) and the browser tests of
 * reports and model import these, so a switch is added or dropped in one place.
 */

/** The Chromium used when neither `--chromium` nor `KKB_CHROMIUM` names one: Debian's `chromium` package. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium's switches: headless, no sandbox (containers), nothing fetched in the background. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
];
