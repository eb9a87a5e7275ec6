import { createRequire } from 'node:module';
import { CONVERTER_OPTIONS } from '../postman/converter-options.mjs';
import { BuildError, serve } from './serve.mjs';

// openapi-to-postmanv2 through its public API (`convertV2`), as Postman's own importer calls it: one folder per tag,
// parameters from the spec's examples. What the converter cannot know (the order of a run, its tests, the ids
// it passes on, auth from variables) is added afterwards by ../postman/collection.mjs.
const Converter = createRequire(import.meta.url)('openapi-to-postmanv2');

serve({
  /** The Postman v2.1 collection of one bundled document, as the converter writes it. */
  convert(document) {
    return new Promise((resolve, reject) => {
      Converter.convertV2({ type: 'json', data: structuredClone(document) }, { ...CONVERTER_OPTIONS }, (error, conversion) => {
        if (error) reject(error);
        else if (!conversion.result) reject(new BuildError(`openapi-to-postmanv2: ${conversion.reason}`));
        else resolve(conversion.output[0].data);
      });
    });
  },
});
