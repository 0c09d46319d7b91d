/** Chromium from Debian (`/usr/bin/chromium`), or wherever CHROMIUM_PATH points. */
export declare const chromiumPath: string;
/** The flags that let Chromium run as root in a container and keep every lookup on this machine. */
export declare const chromiumArgs: string[];
