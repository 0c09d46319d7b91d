// Chromium from Debian, or wherever CHROMIUM_PATH points. The flags let it run as root in a
// container and keep every lookup on this machine: the host-resolver rule stops all name lookups
// but the local test servers', so a test run sends nothing off the machine.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
