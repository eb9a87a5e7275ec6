/**
 * multipart/form-data bodies (RFC 7578) read into their text fields, which is all a form of the specs holds
 * (Juspay's PHP SDK posted its forms this way). Written here rather than taken from busboy: the Contract reads
 * bodies synchronously, and busboy reports a truncated body only asynchronously, after its fields.
 */
import { FormError, MAX_FORM_FIELDS, encodeFormBody } from './form.ts';
import { dict, type Dict } from './untrusted.ts';

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^";\s]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new FormError('the multipart content type names no boundary');
  return boundary;
}

/** One part: its form-data name and its text. */
function readPart(part: string): [string, string] {
  if (!part.startsWith('\r\n')) throw new FormError('a multipart boundary is not followed by a line break');
  const blank = part.indexOf('\r\n\r\n');
  if (blank === -1) throw new FormError('a multipart part has no blank line after its headers');
  if (!part.endsWith('\r\n')) throw new FormError('a multipart part does not end with a line break before the boundary');
  const disposition = /^content-disposition:[ \t]*form-data[ \t]*;(.*)$/im.exec(part.slice(2, blank))?.[1] ?? '';
  const name = /(?:^|;)[ \t]*name="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new FormError('a multipart part has no Content-Disposition: form-data with a name');
  if (/(?:^|;)[ \t]*filename\*?=/i.test(disposition)) throw new FormError(`multipart field ${name} is a file; the form takes text only`);
  return [name, part.slice(blank + 4, -2)];
}

/** @throws FormError for a body that is not a complete multipart form of text fields, or has over MAX_FORM_FIELDS */
export function parseMultipartBody(body: string, contentType: string): Dict {
  const sections = body.split(`--${boundaryOf(contentType)}`);
  // Between the preamble and the close delimiter (`--boundary--`), every section is one part.
  if (sections.length < 2 || !sections[sections.length - 1]!.startsWith('--')) {
    throw new FormError('the multipart body does not end with its closing boundary');
  }
  const parts = sections.slice(1, -1);
  if (parts.length > MAX_FORM_FIELDS) throw new FormError(`the form has more than ${MAX_FORM_FIELDS} fields`);
  const fields = dict<string>();
  for (const part of parts) {
    const [name, value] = readPart(part);
    fields[name] = value;
  }
  return fields;
}

/** The boundary of the multipart bodies the tools send (samples, fuzzing): text none of their values holds. */
export const MULTIPART_BOUNDARY = 'cloudlesspay-contracts-form-boundary';

/** An object as a multipart body of text parts, one per field as a URL-encoded form would name it. */
export function encodeMultipartBody(value: Dict, boundary = MULTIPART_BOUNDARY): string {
  const parts = [...encodeFormBody(value)].map(
    ([name, text]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replaceAll('"', '%22')}"\r\n\r\n${text}\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}
