import type { TestRunnerConfig } from '@web/test-runner';

/** Chromium from Debian, or wherever CHROMIUM_PATH points. */
export const chromiumPath: string;
/** The flags that let Chromium run as root in a container and keep every lookup local. */
export const chromiumArgs: string[];
declare const config: TestRunnerConfig;
export default config;
