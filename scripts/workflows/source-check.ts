/**
 * Refuses a workflow file whose OpenAPI source descriptions the sandbox does not serve: Respect would send those
 * steps to the description's own servers, which for a vendor are its production APIs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function unservedSources(file: string, served: readonly string[]): string[] {
  let document: any;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`${file}: cannot read it as YAML: ${(error as Error).message}`];
  }
  const sources = document?.sourceDescriptions;
  if (!Array.isArray(sources) || sources.length === 0) return [`${file}: no sourceDescriptions`];
  return sources
    .filter((source: any) => source?.type !== 'arazzo' && !served.includes(source?.name))
    .map(
      (source: any) =>
        `${file}: sourceDescriptions "${source?.name}" is not one the sandbox serves (${served.join(', ')}); its steps would reach the description's own servers`,
    );
}
