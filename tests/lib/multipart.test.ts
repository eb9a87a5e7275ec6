import { describe, expect, it } from 'vitest';
import { FormError } from '../../scripts/lib/form.ts';
import { MULTIPART_BOUNDARY, encodeMultipartBody, parseMultipartBody } from '../../scripts/lib/multipart.ts';

const TYPE = 'multipart/form-data; boundary=----WebKitFormBoundaryQa';

/** What Node's own FormData sends (undici's encoder), an oracle independent of the parser. */
async function encoded(fields: Record<string, string>): Promise<{ body: string; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: await request.text(), contentType: request.headers.get('content-type')! };
}

describe('encodeMultipartBody', () => {
  it("writes a form that Node's own FormData reader reads back", async () => {
    const fields = { object_reference_id: 'multi001', 'options.get_client_auth_token': 'true', quoted: 'a "b"' };
    const body = encodeMultipartBody(fields);
    const read = await new Response(body, {
      headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` },
    }).formData();
    expect(Object.fromEntries(Object.keys(fields).map((name) => [name, read.getAll(name)]))).toEqual(
      Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, [value]])),
    );
  });
});

describe('parseMultipartBody', () => {
  it('reads the text fields a FormData sends, values with line breaks, dots and non-ASCII letters included', async () => {
    const fields = { object_reference_id: 'multi001', 'options.get_client_auth_token': 'true', note: 'two\r\nlines', name: 'Zoë' };
    const { body, contentType } = await encoded(fields);
    expect({ ...parseMultipartBody(body, contentType) }).toEqual(fields);
  });

  it('keeps keys such as __proto__ as fields, off any prototype', () => {
    const body =
      '------WebKitFormBoundaryQa\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nx\r\n------WebKitFormBoundaryQa--\r\n';
    const fields = parseMultipartBody(body, TYPE);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(Object.keys(fields)).toEqual(['__proto__']);
  });

  it('refuses what is not a complete form of text fields, saying why', () => {
    const part = '------WebKitFormBoundaryQa\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n';
    const refusal = (body: string, type = TYPE) => {
      try {
        parseMultipartBody(body, type);
      } catch (error) {
        expect(error).toBeInstanceOf(FormError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(part)).toMatch(/closing boundary/);
    expect(refusal(`${part}------WebKitFormBoundaryQa--`, 'multipart/form-data')).toMatch(/no boundary/);
    expect(refusal(part.replace('name="a"', 'name="a"; filename="a.txt"') + '------WebKitFormBoundaryQa--')).toMatch(/is a file/);
    expect(refusal(part.replace('Content-Disposition: form-data; name="a"', 'X: y') + '------WebKitFormBoundaryQa--')).toMatch(
      /no Content-Disposition/,
    );
    expect(refusal(part.replace('\r\n\r\n', '\r\n') + '------WebKitFormBoundaryQa--')).toMatch(/no blank line/);
    expect(refusal(part.repeat(1001) + '------WebKitFormBoundaryQa--')).toMatch(/more than 1000 fields/);
  });
});
