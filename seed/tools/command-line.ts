/** The command line of a curator tool: node:util parseArgs in strict mode, with its usage on a wrong line or --help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A wrong command line: the tool's name, the problem and the usage on stderr, status 2. */
export function usageError(tool: string, usage: string, message: string): never {
  console.error(`${tool}: ${message}\n${usage}`);
  process.exit(2);
}

/** Parses the command line (the config's options should include `help`); prints the usage and exits 0 for --help. */
export function commandLine<T extends ParseArgsConfig>(tool: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    usageError(tool, usage, (e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
