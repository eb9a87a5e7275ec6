// @ts-check
/**
 * The options openapi-to-postmanv2 converts with, shared by the build and the benchmark's CLI baseline: one folder
 * per tag, parameters from the spec's examples, as Postman's own importer does.
 */
export const CONVERTER_OPTIONS = Object.freeze({
  folderStrategy: 'Tags',
  parametersResolution: 'Example',
  requestNameSource: 'Fallback',
  enableOptionalParameters: false,
});
