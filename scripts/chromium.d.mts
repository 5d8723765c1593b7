export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
export declare function findChromium(): Promise<{
  path: string | undefined;
  origin: string;
} | null>;
