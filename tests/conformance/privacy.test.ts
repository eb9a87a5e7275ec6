/**
 * No personal data or secrets in the repository: every tracked or untracked, not ignored file is scanned.
 * The scanner's own cases build their bad values at run time so this file does not trip the scan.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles, scanText } from '../../scripts/conformance/privacy-scan.ts';
import { repoRoot } from './helpers.ts';

const at = (local: string, domain: string): string => `${local}@${domain}`;
const basic = (credential: string): string => `Basic ${Buffer.from(credential).toString('base64')}`;
const kinds = (text: string): string[] => scanText('sample', text).map((f) => `${f.kind} ${f.value}`);

describe('privacy scanner', () => {
  it('flags emails outside the example domains', () => {
    expect(kinds(`email: ${at('kumar', 'gmail.com')}`)).toEqual([`email ${at('kumar', 'gmail.com')}`]);
    expect(kinds(`"email": "${at('kumar', 'example.com')}", ${at('a', 'mail.example.org')}`)).toEqual([]);
  });

  it('flags phone numbers that are not documented samples, but not timestamps', () => {
    const real = ['07', '6959', '78704'].join('');
    expect(kinds(`"contact": "${real}"`)).toEqual([`phone ${real}`]);
    expect(kinds(`mobile_number=${'81234'}${'56789'}`)).toEqual([`phone ${'81234'}${'56789'}`]);
    expect(kinds(`call ${'+91'}${'8123456789'} now`)).toEqual([`phone ${'+91'}${'8123456789'}`]);
    expect(kinds('"contact": "+919876543210", "mobile_number": "9988776655", contact: 909090909090')).toEqual([]);
    expect(kinds('"created_at": 1753156234, "expire_by": 1880480689')).toEqual([]);
  });

  it('accepts a sample behind any calling code written with +, and a + number no country has', () => {
    expect(kinds('"contact": "+659876543210", "contact": "+9719988776655", "contact": "+9999123456780"')).toEqual([]);
    const foreign = ['+65', '8123', '4567'].join('');
    expect(kinds(`"contact": "${foreign}"`)).toEqual([`phone ${foreign}`]);
    // Without +, leading digits are not a calling code: 90 is Turkey's, yet this is a bare national number.
    expect(kinds(`"contact": "${['90', '12345678'].join('')}"`)).toEqual([`phone ${['90', '12345678'].join('')}`]);
  });

  it('flags API keys, secrets and Basic credentials unless plainly fake', () => {
    const key = ['rzp', 'live', 'Ab3dE5gH7jK9mN'].join('_');
    expect(kinds(`key_id: ${key}`)).toEqual([`api-key ${key}`]);
    expect(kinds('key_id: rzp_test_00000000000000')).toEqual([]);
    const secret = ['9f8e7d6c5b4a', '3f2e1d0c9b8a7f6e'].join('');
    expect(kinds(`"key_secret": "${secret}"`)).toHaveLength(1);
    expect(kinds(`Authorization: ${basic(`${key}:${secret}`)}`)).toContain(`basic-auth ${basic(`${key}:${secret}`)}`);
    expect(kinds(`Authorization: ${basic('your_api_key:')}`)).toEqual([]);
    expect(kinds('"token": "token_4lsdksD31GaZ09", uses Basic authentication')).toEqual([]);
  });
});

describe('repository', () => {
  it('holds no personal data or secrets in any file', () => {
    const findings = repositoryFiles(repoRoot)
      .filter((file) => existsSync(join(repoRoot, file)))
      .flatMap((file) => {
        const content = readFileSync(join(repoRoot, file));
        return content.includes(0) ? [] : scanText(file, content.toString('utf8'));
      });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.kind} ${f.value}`)).toEqual([]);
  });
});
