import { stringifyYaml } from '@redocly/openapi-core';

// The same serialisation `redocly bundle` uses, so the files match the CLI's output.
export const bundleToJson = (document: unknown): string => JSON.stringify(document, null, 2) + '\n';
export const bundleToYaml = (document: unknown): string => stringifyYaml(document, { noRefs: true, lineWidth: -1 });
