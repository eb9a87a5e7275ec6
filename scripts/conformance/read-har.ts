/**
 * Streams the entries of a HAR file (`log.entries[]`) one at a time. No streaming JSON parser is installed,
 * so a small scanner tracks strings and nesting across chunks and cuts out the text of each entry object,
 * which is then parsed alone: memory holds one entry, not the file. A broken entry is reported with its
 * number and scanning goes on with the next one.
 */
import { createReadStream } from 'node:fs';
import { dict } from '../lib/untrusted.ts';
import type { Exchange } from './exchange.ts';
import type { InputItem } from './input-item.ts';

interface Frame {
  kind: '{' | '[';
  /** The key this container is the value of, in its parent object. */
  key: string | undefined;
}

export async function* readHar(file: string): AsyncGenerator<InputItem[]> {
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  let stringStart = -1;
  let stringText = '';
  let lastString: string | undefined;
  let pendingKey: string | undefined;
  let entryDepth = -1;
  let entryParts: string[] = [];
  /** Where the current entry's text starts in the current chunk. */
  let entryStart: number;
  let number = 0;
  let sawEntries = false;

  const inEntries = (): boolean => {
    const top = stack[stack.length - 1];
    return stack.length === 3 && top?.kind === '[' && top.key === 'entries' && stack[1]?.key === 'log';
  };

  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = chunk as string;
    const items: InputItem[] = [];
    entryStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34 /* " */) {
          inString = false;
          // Keys are only needed outside entries (log, entries); entry text is kept whole below.
          if (entryDepth === -1) lastString = stringText + text.slice(stringStart, i);
        }
        continue;
      }
      switch (c) {
        case 34:
          inString = true;
          stringStart = i + 1;
          stringText = '';
          break;
        case 58 /* : */:
          pendingKey = lastString;
          break;
        case 44 /* , */:
          pendingKey = undefined;
          break;
        case 123 /* { */:
        case 91 /* [ */:
          if (c === 123 && entryDepth === -1 && inEntries()) {
            entryDepth = stack.length + 1;
            entryStart = i;
            entryParts = [];
          }
          stack.push({ kind: c === 123 ? '{' : '[', key: pendingKey });
          if (inEntries()) sawEntries = true;
          pendingKey = undefined;
          break;
        case 125 /* } */:
        case 93 /* ] */:
          if (stack.pop() === undefined) {
            items.push({ number: number + 1, error: `unexpected '${String.fromCharCode(c)}' outside any JSON value` });
            break;
          }
          if (entryDepth !== -1 && stack.length === entryDepth - 1) {
            entryParts.push(text.slice(entryStart, i + 1));
            number++;
            items.push(parseEntry(number, entryParts.join('')));
            entryDepth = -1;
            entryParts = [];
          }
          break;
        default:
      }
    }
    // Carry the unfinished string or entry into the next chunk.
    if (inString && entryDepth === -1) {
      stringText += text.slice(stringStart);
      stringStart = 0;
    }
    if (inString) stringStart = 0;
    if (entryDepth !== -1) entryParts.push(text.slice(entryStart));
    if (items.length > 0) yield items;
  }
  if (entryDepth !== -1) yield [{ number: number + 1, error: 'the file ends inside this entry' }];
  else if (!sawEntries) yield [{ number: 0, error: 'not a HAR file: no log.entries array found' }];
}

function parseEntry(number: number, text: string): InputItem {
  try {
    return { number, value: harEntryToExchange(JSON.parse(text)) };
  } catch (error) {
    return { number, error: (error as Error).message };
  }
}

interface HarHeader {
  name: string;
  value: string;
}

/** Converts one HAR 1.2 entry into the checker's exchange format. */
function harEntryToExchange(entry: any): Exchange {
  const request = entry?.request;
  const response = entry?.response;
  if (typeof request?.method !== 'string' || typeof request?.url !== 'string') throw new Error('entry has no request.method/request.url');
  if (typeof response?.status !== 'number') throw new Error('entry has no response.status');
  const requestHeaders = headerRecord(request.headers);
  const requestBody = postDataBody(request.postData);
  return {
    method: request.method,
    url: request.url,
    status: response.status,
    headers: headerRecord(response.headers),
    ...(response.content?.text !== undefined ? { body: contentBody(response.content) } : {}),
    request: { headers: requestHeaders, ...(requestBody !== undefined ? { body: requestBody } : {}) },
  };
}

function headerRecord(headers: HarHeader[] | undefined): Record<string, string> {
  const out = dict<string>();
  for (const header of headers ?? []) out[header.name.toLowerCase()] = header.value;
  return out;
}

function contentBody(content: { text: string; encoding?: string; mimeType?: string }): unknown {
  const text = content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
  if (text === '') return undefined;
  return parseJsonOrText(text);
}

function postDataBody(postData: { text?: string; mimeType?: string; params?: HarHeader[] } | undefined): unknown {
  if (!postData) return undefined;
  if (postData.text !== undefined && postData.text !== '') {
    return postData.mimeType?.includes('json') ? parseJsonOrText(postData.text) : postData.text;
  }
  if (postData.params?.length) return new URLSearchParams(postData.params.map((p) => [p.name, p.value])).toString();
  return undefined;
}

/** Bodies that are not JSON stay text, so the schema check reports them instead of the reader failing. */
function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
